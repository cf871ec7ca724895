// The packaged extension in a real VS Code: `npm run package` into a temp folder, `--install-extension`
// into a private extensions folder, then a session without any development path.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LayerResult } from './integration';
import { ensureVSCode } from './install';
import { repoRoot } from './paths';
import { runCommand } from './processes';
import { installExtension } from './server';
import { runSession } from './session';
import { prepareWorkspace } from './workspace';

export async function runVsixCheck(): Promise<LayerResult> {
  const install = await ensureVSCode();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tech-articles-vsix-'));
  const workspace = prepareWorkspace('samples');
  try {
    const vsix = path.join(outDir, 'tech-articles.vsix');
    const packaged = await runCommand(process.execPath, [path.join(repoRoot, 'scripts', 'package.mjs'), '--out', vsix], {
      cwd: repoRoot,
      prefix: '[package] ',
      timeoutMs: 300_000,
    });
    if (packaged.code !== 0) throw new Error(`npm run package failed (exit ${packaged.code})`);
    const result = await runSession(install, {
      label: 'vsix',
      folder: workspace.folder,
      extensionDevelopmentPath: null,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration-vsix', 'index.js'),
      prepare: run => installExtension(install, run, vsix),
    });
    return { passed: result.passed, failed: result.failed };
  } finally {
    workspace.dispose();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
