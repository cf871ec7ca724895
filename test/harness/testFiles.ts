// Which test files a run takes: all `*<suffix>` files of a folder, or the ones named (`tree`, `tree.test.ts`,
// `test/ui/tree.test.ts` all name the same file). An unknown name is an error, never a silently empty run.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function testName(spec: string): string {
  return path.basename(spec.trim()).replace(/(\.test)?\.(ts|js)$/, '');
}

export function selectTestFiles(dir: string, names: readonly string[] | undefined, suffix = '.test.js'): string[] {
  const available = fs.existsSync(dir) ? fs.readdirSync(dir).filter(n => n.endsWith(suffix)).sort() : [];
  const wanted = (names ?? []).map(testName).filter(Boolean);
  if (wanted.length === 0) return available.map(n => path.join(dir, n));
  const unknown = wanted.filter(w => !available.includes(`${w}${suffix}`));
  if (unknown.length) {
    const have = available.map(n => n.slice(0, -suffix.length)).join(', ') || 'none';
    throw new Error(`no test file named ${unknown.join(', ')} in ${dir} (have: ${have})`);
  }
  return wanted.map(w => path.join(dir, `${w}${suffix}`));
}
