// Held-out set 76 (test/fixtures/heldout76: AWS Machine Learning Blog and AWS Big Data Blog: Bedrock and SageMaker in Python, Glue/PySpark, Athena, Redshift, EMR, OpenSearch), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on bba5318) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT76_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout76');

/**
 * First sight: F1 0.992, exact 61/62 matched, language 1.000 (62/62), tables 1/3.
 * After the general rules of heldout7276Rules.test.ts and later sets': F1 0.992, exact 61/62 matched, language 1.000 (62/62), tables 1/3.
 */
const TARGET = { blockF1: 0.99, exactBounds: 0.98, language: 1.0 };

describe('held-out evaluation, set 76 (written blind)', () => {
  const set = loadSet(HELDOUT76_DIR);
  checkHeldOutSet(set, 'held-out 76', 3, TARGET);
  checkTablesAndLanguages(set, 3, 1);
});
