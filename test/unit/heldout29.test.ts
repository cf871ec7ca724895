// Held-out set 29 (test/fixtures/heldout29), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT29_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout29');

/**
 * First sight (after the rules for sets 6–28): F1 0.970, exact 61/65, language 1.000 (65/65), tables 1/1.
 * After the general rules of heldout2829Rules.test.ts: F1 1.000, exact 68/68, language 1.000, tables 1/1.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 29 (written blind)', () => {
  const set = loadSet(HELDOUT29_DIR);
  checkHeldOutSet(set, 'held-out 29', 3, TARGET);
  checkTablesAndLanguages(set, 1);
});
