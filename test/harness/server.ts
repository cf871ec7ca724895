// One private code-server (a real VS Code 1.139 server) on a free loopback port: its own user data,
// extensions, XDG and temp folders, quiet settings, no marketplace. Several can run side by side.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { VSCodeInstall } from './install';
import { logsDir } from './paths';
import { runCommand, sleep, startGroup, type GroupProcess } from './processes';
import { createOwnedDir } from './tempDirs';

/** Settings that keep the workbench quiet and deterministic: no welcome page, AI, git, or update prompts. */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Dark Modern',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'files.hotExit': 'off',
  'notebook.experimental.useMarkdownRenderer': false,
};

export interface RunFolder {
  readonly dir: string;
  readonly id: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** Removes the folder unless TECH_ARTICLES_KEEP_RUN is set (then its path is printed). */
  dispose(): void;
}

/** A fresh private folder for one VS Code session; `label` makes log names readable. */
export function createRunFolder(label: string): RunFolder {
  const owned = createOwnedDir(label);
  const dir = owned.dir;
  const id = path.basename(dir);
  const userDataDir = path.join(dir, 'ud');
  const extensionsDir = path.join(dir, 'ext');
  for (const sub of ['ud/User', 'ext', 'xdg-config', 'xdg-data', 'xdg-cache', 'tmp']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(quietSettings, null, 2));
  return {
    dir,
    id,
    userDataDir,
    extensionsDir,
    dispose: owned.dispose,
  };
}

function privateEnv(run: RunFolder, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(run.dir, 'xdg-config'),
    XDG_DATA_HOME: path.join(run.dir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(run.dir, 'xdg-cache'),
    TMPDIR: path.join(run.dir, 'tmp'),
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
  // Our own Node's settings must not leak into the server (e.g. a --require hook or a debugger port).
  delete env.NODE_OPTIONS;
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

function commonArgs(run: RunFolder): string[] {
  return [
    '--user-data-dir', run.userDataDir,
    '--extensions-dir', run.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
  ];
}

/** `code-server --install-extension <vsix>` into the run's extensions folder (the server need not run). */
export async function installExtension(install: VSCodeInstall, run: RunFolder, vsix: string): Promise<void> {
  const result = await runCommand(install.node, [install.codeServerEntry, ...commonArgs(run), '--install-extension', vsix], {
    env: privateEnv(run, {}),
    prefix: '[install-extension] ',
    timeoutMs: 120_000,
  });
  if (result.code !== 0) throw new Error(`installing ${vsix} failed (exit ${result.code})`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function healthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

export interface Server {
  readonly port: number;
  readonly origin: string;
  readonly run: RunFolder;
  readonly logFile: string;
  /** Workbench URL for a folder (or an empty window) with optional extension development/test paths. */
  workbenchUrl(options: { folder?: string; extensionDevelopmentPath?: string; extensionTestsPath?: string }): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Extra environment for the server; the extension host inherits it (how tests receive settings). */
  env?: Record<string, string>;
  /** A fixed port (npm start); by default a free one is picked. */
  port?: number;
}

/** Starts code-server and resolves once /healthz answers. Retries on another port if the one picked was taken. */
export async function startServer(install: VSCodeInstall, run: RunFolder, options: ServerOptions = {}): Promise<Server> {
  fs.mkdirSync(logsDir, { recursive: true });
  const logFile = path.join(logsDir, `${run.id}-server.log`);
  let lastError = '';
  for (let attempt = 1; attempt <= (options.port ? 1 : 3); attempt++) {
    const port = options.port ?? await freePort();
    const logFd = fs.openSync(logFile, 'a');
    const proc: GroupProcess = startGroup(install.node, [
      install.codeServerEntry,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      ...commonArgs(run),
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--vscode-option', 'enable-smoke-test-driver',
    ], { env: privateEnv(run, options.env ?? {}), cwd: run.dir, output: logFd });
    fs.closeSync(logFd);
    let exited = false;
    void proc.exited.then(() => { exited = true; });
    const deadline = Date.now() + 60_000;
    while (!exited && Date.now() < deadline) {
      if (await healthy(port)) return makeServer(port, run, logFile, proc);
      await sleep(150);
    }
    await proc.stop();
    lastError = exited ? 'exited early' : 'did not answer /healthz within 60 s';
    process.stdout.write(`[harness] code-server on port ${port} ${lastError} (attempt ${attempt})\n`);
  }
  throw new Error(`code-server ${lastError}; see ${logFile}:\n${tail(logFile, 40)}`);
}

function makeServer(port: number, run: RunFolder, logFile: string, proc: GroupProcess): Server {
  const origin = `http://127.0.0.1:${port}`;
  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  return {
    port,
    origin,
    run,
    logFile,
    workbenchUrl({ folder, extensionDevelopmentPath, extensionTestsPath }) {
      const payload: [string, string][] = [];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      const query = [folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true'];
      if (payload.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      return `${origin}/?${query.join('&')}`;
    },
    stop: () => proc.stop(),
  };
}

export function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
