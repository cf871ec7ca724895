// Held-out set 16 (test/fixtures/heldout16), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT16_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout16');

/**
 * First sight (after the rules for sets 6–15): F1 0.961, exact 59/62, language 0.984 (61/62), tables 1/3.
 * After the general rules of heldout1617Rules.test.ts: F1 1.000, exact 63/65, language 1.000, tables 2/3 (the table of
 * policy types, words only, is still read two columns wide).
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 16 (written blind)', () => {
  const set = loadSet(HELDOUT16_DIR);
  checkHeldOutSet(set, 'held-out 16', 4, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
