// Held-out set 60 (test/fixtures/heldout60: security, networking and storage), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 4d3122f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT60_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout60');

/**
 * First sight: F1 1.000, exact 63/63, language 1.000 (63/63).
 * After the general rules of heldout5661Rules.test.ts: unchanged.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 60 (written blind)', () => {
  const set = loadSet(HELDOUT60_DIR);
  checkHeldOutSet(set, 'held-out 60', 3, TARGET);
  checkTablesAndLanguages(set, 4, 3);
});
