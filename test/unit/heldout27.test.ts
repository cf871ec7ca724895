// Held-out set 27 (test/fixtures/heldout27), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT27_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout27');

/**
 * First sight (after the rules for sets 6–25): F1 0.971, exact 33/33, language 0.879 (29/33), tables 2/2.
 * After the general rules of heldout2627Rules.test.ts: F1 0.986, exact 34/34, language 1.000, tables 2/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 27 (written blind)', () => {
  const set = loadSet(HELDOUT27_DIR);
  checkHeldOutSet(set, 'held-out 27', 3, TARGET);
  checkTablesAndLanguages(set, 2);
});
