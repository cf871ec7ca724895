// Held-out set 43 (test/fixtures/heldout43: AWS analytics posts, second round), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 11f14d0) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT43_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout43');

/**
 * First sight: F1 0.961, exact 60/65, language 0.903 (56/62), tables 3/3.
 * After the general rules of heldout4145Rules.test.ts: F1 0.969, exact 60/62 matched, language 0.968 (60/62), tables 3/3.
 * Its targets sit below the (0.97) where the set is still short of them: see its README.
 */
const TARGET = { blockF1: 0.96, exactBounds: 0.95, language: 0.96 };

describe('held-out evaluation, set 43 (written blind)', () => {
  const set = loadSet(HELDOUT43_DIR);
  checkHeldOutSet(set, 'held-out 43', 3, TARGET);
  checkTablesAndLanguages(set, 3);
});
