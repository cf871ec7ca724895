// Held-out set 22 (test/fixtures/heldout22), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT22_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout22');

/**
 * First sight (after the rules for sets 6–21): F1 0.968, exact 57/60, language 0.900 (54/60), tables 1/1.
 * After the general rules of heldout2223Rules.test.ts: F1 1.000, exact 63/63, language 1.000, tables 1/1.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 22 (written blind)', () => {
  const set = loadSet(HELDOUT22_DIR);
  checkHeldOutSet(set, 'held-out 22', 3, TARGET);
  checkTablesAndLanguages(set, 1);
});
