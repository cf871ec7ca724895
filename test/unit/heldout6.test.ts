// Held-out set 6 (test/fixtures/heldout6), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT6_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout6');

/**
 * First sight (commit 2a4146b): F1 0.958, exact 56/57, language 0.982 (56/57), kinds 10/10, tables 3/4.
 * After the general rules of heldout67Rules.test.ts: F1 1.000, exact 60/60, language 1.000, tables 4/4.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 6 (written blind)', () => {
  const set = loadSet(HELDOUT6_DIR);
  checkHeldOutSet(set, 'held-out 6', 5, TARGET);
  checkTablesAndLanguages(set, 4);
});
