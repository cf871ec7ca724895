// Held-out set 72 (test/fixtures/heldout72: AWS Security Blog and AWS Database Blog: KMS grants, SCPs/RCPs, Access Analyzer, GuardDuty, Security Hub, Secrets Manager rotation, Aurora PostgreSQL, RDS Proxy, DynamoDB), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on bba5318) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT72_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout72');

/**
 * First sight: F1 0.992, exact 61/61 matched, language 0.984 (60/61), tables 1/3.
 * After the general rules of heldout7276Rules.test.ts and later sets': F1 0.992, exact 61/61 matched, language 1.000 (61/61), tables 3/3.
 */
const TARGET = { blockF1: 0.99, exactBounds: 1.0, language: 1.0 };

describe('held-out evaluation, set 72 (written blind)', () => {
  const set = loadSet(HELDOUT72_DIR);
  checkHeldOutSet(set, 'held-out 72', 3, TARGET);
  checkTablesAndLanguages(set, 3, 3);
});
