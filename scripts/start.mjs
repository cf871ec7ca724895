// npm start [-- <folder>] [--port <n>]: a real VS Code (code-server, in your browser) with this extension
// loaded, opening a copy of the bundled samples (or <folder>, in place). esbuild watches the sources: after
// an edit, run "Developer: Reload Window" in the browser. Ctrl+C stops everything.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

function parseArgs(argv) {
  const options = { folder: undefined, port: 8765 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') options.port = Number(argv[++i]);
    else if (argv[i].startsWith('--port=')) options.port = Number(argv[i].slice(7));
    else if (argv[i].startsWith('-')) throw new Error(`unknown option ${argv[i]} (use: npm start -- [folder] [--port n])`);
    else options.folder = resolve(process.env.INIT_CWD ?? process.cwd(), argv[i]);
  }
  if (!Number.isInteger(options.port) || options.port <= 0) throw new Error('--port needs a number');
  return options;
}

function step(title, command, args) {
  console.log(`> ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${title} failed (exit ${result.status ?? result.signal})`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) step('npm ci', 'npm', ['ci', '--no-audit', '--no-fund']);
  step('build', process.execPath, [join(root, 'scripts', 'build.mjs')]);

  const harness = name => require(join(root, 'out', 'test', 'harness', `${name}.js`));
  const { ensureVSCode } = harness('install');
  const { createRunFolder, startServer } = harness('server');
  const { prepareWorkspace } = harness('workspace');
  const { startGroup } = harness('processes');
  const { VSCODE_VERSION } = harness('paths');

  const install = await ensureVSCode();
  const run = createRunFolder('start');
  const workspace = options.folder ? { folder: options.folder, dispose() {} } : prepareWorkspace('samples');
  // Installed by symlink, so VS Code loads the working tree's dist/ like any installed extension.
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  symlinkSync(root, join(run.extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');

  let server;
  try {
    server = await startServer(install, run, { port: options.port });
  } catch (error) {
    throw new Error(`could not start VS Code on port ${options.port} (in use? try --port <n>): ${error.message.split('\n')[0]}`);
  }
  startGroup(process.execPath, [join(root, 'scripts', 'build.mjs'), '--watch'], { cwd: root, output: 'inherit' });

  console.log(`\nTech Articles is running in VS Code ${VSCODE_VERSION} at:\n`);
  console.log(`  ${server.workbenchUrl({ folder: workspace.folder })}\n`);
  console.log(`Workspace: ${workspace.folder}${options.folder ? '' : ' (a copy of samples/)'}`);
  console.log(`Server log: ${server.logFile}`);
  console.log('After editing sources, run "Developer: Reload Window" in the browser. Press Ctrl+C to stop.');
  // Until Ctrl+C: the harness then stops the server and the watcher and removes the profile and workspace copy.
  await new Promise(() => undefined);
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
