// Held-out set 57 (test/fixtures/heldout57: developer posts from Cloudflare, LWN, Grab and an invented engineering blog), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 4d3122f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT57_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout57');

/**
 * First sight: F1 0.960, exact 58/63, language 0.967 (58/60).
 * After the general rules of heldout5661Rules.test.ts: F1 1.000, exact 63/63, language 0.984 (62/63).
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 57 (written blind)', () => {
  const set = loadSet(HELDOUT57_DIR);
  checkHeldOutSet(set, 'held-out 57', 3, TARGET);
  checkTablesAndLanguages(set, 3);
});
