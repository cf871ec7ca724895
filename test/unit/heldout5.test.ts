// A fifth held-out set (test/fixtures/heldout5): 25 posts written blind — without reading the parser or the other
// held-out sets — and scored at first sight before any rule was changed (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT5_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout5');

/**
 * First sight: F1 0.973, exact 52/54, language 0.926 (50/54), kinds 4/4, tables 3/4. After the general rules of
 * heldout5Rules.test.ts: F1 1.000, exact 57/57, language 1.000, tables 4/4.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, fifth set (written blind)', () => {
  const set = loadSet(HELDOUT5_DIR);
  checkHeldOutSet(set, 'held-out 5', 5, TARGET);
  checkTablesAndLanguages(set, 4);
});
