// Keeps the library current between loads: watches the sources, gathers file events into bursts, and works out
// which files a burst changed (read again) or removed.
import * as vscode from 'vscode';
import type { FileRead } from './fileLoad';
import { fileWatchPattern, watchPattern, type FileOrigin, type SourceSpec } from './sources';

/** File events arrive in bursts (a save writes twice, a git checkout touches many files): wait this long. */
const WATCH_DEBOUNCE_MS = 200;

export type FileEventKind = 'changed' | 'deleted';

/** The latest event per file (URI string) of one burst. */
export type FileEvents = Map<string, FileEventKind>;

export class SourceWatcher implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private pending: FileEvents = new Map();
  private debounce: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onBurst: (events: FileEvents) => void) {}

  /** Watches these sources instead of the previous ones. */
  watch(specs: readonly SourceSpec[]): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    const patterns: vscode.GlobPattern[] = [];
    for (const spec of specs) {
      patterns.push(watchPattern(spec));
      if (spec.kind === 'path') patterns.push(fileWatchPattern(spec.uri));
    }
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate(uri => this.queue(uri, 'changed'));
      watcher.onDidChange(uri => this.queue(uri, 'changed'));
      watcher.onDidDelete(uri => this.queue(uri, 'deleted'));
      this.watchers.push(watcher);
    }
  }

  dispose(): void {
    if (this.debounce) clearTimeout(this.debounce);
    for (const watcher of this.watchers) watcher.dispose();
  }

  private queue(uri: vscode.Uri, kind: FileEventKind): void {
    this.pending.set(uri.toString(), kind);
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      const events = this.pending;
      this.pending = new Map();
      this.onBurst(events);
    }, WATCH_DEBOUNCE_MS);
  }
}

/** What the library offers to turn a burst of events into changes. */
export interface ChangeSource {
  /** Keys (URI strings) of the files the library holds now. */
  knownFiles(): Iterable<string>;
  /** How the file came into the sources; undefined when no source includes it. */
  originOf(uri: vscode.Uri): FileOrigin | undefined;
  read(uri: vscode.Uri, origin: FileOrigin): Promise<FileRead>;
  isCancelled(): boolean;
}

/**
 * Each changed file read again, each removed one marked deleted (a deleted folder: every file under it);
 * undefined when cancelled by a newer load.
 */
export async function changesOf(events: FileEvents, source: ChangeSource): Promise<Map<string, FileRead | 'deleted'> | undefined> {
  const changes = new Map<string, FileRead | 'deleted'>();
  for (const [key, kind] of events) {
    const uri = vscode.Uri.parse(key);
    let exists = kind === 'changed';
    let isFolder = false;
    if (exists) {
      try {
        isFolder = ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
      } catch {
        exists = false;
      }
    }
    if (!exists) {
      for (const existing of new Set([...source.knownFiles(), ...changes.keys()])) {
        if (existing === key || existing.startsWith(key.endsWith('/') ? key : key + '/')) changes.set(existing, 'deleted');
      }
      continue;
    }
    const origin = source.originOf(uri);
    if (isFolder || !origin) continue;
    changes.set(key, await source.read(uri, origin));
    if (source.isCancelled()) return undefined;
  }
  return changes;
}
