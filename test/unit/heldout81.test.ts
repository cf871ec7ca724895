// Held-out set 81 (test/fixtures/heldout81: hardware and security blogs: Backblaze, ServeTheHome, Raspberry Pi, Schneier on Security, Krebs on Security), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 727ad7f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT81_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout81');

/**
 * First sight: F1 0.953, exact 49/51 matched, language 0.961 (49/51), tables 2/3.
 * After the general rules of heldout7781Rules.test.ts and later sets': F1 0.982, exact 52/54 matched, language 1.000 (54/54), tables 3/3.
 */
const TARGET = { blockF1: 0.98, exactBounds: 0.96, language: 1.0 };

describe('held-out evaluation, set 81 (written blind)', () => {
  const set = loadSet(HELDOUT81_DIR);
  checkHeldOutSet(set, 'held-out 81', 3, TARGET);
  checkTablesAndLanguages(set, 3, 3);
});
