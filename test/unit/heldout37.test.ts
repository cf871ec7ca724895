// Held-out set 37 (test/fixtures/heldout37: AWS containers and compute posts), written blind — without reading the parser or the other
// held-out sets — and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT37_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout37');

/**
 * First sight (after the rules for sets 6–35): F1 0.992, exact 64/65, language 0.984 (63/64), tables 3/3.
 * After the general rules of heldout3640Rules.test.ts: F1 1.000, exact 65/65, language 1.000 (65/65), tables 3/3.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 37 (written blind)', () => {
  const set = loadSet(HELDOUT37_DIR);
  checkHeldOutSet(set, 'held-out 37', 3, TARGET);
  checkTablesAndLanguages(set, 3);
});
