// Held-out set 89 (test/fixtures/heldout89: LWN.net and open-source project news: tmpfs, Git, Python packaging, systemd, distribution releases, one toest.bg post), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 527e6bf) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT89_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout89');

/**
 * First sight: F1 0.907, exact 45/49 matched, language 0.837 (41/49), tables 2/3.
 * After the general rules of heldout8789Rules.test.ts: F1 0.907, exact 45/49 matched, language 0.918 (45/49), tables 2/3.
 */
const TARGET = { blockF1: 0.9, exactBounds: 0.91, language: 0.91 };

describe('held-out evaluation, set 89 (written blind)', () => {
  const set = loadSet(HELDOUT89_DIR);
  checkHeldOutSet(set, 'held-out 89', 3, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
