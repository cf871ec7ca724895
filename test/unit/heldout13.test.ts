// Held-out set 13 (test/fixtures/heldout13), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT13_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout13');

/**
 * First sight (after the rules for sets 6–11): F1 0.923, exact 42/42, language 0.952 (40/42), tables 2/2.
 * After the general rules of heldout1213Rules.test.ts: F1 0.989, exact 47/47, language 0.979, tables 2/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 13 (written blind)', () => {
  const set = loadSet(HELDOUT13_DIR);
  checkHeldOutSet(set, 'held-out 13', 4, TARGET);
  checkTablesAndLanguages(set, 2);
});
