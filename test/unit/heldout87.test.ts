// Held-out set 87 (test/fixtures/heldout87: AWS databases: AWS News Blog and AWS Database Blog (DynamoDB, Aurora PostgreSQL, DocumentDB, Neptune, RDS blue/green)), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 527e6bf) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT87_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout87');

/**
 * First sight: F1 0.992, exact 60/60 matched, language 0.983 (59/60), tables 3/4.
 * After the general rules of heldout8789Rules.test.ts: F1 0.992, exact 60/60 matched, language 1.000 (60/60), tables 3/4.
 */
const TARGET = { blockF1: 0.99, exactBounds: 1.0, language: 1.0 };

describe('held-out evaluation, set 87 (written blind)', () => {
  const set = loadSet(HELDOUT87_DIR);
  checkHeldOutSet(set, 'held-out 87', 3, TARGET);
  checkTablesAndLanguages(set, 4, 3);
});
