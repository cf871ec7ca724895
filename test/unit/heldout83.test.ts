// Held-out set 83 (test/fixtures/heldout83: HPC, games and robotics: AWS HPC Blog, AWS Game Tech, AWS Robotics / AWS IoT (Greengrass)), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on e64f64a) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT83_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout83');

/**
 * First sight: F1 0.984, exact 58/60 matched, language 0.900 (54/60), tables 1/3.
 * After the general rules of heldout8286Rules.test.ts and later sets': F1 0.984, exact 58/60 matched, language 0.983 (59/60), tables 1/3.
 */
const TARGET = { blockF1: 0.98, exactBounds: 0.96, language: 0.98 };

describe('held-out evaluation, set 83 (written blind)', () => {
  const set = loadSet(HELDOUT83_DIR);
  checkHeldOutSet(set, 'held-out 83', 3, TARGET);
  checkTablesAndLanguages(set, 3, 1);
});
