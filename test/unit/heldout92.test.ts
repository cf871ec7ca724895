// Held-out set 92 (test/fixtures/heldout92: data lakes on AWS: AWS Big Data Blog, AWS Storage Blog, AWS Architecture Blog), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 7034b9f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT92_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout92');

/**
 * First sight: F1 1.000, exact 63/63 matched, language 1.000 (63/63), tables 2/3.
 * Now: F1 1.000, exact 63/63 matched, language 1.000 (63/63), tables 2/3.
 */
const TARGET = { blockF1: 1.0, exactBounds: 1.0, language: 1.0 };

describe('held-out evaluation, set 92 (written blind)', () => {
  const set = loadSet(HELDOUT92_DIR);
  checkHeldOutSet(set, 'held-out 92', 3, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
