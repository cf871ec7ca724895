// Held-out set 24 (test/fixtures/heldout24), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT24_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout24');

/**
 * First sight (after the rules for sets 6–23 and 25): F1 0.986, exact 65/69, language 0.957 (66/69), tables 1/1.
 * After the general rules of heldout2425Rules.test.ts: F1 0.986, exact 68/69, language 0.971, tables 1/1.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 24 (written blind)', () => {
  const set = loadSet(HELDOUT24_DIR);
  checkHeldOutSet(set, 'held-out 24', 3, TARGET);
  checkTablesAndLanguages(set, 1);
});
