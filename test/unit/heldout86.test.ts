// Held-out set 86 (test/fixtures/heldout86: a mixed reader's dump: Grab engineering, toest.bg, the Raspberry Pi blog, Backblaze and AWS What's New), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on e64f64a) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT86_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout86');

/**
 * First sight: F1 0.969, exact 46/47 matched, language 0.915 (43/47), tables 2/3.
 * After the general rules of heldout8286Rules.test.ts and later sets': F1 0.969, exact 46/47 matched, language 0.957 (45/47), tables 2/3.
 */
const TARGET = { blockF1: 0.96, exactBounds: 0.97, language: 0.95 };

describe('held-out evaluation, set 86 (written blind)', () => {
  const set = loadSet(HELDOUT86_DIR);
  checkHeldOutSet(set, 'held-out 86', 3, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
