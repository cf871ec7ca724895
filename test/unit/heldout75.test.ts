// Held-out set 75 (test/fixtures/heldout75: containers and delivery pipelines: AWS Containers Blog and AWS DevOps Blog), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on bba5318) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT75_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout75');

/**
 * First sight: F1 0.992, exact 59/62 matched, language 0.968 (60/62), tables 2/3.
 * After the general rules of heldout7276Rules.test.ts and later sets': F1 1.000, exact 60/63 matched, language 0.968 (61/63), tables 2/3.
 */
const TARGET = { blockF1: 1.0, exactBounds: 0.95, language: 0.96 };

describe('held-out evaluation, set 75 (written blind)', () => {
  const set = loadSet(HELDOUT75_DIR);
  checkHeldOutSet(set, 'held-out 75', 3, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
