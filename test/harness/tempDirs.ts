// Temporary folders owned by this process (run profiles, test workspaces): removed when the process exits in
// any catchable way; folders left by a process that was killed outright are swept by the next harness run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runsRoot } from './paths';
import { onExit } from './processes';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let swept = false;

/** Removes folders whose owner (named in `<dir>.owner`) is no longer running; returns their paths. */
export function sweepOrphans(): string[] {
  const removed: string[] = [];
  if (!fs.existsSync(runsRoot)) return removed;
  for (const name of fs.readdirSync(runsRoot).filter(n => n.endsWith('.owner'))) {
    const ownerFile = path.join(runsRoot, name);
    const owner = Number(fs.readFileSync(ownerFile, 'utf8'));
    if (owner > 0 && !alive(owner)) {
      const dir = ownerFile.slice(0, -'.owner'.length);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(ownerFile, { force: true });
      removed.push(dir);
    }
  }
  return removed;
}

export interface OwnedDir {
  readonly dir: string;
  /** Idempotent; keeps the folder (and says so) when TECH_ARTICLES_KEEP_RUN is set. */
  dispose(): void;
}

export function createOwnedDir(prefix: string): OwnedDir {
  fs.mkdirSync(runsRoot, { recursive: true });
  if (!swept) {
    swept = true;
    sweepOrphans();
  }
  const dir = fs.mkdtempSync(path.join(runsRoot, `${prefix.replace(/[^\w.-]+/g, '-')}-`));
  const ownerFile = `${dir}.owner`;
  fs.writeFileSync(ownerFile, String(process.pid));
  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    if (process.env.TECH_ARTICLES_KEEP_RUN) {
      process.stdout.write(`[harness] kept ${dir}\n`);
    } else {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    }
    fs.rmSync(ownerFile, { force: true });
  };
  onExit(dispose);
  return { dir, dispose };
}
