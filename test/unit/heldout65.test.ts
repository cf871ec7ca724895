// Held-out set 65 (test/fixtures/heldout65: AWS databases and analytics), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on bbef133) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT65_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout65');

/**
 * First sight: F1 0.992, exact 61/61 matched, language 0.984 (60/61), tables 2/3.
 * After the general rules of heldout6266Rules.test.ts: F1 1.000, exact 62/62, language 1.000 (62/62), tables 2/3.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 65 (written blind)', () => {
  const set = loadSet(HELDOUT65_DIR);
  checkHeldOutSet(set, 'held-out 65', 3, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
