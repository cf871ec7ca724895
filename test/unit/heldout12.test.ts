// Held-out set 12 (test/fixtures/heldout12), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT12_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout12');

/**
 * First sight (after the rules for sets 6–11): F1 0.933, exact 47/49, language 0.878 (43/49), kinds 5/5, tables 1/2.
 * After the general rules of heldout1213Rules.test.ts: F1 1.000, exact 52/52, language 0.981, kinds 5/5, tables 2/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 12 (written blind)', () => {
  const set = loadSet(HELDOUT12_DIR);
  checkHeldOutSet(set, 'held-out 12', 4, TARGET);
  checkTablesAndLanguages(set, 2);
});
