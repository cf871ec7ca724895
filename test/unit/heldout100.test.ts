// Held-out set 100 (test/fixtures/heldout100: LWN.net and the Grab Tech blog), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 3937eac) before any rule was changed for it (docs/parser-quality.md).
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT100_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout100');

/**
 * First sight: F1 0.956, exact 54/54 matched, language 0.963 (52/54), tables 3/3.
 * Now: F1 0.982, exact 56/56 matched, language 1.000 (56/56), tables 3/3.
 */
const TARGET = { blockF1: 0.98, exactBounds: 1.0, language: 1.0 };

describe('held-out evaluation, set 100 (written blind)', () => {
  const set = loadSet(HELDOUT100_DIR);
  checkHeldOutSet(set, 'held-out 100', 3, TARGET);
  checkTablesAndLanguages(set, 3, 3);
});
