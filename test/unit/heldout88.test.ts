// Held-out set 88 (test/fixtures/heldout88: security and reliability: The Cloudflare Blog and Grab Engineering (WAF rules, Terraform, TLS in Go/Rust/Kotlin, post-mortems, k6/vegeta, fraud notebooks), one LWN item), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on 527e6bf) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT88_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout88');

/**
 * First sight: F1 0.940, exact 52/55 matched, language 0.927 (51/55), tables 2/3.
 * After the general rules of heldout8789Rules.test.ts: F1 0.940, exact 52/55 matched, language 0.982 (54/55), tables 2/3.
 */
const TARGET = { blockF1: 0.94, exactBounds: 0.94, language: 0.98 };

describe('held-out evaluation, set 88 (written blind)', () => {
  const set = loadSet(HELDOUT88_DIR);
  checkHeldOutSet(set, 'held-out 88', 3, TARGET);
  checkTablesAndLanguages(set, 3, 2);
});
