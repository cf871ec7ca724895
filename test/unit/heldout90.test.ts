// Held-out set 90 (test/fixtures/heldout90: a typical week of an AWS reader: Big Data, Database, News, Containers, DevOps, Compute, Security and Machine Learning blogs), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 7034b9f) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT90_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout90');

/**
 * First sight: F1 0.992, exact 58/60 matched, language 0.983 (59/60), tables 4/4.
 * Now: F1 0.992, exact 58/60 matched, language 0.983 (59/60), tables 4/4.
 */
const TARGET = { blockF1: 0.99, exactBounds: 0.96, language: 0.98 };

describe('held-out evaluation, set 90 (written blind)', () => {
  const set = loadSet(HELDOUT90_DIR);
  checkHeldOutSet(set, 'held-out 90', 3, TARGET);
  checkTablesAndLanguages(set, 4, 4);
});
