// Held-out set 95 (test/fixtures/heldout95: an LWN week and toest.bg), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on cbc9f8d) before any rule was changed for it (docs/parser-quality.md).
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT95_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout95');

/**
 * First sight: F1 0.829, exact 48/51 matched, language 0.902 (46/51), tables 2/3.
 * Now: F1 0.969, exact 61/62 matched, language 0.984 (61/62), tables 3/3.
 */
const TARGET = { blockF1: 0.96, exactBounds: 0.98, language: 0.98 };

describe('held-out evaluation, set 95 (written blind)', () => {
  const set = loadSet(HELDOUT95_DIR);
  checkHeldOutSet(set, 'held-out 95', 3, TARGET);
  checkTablesAndLanguages(set, 3, 3);
});
