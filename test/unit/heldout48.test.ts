// Held-out set 48 (test/fixtures/heldout48: Cloudflare, LWN and Grab developer posts, second round), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on ad97af5) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT48_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout48');

/**
 * First sight: F1 0.900, exact 46/63, language 0.870 (47/54), tables 1/2.
 * After the general rules of heldout4650Rules.test.ts: F1 0.918, exact 48/56 matched, language 0.875 (49/56), tables 1/2.
 * Its targets sit below the (0.97): the set is still short of them (see its README).
 */
const TARGET = { blockF1: 0.91, exactBounds: 0.85, language: 0.87 };

describe('held-out evaluation, set 48 (written blind)', () => {
  const set = loadSet(HELDOUT48_DIR);
  checkHeldOutSet(set, 'held-out 48', 3, TARGET);
  checkTablesAndLanguages(set, 2, 1);
});
