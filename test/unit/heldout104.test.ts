// Held-out set 104 (test/fixtures/heldout104: Grab Tech, AWS Big Data and toest.bg), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on db1f76c) before any rule was changed for it (docs/parser-quality.md).
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT104_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout104');

/**
 * First sight: F1 0.984, exact 60/61 matched, language 0.984 (60/61), tables 3/3.
 * Now: F1 0.984, exact 60/61 matched, language 1.000 (61/61), tables 3/3.
 */
const TARGET = { blockF1: 0.98, exactBounds: 0.98, language: 1.0 };

describe('held-out evaluation, set 104 (written blind)', () => {
  const set = loadSet(HELDOUT104_DIR);
  checkHeldOutSet(set, 'held-out 104', 3, TARGET);
  checkTablesAndLanguages(set, 3, 3);
});
