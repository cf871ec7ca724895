// Held-out set 85 (test/fixtures/heldout85: AWS Developer Tools Blog and AWS Open Source Blog: SDKs for Java, .NET and Go, Gradle/Maven, Karpenter, operators, OpenTelemetry, Helm, GitHub Actions), written blind — without reading the parser or the other
// held-out sets — and scored at first sight (on e64f64a) before any rule was changed for it (README, "Parser quality").
import * as path from 'node:path';
import { checkHeldOutSet, checkTablesAndLanguages, loadSet } from './heldoutScoring';

const HELDOUT85_DIR = path.resolve(__dirname, '../../../test/fixtures/heldout85');

/**
 * First sight: F1 0.976, exact 59/60 matched, language 0.983 (59/60), tables 3/3.
 * After the general rules of heldout8286Rules.test.ts and later sets': F1 0.976, exact 59/60 matched, language 1.000 (60/60), tables 3/3.
 */
const TARGET = { blockF1: 0.97, exactBounds: 0.98, language: 1.0 };

describe('held-out evaluation, set 85 (written blind)', () => {
  const set = loadSet(HELDOUT85_DIR);
  checkHeldOutSet(set, 'held-out 85', 3, TARGET);
  checkTablesAndLanguages(set, 3, 3);
});
