// Held-out set 33 (test/fixtures/heldout33), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT33_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout33');

/**
 * First sight (after the rules for sets 6–31): F1 1.000, exact 59/59, language 0.983 (58/59), kinds 12/13, tables 1/1.
 * After the rule of heldout3031Rules.test.ts for it: F1 1.000, exact 59/59, language 1.000, kinds 13/13, tables 1/1.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 33 (written blind)', () => {
  const set = loadSet(HELDOUT33_DIR);
  checkHeldOutSet(set, 'held-out 33', 3, TARGET);
  checkTablesAndLanguages(set, 1);
});
