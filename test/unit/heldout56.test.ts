// Held-out set 56 (test/fixtures/heldout56: a typical mixed AWS dump), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 4d3122f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT56_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout56');

/**
 * First sight: F1 0.992, exact 61/64, language 0.984 (62/63).
 * After the general rules of heldout5661Rules.test.ts: F1 0.992, exact 61/63 matched, language 1.000 (63/63).
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 56 (written blind)', () => {
  const set = loadSet(HELDOUT56_DIR);
  checkHeldOutSet(set, 'held-out 56', 3, TARGET);
  checkTablesAndLanguages(set, 4);
});
