// Held-out set 61 (test/fixtures/heldout61: observability, logging and monitoring), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 4d3122f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT61_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout61');

/**
 * First sight: F1 0.950, exact 53/63, language 0.912 (52/57).
 * After the general rules of heldout5661Rules.test.ts: F1 0.992, exact 62/62 matched, language 1.000 (62/62).
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 61 (written blind)', () => {
  const set = loadSet(HELDOUT61_DIR);
  checkHeldOutSet(set, 'held-out 61', 3, TARGET);
  checkTablesAndLanguages(set, 4, 3);
});
