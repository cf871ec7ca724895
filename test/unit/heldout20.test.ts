// Held-out set 20 (test/fixtures/heldout20), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT20_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout20');

/**
 * First sight (after the rules for sets 6–19): F1 0.962, exact 47/50, language 0.900 (45/50), tables 2/2.
 * After the general rules of heldout2021Rules.test.ts: F1 0.981, exact 51/52, language 0.981, tables 2/2.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 20 (written blind)', () => {
  const set = loadSet(HELDOUT20_DIR);
  checkHeldOutSet(set, 'held-out 20', 3, TARGET);
  checkTablesAndLanguages(set, 2);
});
