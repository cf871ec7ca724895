// Held-out set 102 (test/fixtures/heldout102: The Cloudflare Blog and LWN security coverage), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 8fe3772) before any rule was changed for it (docs/parser-quality.md).
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT102_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout102');

/**
 * First sight: F1 0.975, exact 57/58 matched, language 0.931 (54/58), tables 3/3.
 * Now: F1 0.975, exact 57/58 matched, language 0.966 (56/58), tables 3/3.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.98, language: 0.96 };

describe('held-out evaluation, set 102 (written blind)', () => {
  const set = loadSet(HELDOUT102_DIR);
  checkHeldOutSet(set, 'held-out 102', 3, TARGET);
  checkTablesAndLanguages(set, 3, 3);
});
