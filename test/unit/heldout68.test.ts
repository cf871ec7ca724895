// Held-out set 68 (test/fixtures/heldout68: a typical mixed dump with a Bulgarian post), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 12c4b98) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT68_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout68');

/**
 * First sight: F1 0.967, exact 57/59 matched, language 1.000 (59/59), tables 3/3. No rule has been made for this set.
 */
const TARGET = { blockF1: 0.96, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 68 (written blind)', () => {
  const set = loadSet(HELDOUT68_DIR);
  checkHeldOutSet(set, 'held-out 68', 3, TARGET);
  checkTablesAndLanguages(set, 3);
});
