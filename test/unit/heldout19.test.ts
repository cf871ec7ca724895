// Held-out set 19 (test/fixtures/heldout19), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT19_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout19');

/**
 * First sight (after the rules for sets 6–17): F1 0.933, exact 54/56, language 0.893 (50/56), tables 3/4.
 * After the general rules of heldout1819Rules.test.ts: F1 1.000, exact 60/61, language 0.984, tables 4/4.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 19 (written blind)', () => {
  const set = loadSet(HELDOUT19_DIR);
  checkHeldOutSet(set, 'held-out 19', 4, TARGET);
  checkTablesAndLanguages(set, 4);
});
