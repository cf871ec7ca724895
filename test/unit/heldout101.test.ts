// Held-out set 101 (test/fixtures/heldout101: AWS Containers, DevOps and Architecture blogs, one toest.bg post), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 3937eac) before any rule was changed for it (docs/parser-quality.md).
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT101_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout101');

/**
 * First sight: F1 0.971, exact 66/66 matched, language 0.985 (65/66), tables 2/3.
 * Now: F1 0.971, exact 66/66 matched, language 1.000 (66/66), tables 2/3.
 */
const TARGET = { blockF1: 0.97, exactBounds: 1.0, language: 1.0 };

describe('held-out evaluation, set 101 (written blind)', () => {
  const set = loadSet(HELDOUT101_DIR);
  checkHeldOutSet(set, 'held-out 101', 3, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
