// Held-out set 49 (test/fixtures/heldout49: a second typical mixed dump), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on ad97af5) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT49_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout49');

/**
 * First sight: F1 0.958, exact 55/61, language 0.982 (56/57), tables 1/2.
 * After the general rules of heldout4650Rules.test.ts: F1 0.983, exact 57/59 matched, language 1.000 (59/59), tables 1/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 49 (written blind)', () => {
  const set = loadSet(HELDOUT49_DIR);
  checkHeldOutSet(set, 'held-out 49', 3, TARGET);
  checkTablesAndLanguages(set, 2, 1);
});
