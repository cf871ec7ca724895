// Held-out set 66 (test/fixtures/heldout66: a second typical mixed dump with a Bulgarian post), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on bbef133) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT66_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout66');

/**
 * First sight: F1 0.984, exact 60/61 matched, language 0.984 (60/61), tables 2/3.
 * After the general rules of heldout6266Rules.test.ts: F1 0.992, exact 61/62 matched, language 0.984 (61/62), tables 2/3.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.95, language: 0.97 };

describe('held-out evaluation, set 66 (written blind)', () => {
  const set = loadSet(HELDOUT66_DIR);
  checkHeldOutSet(set, 'held-out 66', 3, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
