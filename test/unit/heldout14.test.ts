// Held-out set 14 (test/fixtures/heldout14), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT14_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout14');

/**
 * First sight (after the rules for sets 6–13): F1 0.976, exact 56/61, language 0.934 (57/61), tables 3/4.
 * After the general rules of heldout1415Rules.test.ts: F1 0.992, exact 62/63, language 0.984, tables 4/4.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 14 (written blind)', () => {
  const set = loadSet(HELDOUT14_DIR);
  checkHeldOutSet(set, 'held-out 14', 4, TARGET);
  checkTablesAndLanguages(set, 4);
});
