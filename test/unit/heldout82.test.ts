// Held-out set 82 (test/fixtures/heldout82: streaming on the AWS Big Data Blog: Kinesis Data Streams, Amazon MSK, Apache Flink (Java and Flink SQL), Iceberg with Spark SQL and the Glue Data Catalog), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on e64f64a) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT82_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout82');

/**
 * First sight: F1 0.975, exact 55/58 matched, language 0.983 (57/58), tables 2/3.
 * After the general rules of heldout8286Rules.test.ts and later sets': F1 0.975, exact 55/58 matched, language 1.000 (58/58), tables 2/3.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.94, language: 1.0 };

describe('held-out evaluation, set 82 (written blind)', () => {
  const set = loadSet(HELDOUT82_DIR);
  checkHeldOutSet(set, 'held-out 82', 3, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
