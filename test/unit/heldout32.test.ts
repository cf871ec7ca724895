// Held-out set 32 (test/fixtures/heldout32), written blind — without reading the parser or the other held-out sets —
// and scored at first sight before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT32_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout32');

/** First sight (after the rules for sets 6–31 and 33): F1 1.000, exact 53/53, language 1.000, kinds 3/3, tables 2/2. */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 32 (written blind)', () => {
  const set = loadSet(HELDOUT32_DIR);
  checkHeldOutSet(set, 'held-out 32', 3, TARGET);
  checkTablesAndLanguages(set, 2);
});
