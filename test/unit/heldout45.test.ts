// Held-out set 45 (test/fixtures/heldout45: DevOps and IaC posts), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 11f14d0) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT45_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout45');

/**
 * First sight: F1 0.952, exact 51/65, language 0.950 (57/60), tables 2/2.
 * After the general rules of heldout4145Rules.test.ts: F1 0.977, exact 60/63 matched, language 1.000 (63/63), tables 2/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 45 (written blind)', () => {
  const set = loadSet(HELDOUT45_DIR);
  checkHeldOutSet(set, 'held-out 45', 3, TARGET);
  checkTablesAndLanguages(set, 2);
});
