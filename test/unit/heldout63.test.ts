// Held-out set 63 (test/fixtures/heldout63: Cloudflare, Grab and LWN engineering posts, second round), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on bbef133) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT63_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout63');

/**
 * First sight: F1 0.923, exact 52/54 matched, language 1.000 (54/54), tables 3/4.
 * After the general rules of heldout6266Rules.test.ts: F1 0.932, exact 54/55 matched, language 1.000 (55/55), tables 3/4.
 */
const TARGET = { blockF1: 0.92, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 63 (written blind)', () => {
  const set = loadSet(HELDOUT63_DIR);
  checkHeldOutSet(set, 'held-out 63', 3, TARGET);
  checkTablesAndLanguages(set, 4, 3);
});
