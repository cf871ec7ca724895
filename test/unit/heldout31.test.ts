// Held-out set 31 (test/fixtures/heldout31), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT31_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout31');

/**
 * First sight (after the rules for sets 6–30): F1 0.966, exact 54/56, language 0.982 (55/56), tables 1/1.
 * After the general rules of heldout3031Rules.test.ts: F1 1.000, exact 57/58, language 1.000, tables 1/1.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 31 (written blind)', () => {
  const set = loadSet(HELDOUT31_DIR);
  checkHeldOutSet(set, 'held-out 31', 3, TARGET);
  checkTablesAndLanguages(set, 1);
});
