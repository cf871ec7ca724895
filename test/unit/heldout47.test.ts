// Held-out set 47 (test/fixtures/heldout47: serverless posts, second round), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on ad97af5) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT47_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout47');

/**
 * First sight: F1 0.967, exact 55/62, language 0.949 (56/59), kinds 4/5, tables 1/2.
 * After the general rules of heldout4650Rules.test.ts: F1 0.984, exact 57/61 matched, language 1.000 (61/61), kinds 5/5, tables 1/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.9, language: 0.97 };

describe('held-out evaluation, set 47 (written blind)', () => {
  const set = loadSet(HELDOUT47_DIR);
  checkHeldOutSet(set, 'held-out 47', 3, TARGET);
  checkTablesAndLanguages(set, 2, 1);
});
