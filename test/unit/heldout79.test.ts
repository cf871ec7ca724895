// Held-out set 79 (test/fixtures/heldout79: data and mobile: Grab Engineering and The Cloudflare Blog), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 727ad7f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT79_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout79');

/**
 * First sight: F1 0.976, exact 59/60 matched, language 0.983 (59/60), tables 3/4.
 * After the general rules of heldout7781Rules.test.ts and later sets': F1 1.000, exact 62/63 matched, language 1.000 (63/63), tables 3/4.
 */
const TARGET = { blockF1: 1.0, exactBounds: 0.98, language: 1.0 };

describe('held-out evaluation, set 79 (written blind)', () => {
  const set = loadSet(HELDOUT79_DIR);
  checkHeldOutSet(set, 'held-out 79', 3, TARGET);
  checkTablesAndLanguages(set, 4, 3);
});
