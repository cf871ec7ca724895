// Held-out set 25 (test/fixtures/heldout25), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT25_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout25');

/**
 * First sight (after the rules for sets 6–23): F1 0.939, exact 23/23, language 0.870 (20/23), tables 1/3.
 * After the general rules of heldout2425Rules.test.ts: F1 1.000, exact 25/25, language 1.000, tables 1/3.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 25 (written blind)', () => {
  const set = loadSet(HELDOUT25_DIR);
  checkHeldOutSet(set, 'held-out 25', 3, TARGET);
  checkTablesAndLanguages(set, 3, 1);
});
