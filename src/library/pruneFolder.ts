// Keeps a cache folder small: the newest files stay, within a count and a total size. Plain Node fs, so the
// parse worker can use it; a file that vanishes meanwhile (another window pruning too) is simply skipped.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface PruneLimits {
  /** At most this many files are kept. */
  files: number;
  /** The kept files together stay within this many bytes; the newest file is always kept. */
  bytes: number;
}

/** Deletes the oldest `*.json` files of `folder` beyond the limits; returns the names kept, newest first. */
export function pruneFolder(folder: string, limits: PruneLimits): string[] {
  const entries: Array<{ name: string; mtime: number; size: number }> = [];
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith('.json')) continue;
    try {
      const stat = fs.statSync(path.join(folder, name));
      entries.push({ name, mtime: stat.mtimeMs, size: stat.size });
    } catch {
      // gone already
    }
  }
  entries.sort((a, b) => b.mtime - a.mtime || (a.name < b.name ? -1 : 1));
  const kept: string[] = [];
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    const fits = kept.length === 0 || (kept.length < limits.files && total <= limits.bytes);
    if (fits) kept.push(entry.name);
    else fs.rmSync(path.join(folder, entry.name), { force: true });
  }
  return kept;
}
