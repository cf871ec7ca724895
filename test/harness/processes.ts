// Child processes that can never outlive the harness: each runs in its own process group, is remembered here
// and killed as a group when it is stopped, when the harness exits, on Ctrl+C / SIGTERM, and (through the
// guard below) even when the harness itself is killed with SIGKILL.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const liveGroups = new Set<number>();
const cleanups: (() => void)[] = [];
let handlersInstalled = false;

/** Runs (synchronously) when the harness exits for any reason, after its process groups are stopped. */
export function onExit(cleanup: () => void): void {
  installExitHandlers();
  cleanups.push(cleanup);
}

function runCleanups(): void {
  for (const cleanup of cleanups.splice(0)) {
    try {
      cleanup();
    } catch {
      // best effort: one failed cleanup must not keep the others from running
    }
  }
}

function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL');
    runCleanups();
  });
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.on(signal, () => {
      process.stderr.write(`\n[harness] ${signal}: stopping ${liveGroups.size} process group(s)\n`);
      void killAll().finally(() => process.exit(code));
    });
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: nothing left in the group
  }
}

function groupAlive(pgid: number): boolean {
  return signalGroup(pgid, 0);
}

/** SIGTERM, a short grace period, then SIGKILL for whatever is left in the group. */
export async function killGroup(pgid: number, graceMs = 3000): Promise<void> {
  if (signalGroup(pgid, 'SIGTERM')) {
    const deadline = Date.now() + graceMs;
    while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
    if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
  }
  liveGroups.delete(pgid);
}

export async function killAll(): Promise<void> {
  await Promise.all([...liveGroups].map(pgid => killGroup(pgid, 1500)));
}

export interface GroupProcess {
  readonly child: ChildProcess;
  readonly pgid: number;
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Starts `command args` as the leader of a new process group. A shell stays beside it holding the read end of
 * a pipe from us: when the harness dies in any way the pipe closes and the shell kills the whole group.
 */
export function startGroup(
  command: string,
  args: readonly string[],
  options: Omit<SpawnOptions, 'stdio' | 'detached'> & { output?: 'pipe' | 'inherit' | number } = {},
): GroupProcess {
  installExitHandlers();
  // fd 3 keeps our pipe for the watcher; the command itself reads nothing (CI has no stdin).
  const guard = 'exec 3<&0; (read -r _ <&3; kill -KILL 0) & exec "$@" </dev/null 3<&-';
  const output = options.output ?? 'pipe';
  const child = spawn('bash', ['-c', guard, 'guarded', command, ...args], {
    ...options,
    detached: true,
    stdio: ['pipe', output, output],
  });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pgid = child.pid;
  liveGroups.add(pgid);
  // Not unref'd on purpose: an open pipe keeps the event loop alive only while the group is remembered.
  child.stdin?.on('error', () => undefined);
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
  return {
    child,
    pgid,
    exited,
    stop: async () => {
      await killGroup(pgid);
      child.stdin?.destroy();
    },
  };
}

export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a command to completion in its own group; its output is streamed with a prefix and also returned. */
export async function runCommand(
  command: string,
  args: readonly string[],
  options: Omit<SpawnOptions, 'stdio' | 'detached'> & { prefix?: string; quiet?: boolean; timeoutMs?: number } = {},
): Promise<RunResult> {
  const proc = startGroup(command, args, { ...options, output: 'pipe' });
  let output = '';
  const prefix = options.prefix ?? '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    if (!options.quiet) process.stdout.write(prefix ? text.replace(/^(?=.)/gm, prefix) : text);
  };
  proc.child.stdout?.on('data', onData);
  proc.child.stderr?.on('data', onData);
  let timer: NodeJS.Timeout | undefined;
  if (options.timeoutMs) {
    timer = setTimeout(() => {
      output += `\n[harness] ${command} timed out after ${options.timeoutMs} ms\n`;
      void proc.stop();
    }, options.timeoutMs);
  }
  const code = await proc.exited;
  if (timer) clearTimeout(timer);
  await proc.stop(); // the guard shell and any grandchildren
  return { code, output };
}

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}
