// Held-out set 97 (test/fixtures/heldout97: The Cloudflare Blog), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on ef32ec5) before any rule was changed for it (docs/parser-quality.md).
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT97_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout97');

/**
 * First sight: F1 0.945, exact 60/60 matched, language 0.950 (57/60), tables 2/3.
 * Now: F1 1.000, exact 65/65 matched, language 0.985 (64/65), tables 2/3.
 */
const TARGET = { blockF1: 1.0, exactBounds: 1.0, language: 0.98 };

describe('held-out evaluation, set 97 (written blind)', () => {
  const set = loadSet(HELDOUT97_DIR);
  checkHeldOutSet(set, 'held-out 97', 3, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
