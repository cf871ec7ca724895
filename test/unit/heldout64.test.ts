// Held-out set 64 (test/fixtures/heldout64: AWS containers and networking), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on bbef133) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT64_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout64');

/**
 * First sight: F1 0.992, exact 63/64, language 0.984 (63/64), tables 4/4.
 * After the general rules of heldout6266Rules.test.ts: F1 1.000, exact 63/64, language 1.000 (64/64), tables 4/4.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 64 (written blind)', () => {
  const set = loadSet(HELDOUT64_DIR);
  checkHeldOutSet(set, 'held-out 64', 3, TARGET);
  checkTablesAndLanguages(set, 4);
});
