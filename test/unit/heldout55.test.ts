// Held-out set 55 (test/fixtures/heldout55: a fourth mixed dump), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 47b1f7f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT55_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout55');

/**
 * First sight: F1 0.975, exact 57/62, language 0.983 (58/59), tables 3/3.
 * After the general rules of heldout5155Rules.test.ts: F1 0.975, exact 57/59 matched, language 0.983 (58/59), tables 3/3.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 55 (written blind)', () => {
  const set = loadSet(HELDOUT55_DIR);
  checkHeldOutSet(set, 'held-out 55', 3, TARGET);
  checkTablesAndLanguages(set, 3);
});
