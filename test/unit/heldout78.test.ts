// Held-out set 78 (test/fixtures/heldout78: networking and storage: AWS Networking & Content Delivery Blog, AWS Storage Blog), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 727ad7f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT78_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout78');

/**
 * First sight: F1 0.976, exact 59/61 matched, language 0.951 (58/61), tables 1/3.
 * After the general rules of heldout7781Rules.test.ts and later sets': F1 0.992, exact 62/63 matched, language 0.968 (61/63), tables 1/3.
 */
const TARGET = { blockF1: 0.99, exactBounds: 0.98, language: 0.96 };

describe('held-out evaluation, set 78 (written blind)', () => {
  const set = loadSet(HELDOUT78_DIR);
  checkHeldOutSet(set, 'held-out 78', 3, TARGET);
  checkTablesAndLanguages(set, 3, 1);
});
