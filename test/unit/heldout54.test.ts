// Held-out set 54 (test/fixtures/heldout54: AWS compute, containers and storage, second round), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 47b1f7f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT54_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout54');

/**
 * First sight: F1 0.944, exact 56/65, language 0.983 (58/59), tables 3/3.
 * After the general rules of heldout5155Rules.test.ts: F1 0.976, exact 60/62 matched, language 0.984 (61/62), tables 3/3.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 54 (written blind)', () => {
  const set = loadSet(HELDOUT54_DIR);
  checkHeldOutSet(set, 'held-out 54', 3, TARGET);
  checkTablesAndLanguages(set, 3);
});
