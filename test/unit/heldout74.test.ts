// Held-out set 74 (test/fixtures/heldout74: LWN.net kernel development and distribution articles, and toest.bg posts in Bulgarian), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on bba5318) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT74_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout74');

/**
 * First sight: F1 0.939, exact 42/46 matched, language 0.957 (44/46), tables 2/3.
 * After the general rules of heldout7276Rules.test.ts and later sets': F1 0.959, exact 45/47 matched, language 1.000 (47/47), tables 3/3.
 */
const TARGET = { blockF1: 0.95, exactBounds: 0.95, language: 1.0 };

describe('held-out evaluation, set 74 (written blind)', () => {
  const set = loadSet(HELDOUT74_DIR);
  checkHeldOutSet(set, 'held-out 74', 3, TARGET);
  checkTablesAndLanguages(set, 3, 3);
});
