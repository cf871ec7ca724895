// Held-out set 59 (test/fixtures/heldout59: DevOps, infrastructure as code and serverless), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 4d3122f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT59_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout59');

/**
 * First sight: F1 1.000, exact 62/62, language 1.000 (62/62).
 * After the general rules of heldout5661Rules.test.ts: unchanged.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 59 (written blind)', () => {
  const set = loadSet(HELDOUT59_DIR);
  checkHeldOutSet(set, 'held-out 59', 3, TARGET);
  checkTablesAndLanguages(set, 3);
});
