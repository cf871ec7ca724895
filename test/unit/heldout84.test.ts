// Held-out set 84 (test/fixtures/heldout84: The Cloudflare Blog (Rust and WebAssembly, Workers, Zero Trust and tunnels, DNS and BGP incidents) and LWN.net (security updates, kernel, Python, Rust, a grumpy editor)), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on e64f64a) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT84_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout84');

/**
 * First sight: F1 0.923, exact 44/48 matched, language 0.938 (45/48), tables 3/3.
 * After the general rules of heldout8286Rules.test.ts and later sets': F1 0.933, exact 46/49 matched, language 0.980 (48/49), tables 3/3.
 */
const TARGET = { blockF1: 0.93, exactBounds: 0.93, language: 0.97 };

describe('held-out evaluation, set 84 (written blind)', () => {
  const set = loadSet(HELDOUT84_DIR);
  checkHeldOutSet(set, 'held-out 84', 3, TARGET);
  checkTablesAndLanguages(set, 3, 3);
});
