// Held-out set 35 (test/fixtures/heldout35), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT35_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout35');

/**
 * First sight (after the rules for sets 6–33): F1 0.941, exact 23/24, language 0.917 (22/24), tables 2/2.
 * After the general rules of heldout3435Rules.test.ts: F1 1.000, exact 23/24, language 1.000, tables 2/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 35 (written blind)', () => {
  const set = loadSet(HELDOUT35_DIR);
  checkHeldOutSet(set, 'held-out 35', 3, TARGET);
  checkTablesAndLanguages(set, 2);
});
