// npm run package [-- --out <file.vsix>]: a production build and `vsce package`, done in a staging copy so
// that the shared working tree's dist/ and out/ (used by running tests and watchers) are left untouched.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(root, `${manifest.name}-${manifest.version}.vsix`));

// What the build and vsce read; everything else stays behind.
const inputs = ['package.json', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'tsconfig.json', 'scripts', 'src', 'media', 'samples'];

function run(title, command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${title} failed (exit ${result.status ?? result.signal})`);
}

const staging = mkdtempSync(join(tmpdir(), 'tech-articles-package-'));
try {
  for (const input of inputs) {
    if (existsSync(join(root, input))) {
      cpSync(join(root, input), join(staging, input), {
        recursive: true,
        filter: source => !/[/\\](dist|out|\.vscode)$/.test(source),
      });
    }
  }
  symlinkSync(join(root, 'node_modules'), join(staging, 'node_modules'), 'dir');
  run('production build', process.execPath, [join(staging, 'scripts', 'build.mjs'), '--production', '--clean'], staging);
  unlinkSync(join(staging, 'node_modules')); // bundled by esbuild; vsce must not walk it
  // README images are relative; vsce needs a base to turn them into absolute links in the package.
  const base = manifest.repository.url.replace(/\.git$/, '');
  run('vsce package', process.execPath, [
    join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', out,
    '--baseContentUrl', `${base}/blob/main`, '--baseImagesUrl', `${base}/raw/main`,
  ], staging);
  const kb = statSync(out).size / 1024;
  console.log(`packaged ${out} (${kb.toFixed(1)} KB)`);
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  rmSync(staging, { recursive: true, force: true });
}
