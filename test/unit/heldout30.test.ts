// Held-out set 30 (test/fixtures/heldout30), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT30_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout30');

/**
 * First sight (after the rules for sets 6–29): F1 0.990, exact 48/49, language 1.000 (49/49), tables 1/2.
 * After the general rules of heldout3031Rules.test.ts: F1 1.000, exact 50/50, language 1.000, tables 1/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 30 (written blind)', () => {
  const set = loadSet(HELDOUT30_DIR);
  checkHeldOutSet(set, 'held-out 30', 3, TARGET);
  checkTablesAndLanguages(set, 2, 1);
});
