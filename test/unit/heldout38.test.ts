// Held-out set 38 (test/fixtures/heldout38: AWS database and big-data posts), written blind — without reading the parser or the other
// held-out sets — and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT38_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout38');

/**
 * First sight (after the rules for sets 6–35): F1 0.952, exact 59/63, language 0.966 (57/59), tables 2/3.
 * After the general rules of heldout3640Rules.test.ts: F1 0.992, exact 63/63, language 1.000 (63/63), tables 2/3.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 38 (written blind)', () => {
  const set = loadSet(HELDOUT38_DIR);
  checkHeldOutSet(set, 'held-out 38', 3, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
