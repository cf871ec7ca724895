// Held-out set 94 (test/fixtures/heldout94: AWS Compute, Containers, Database and DevOps blogs), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 0c00f9d) before any rule was changed for it (docs/parser-quality.md).
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT94_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout94');

/**
 * First sight: F1 0.986, exact 68/68 matched, language 1.000 (68/68), tables 3/3.
 * Now: F1 1.000, exact 69/69 matched, language 1.000 (69/69), tables 3/3.
 */
const TARGET = { blockF1: 1.0, exactBounds: 1.0, language: 1.0 };

describe('held-out evaluation, set 94 (written blind)', () => {
  const set = loadSet(HELDOUT94_DIR);
  checkHeldOutSet(set, 'held-out 94', 3, TARGET);
  checkTablesAndLanguages(set, 3, 3);
});
