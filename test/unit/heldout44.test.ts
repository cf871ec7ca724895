// Held-out set 44 (test/fixtures/heldout44: a typical mixed dump), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 11f14d0) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT44_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout44');

/**
 * First sight: F1 0.976, exact 59/63, language 0.933 (56/60), tables 2/2.
 * After the general rules of heldout4145Rules.test.ts: F1 0.984, exact 61/61 matched, language 1.000 (61/61), tables 2/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 44 (written blind)', () => {
  const set = loadSet(HELDOUT44_DIR);
  checkHeldOutSet(set, 'held-out 44', 3, TARGET);
  checkTablesAndLanguages(set, 2);
});
