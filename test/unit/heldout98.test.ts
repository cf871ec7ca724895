// Held-out set 98 (test/fixtures/heldout98: AWS Big Data and Database blogs, one toest.bg post), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on e188c00) before any rule was changed for it (docs/parser-quality.md).
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT98_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout98');

/**
 * First sight: F1 0.993, exact 67/67 matched, language 0.970 (65/67), tables 3/3.
 * Now: F1 1.000, exact 68/68 matched, language 1.000 (68/68), tables 3/3.
 */
const TARGET = { blockF1: 1.0, exactBounds: 1.0, language: 1.0 };

describe('held-out evaluation, set 98 (written blind)', () => {
  const set = loadSet(HELDOUT98_DIR);
  checkHeldOutSet(set, 'held-out 98', 3, TARGET);
  checkTablesAndLanguages(set, 3, 3);
});
