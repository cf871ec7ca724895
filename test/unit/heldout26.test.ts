// Held-out set 26 (test/fixtures/heldout26), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT26_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout26');

/**
 * First sight (after the rules for sets 6–25): F1 0.957, exact 54/56, language 0.964 (54/56), tables 0/1.
 * After the general rules of heldout2627Rules.test.ts: F1 1.000, exact 58/59, language 1.000, tables 1/1.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 26 (written blind)', () => {
  const set = loadSet(HELDOUT26_DIR);
  checkHeldOutSet(set, 'held-out 26', 3, TARGET);
  checkTablesAndLanguages(set, 1);
});
