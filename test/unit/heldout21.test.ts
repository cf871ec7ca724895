// Held-out set 21 (test/fixtures/heldout21), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT21_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout21');

/**
 * First sight (after the rules for sets 6–19): F1 0.935, exact 33/36, language 0.944 (34/36), tables 2/2.
 * After the general rules of heldout2021Rules.test.ts: F1 0.974, exact 37/38, language 0.974, tables 2/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 21 (written blind)', () => {
  const set = loadSet(HELDOUT21_DIR);
  checkHeldOutSet(set, 'held-out 21', 3, TARGET);
  checkTablesAndLanguages(set, 2);
});
