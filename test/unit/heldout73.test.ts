// Held-out set 73 (test/fixtures/heldout73: The Cloudflare Blog and Grab engineering: Workers, wrangler, Rust and Go services, Kafka), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on bba5318) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT73_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout73');

/**
 * First sight: F1 0.992, exact 59/61 matched, language 0.951 (58/61), tables 3/3.
 * After the general rules of heldout7276Rules.test.ts and later sets': F1 0.992, exact 59/61 matched, language 0.984 (60/61), tables 3/3.
 */
const TARGET = { blockF1: 0.99, exactBounds: 0.96, language: 0.98 };

describe('held-out evaluation, set 73 (written blind)', () => {
  const set = loadSet(HELDOUT73_DIR);
  checkHeldOutSet(set, 'held-out 73', 3, TARGET);
  checkTablesAndLanguages(set, 3, 3);
});
