// Held-out set 23 (test/fixtures/heldout23), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT23_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout23');

/**
 * First sight (after the rules for sets 6–21): F1 0.938, exact 56/61, language 0.967 (59/61), tables 1/2 and a false one.
 * After the general rules of heldout2223Rules.test.ts: F1 1.000, exact 65/65, language 1.000, tables 2/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 23 (written blind)', () => {
  const set = loadSet(HELDOUT23_DIR);
  checkHeldOutSet(set, 'held-out 23', 3, TARGET);
  checkTablesAndLanguages(set, 2);
});
