// Held-out set 51 (test/fixtures/heldout51: a third typical dump), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 47b1f7f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT51_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout51');

/**
 * First sight: F1 0.957, exact 54/61, language 1.000 (56/56), tables 1/2.
 * After the general rules of heldout5155Rules.test.ts: F1 0.992, exact 58/60 matched, language 1.000 (60/60), tables 1/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 51 (written blind)', () => {
  const set = loadSet(HELDOUT51_DIR);
  checkHeldOutSet(set, 'held-out 51', 3, TARGET);
  checkTablesAndLanguages(set, 2, 1);
});
