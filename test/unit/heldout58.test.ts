// Held-out set 58 (test/fixtures/heldout58: AWS Machine Learning and Database walkthroughs), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 4d3122f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT58_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout58');

/**
 * First sight: F1 0.969, exact 59/64, language 1.000 (62/62).
 * After the general rules of heldout5661Rules.test.ts: F1 0.984, exact 61/62 matched, language 1.000 (62/62).
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 58 (written blind)', () => {
  const set = loadSet(HELDOUT58_DIR);
  checkHeldOutSet(set, 'held-out 58', 3, TARGET);
  checkTablesAndLanguages(set, 3);
});
