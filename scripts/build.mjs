// Builds everything with esbuild: the extension and CLI bundles (dist/), the webview scripts (media/dist/),
// and a per-file transpile of src/ test/ bench/ into out/ for mocha.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const root = new URL('..', import.meta.url).pathname;

function tsFiles(dir) {
  if (!existsSync(join(root, dir))) return [];
  const out = [];
  for (const name of readdirSync(join(root, dir))) {
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) out.push(...tsFiles(rel));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

const common = {
  absWorkingDir: root,
  bundle: true,
  logLevel: 'warning',
  sourcemap: production ? false : 'linked',
  minify: production,
  target: 'es2022',
};

/**
 * The code-page libraries stay out of the bundles in dist/ (src/core/legacyDecoders.ts): decode.ts's
 * require('./legacyDecoders') loads dist/legacyDecoders.js, a bundle of its own, when a file is not UTF-8.
 */
const legacyDecodersApart = {
  name: 'legacy-decoders-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/legacyDecoders$/ }, () => ({ path: './legacyDecoders.js', external: true }));
  },
};

const builds = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    plugins: [legacyDecodersApart],
  },
  {
    // The library's parse worker, a worker thread of the extension host (src/library/parseWorker.ts).
    ...common,
    entryPoints: ['src/library/parseWorker.ts'],
    outfile: 'dist/parseWorker.js',
    platform: 'node',
    format: 'cjs',
    plugins: [legacyDecodersApart],
  },
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [legacyDecodersApart],
  },
  {
    ...common,
    entryPoints: ['src/core/legacyDecoders.ts'],
    outfile: 'dist/legacyDecoders.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    ...common,
    entryPoints: tsFiles('bench').filter(f => !f.includes('/lib/')),
    outdir: 'dist/bench',
    platform: 'node',
    format: 'cjs',
  },
  {
    ...common,
    entryPoints: tsFiles('media/src').filter(f => !f.endsWith('.test.ts')).filter(f => /media\/src\/[^/]+\.ts$/.test(f)),
    outdir: 'media/dist',
    platform: 'browser',
    format: 'iife',
  },
  {
    // Tests and the sources they import, transpiled file by file (mocha loads them from out/).
    absWorkingDir: root,
    entryPoints: [...tsFiles('src'), ...tsFiles('test'), ...tsFiles('bench')],
    outdir: 'out',
    outbase: '.',
    platform: 'node',
    format: 'cjs',
    sourcemap: 'inline',
    target: 'es2022',
    logLevel: 'warning',
  },
].filter(b => b.entryPoints.length > 0);

if (process.argv.includes('--clean')) {
  for (const dir of ['dist', 'out', 'media/dist']) rmSync(join(root, dir), { recursive: true, force: true });
}

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
  console.log('watching…');
} else {
  const started = Date.now();
  await Promise.all(builds.map(b => esbuild.build(b)));
  console.log(`built in ${Date.now() - started} ms${production ? ' (production)' : ''}: dist/, media/dist/, out/`);
}
