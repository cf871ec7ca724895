// Held-out set 77 (test/fixtures/heldout77: serverless on AWS: AWS Compute Blog and AWS Architecture Blog (Lambda in Java, Go, Python, Node.js; SAM/CloudFormation; Step Functions; EventBridge)), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 727ad7f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT77_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout77');

/**
 * First sight: F1 0.968, exact 57/61 matched, language 0.984 (60/61), tables 2/3.
 * After the general rules of heldout7781Rules.test.ts and later sets': F1 0.968, exact 57/61 matched, language 0.984 (60/61), tables 2/3.
 */
const TARGET = { blockF1: 0.96, exactBounds: 0.93, language: 0.98 };

describe('held-out evaluation, set 77 (written blind)', () => {
  const set = loadSet(HELDOUT77_DIR);
  checkHeldOutSet(set, 'held-out 77', 3, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
