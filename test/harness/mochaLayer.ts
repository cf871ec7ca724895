// The plain-Node layers (unit, ui): mocha in a child process with the summary reporter. The child's own
// closing line is read back so that scripts/test.mjs can add up the layers.
import * as path from 'node:path';
import type { LayerResult } from './integration';
import { repoRoot } from './paths';
import { runCommand } from './processes';
import { selectTestFiles } from './testFiles';

export interface MochaLayerOptions {
  /** `unit` or `ui`: compiled tests are read from out/test/<layer>/ */
  layer: string;
  files?: string[];
  grep?: string;
  timeoutMs: number;
  env?: Record<string, string>;
  /** Modules mocha loads first (root hooks), relative to the repository. */
  require?: string[];
}

export async function runMochaLayer(options: MochaLayerOptions): Promise<LayerResult> {
  const dir = path.join(repoRoot, 'out', 'test', options.layer);
  const files = selectTestFiles(dir, options.files);
  if (files.length === 0) {
    console.log(`no ${options.layer} tests found in ${path.relative(repoRoot, dir)}`);
    return { passed: 0, failed: 0 };
  }
  const mocha = path.join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const args = [
    mocha,
    '--reporter', path.join(__dirname, 'summaryReporter.js'),
    '--timeout', String(options.timeoutMs),
    '--no-color',
    ...(options.require ?? []).flatMap(file => ['--require', path.join(repoRoot, file)]),
    ...(options.grep ? ['--grep', options.grep] : []),
    ...files,
  ];
  const result = await runCommand(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    timeoutMs: Number(process.env.TECH_ARTICLES_LAYER_TIMEOUT ?? 30 * 60_000),
  });
  const last = [...result.output.matchAll(/^(\d+) passed, (\d+) failed$/gm)].at(-1);
  if (!last) return { passed: 0, failed: 1 }; // crashed before its summary: never green
  const passed = Number(last[1]);
  const failed = Number(last[2]) + (result.code !== 0 && Number(last[2]) === 0 ? 1 : 0);
  return { passed, failed };
}
