// Held-out set 28 (test/fixtures/heldout28), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT28_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout28');

/**
 * First sight (after the rules for sets 6–27): F1 0.930, exact 53/60, language 0.950 (57/60), tables 1/1.
 * After the general rules of heldout2829Rules.test.ts: F1 0.984, exact 58/62, language 1.000, tables 1/1.
 */
/** Exact bounds at the issue's 90%, not 95%: two outputs' bounds are left (README, "After the fixes"). */
const TARGET = { blockF1: 0.97, exactBounds: 0.9, language: 0.97 };

describe('held-out evaluation, set 28 (written blind)', () => {
  const set = loadSet(HELDOUT28_DIR);
  checkHeldOutSet(set, 'held-out 28', 3, TARGET);
  checkTablesAndLanguages(set, 1);
});
