// Held-out set 7 (test/fixtures/heldout7), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT7_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout7');

/**
 * First sight (commit 2a4146b): F1 0.894, exact 53/55, language 0.818 (45/55), tables 3/4.
 * After the general rules of heldout67Rules.test.ts: F1 1.000, exact 63/63, language 1.000, tables 4/4.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 7 (written blind)', () => {
  const set = loadSet(HELDOUT7_DIR);
  checkHeldOutSet(set, 'held-out 7', 5, TARGET);
  checkTablesAndLanguages(set, 4);
});
