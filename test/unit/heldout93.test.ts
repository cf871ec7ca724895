// Held-out set 93 (test/fixtures/heldout93: Cloudflare and Grab engineering posts), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 50f8dd8) before any rule was changed for it (docs/parser-quality.md).
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT93_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout93');

/**
 * First sight: F1 0.945, exact 58/60 matched, language 0.967 (58/60), tables 4/4.
 * Now: F1 0.992, exact 66/66 matched, language 1.000 (66/66), tables 4/4.
 */
const TARGET = { blockF1: 0.99, exactBounds: 1.0, language: 1.0 };

describe('held-out evaluation, set 93 (written blind)', () => {
  const set = loadSet(HELDOUT93_DIR);
  checkHeldOutSet(set, 'held-out 93', 3, TARGET);
  checkTablesAndLanguages(set, 4, 4);
});
