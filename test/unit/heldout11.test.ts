// Held-out set 11 (test/fixtures/heldout11), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT11_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout11');

/**
 * First sight (after the rules for sets 6–9): F1 0.902, exact 44/46, language 0.935 (43/46), kinds 3/3, tables 4/4.
 * After the general rules of heldout1011Rules.test.ts: F1 1.000, exact 47/49, language 1.000, kinds 3/3, tables 4/4.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 11 (written blind)', () => {
  const set = loadSet(HELDOUT11_DIR);
  checkHeldOutSet(set, 'held-out 11', 4, TARGET);
  checkTablesAndLanguages(set, 4);
});
