// A file watcher starts listening a moment after it is asked to (VS Code sets up a new watch request for a folder
// outside the workspace asynchronously), so a change made while a load reads the files, or right after a source is
// added, can come before any event. Once a load is over, the files it read are stated again; a changed or missing
// one is handed on as a file event, as the watcher would have.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { FileEvents } from './watcher';

/** Long enough for VS Code's watcher to be listening: what happens after that comes as events. */
const CATCH_UP_MS = 1500;

/** A local file's size and modification time, or undefined (not local, or unreadable). */
export async function fileStat(uri: vscode.Uri): Promise<fs.Stats | undefined> {
  if (uri.scheme !== 'file') return undefined;
  try {
    return await fs.promises.stat(uri.fsPath);
  } catch {
    return undefined;
  }
}

export function stampOf(stat: fs.Stats): string {
  return `${stat.size}:${Math.trunc(stat.mtimeMs)}`;
}

/** The files one load read (by key, their stamps then), looked at again once, CATCH_UP_MS after the load. */
export class CatchUp implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onChanges: (events: FileEvents) => void) {}

  /** Replaces the files to look at; a pending look at the previous load's is dropped. */
  schedule(stamps: ReadonlyMap<string, string>): void {
    this.dispose();
    if (stamps.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.look(stamps);
    }, CATCH_UP_MS);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async look(stamps: ReadonlyMap<string, string>): Promise<void> {
    const events: FileEvents = new Map();
    for (const [key, stamp] of stamps) {
      const stat = await fileStat(vscode.Uri.parse(key));
      if (!stat) events.set(key, 'deleted');
      else if (stampOf(stat) !== stamp) events.set(key, 'changed');
    }
    if (events.size > 0) this.onChanges(events);
  }
}
