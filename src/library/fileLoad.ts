// One file: reading its bytes, parsing it whole (the watcher's changes, the fallback without a parse worker),
// and what the outcome means for the library: an entry (how many posts, or the problem to show).
import * as vscode from 'vscode';
import type { ParsedFile } from '../core/model';
import { looksLikeDump, parseInPieces } from './chunks';
import { decodeInSlices } from './decodeInSlices';
import { applyOverrides, type LanguageOverrides } from './languageOverrides';
import { parseDump, type ParseSettings } from './parser';
import type { WorkerOutcome } from './parseProtocol';
import type { ParseWorkerClient } from './parseWorkerClient';
import type { Slicer } from './slicer';
import type { FileOrigin } from './sources';

export interface FileEntry {
  uri: vscode.Uri;
  problem?: string;
  /** Posts the file has (0 with a problem). */
  posts: number;
}

/** A file's content read whole; no entry when the file is skipped silently. */
export interface FileRead {
  entry?: FileEntry;
  parsed?: ParsedFile;
}

export function parseSettings(): ParseSettings {
  // A plain copy: configuration values are proxies, which cannot be posted to the parse worker.
  const configured: unknown = vscode.workspace.getConfiguration('techArticles').get('topics');
  const topics: Record<string, string[]> = {};
  if (configured && typeof configured === 'object') {
    for (const [name, rules] of Object.entries(configured)) {
      if (Array.isArray(rules)) topics[name] = rules.filter((rule): rule is string => typeof rule === 'string');
    }
  }
  return { topics };
}

export class FileLoader {
  constructor(
    private readonly worker: ParseWorkerClient,
    private readonly log: vscode.LogOutputChannel,
    private readonly overrides: () => LanguageOverrides,
  ) {}

  /** The file's bytes; an entry (a problem) or undefined (skipped) when there is nothing to parse. */
  async readBytes(uri: vscode.Uri, origin: FileOrigin, slicer: Slicer): Promise<Uint8Array | FileEntry | undefined> {
    let bytes: Uint8Array;
    try {
      slicer.endSlice();
      bytes = await vscode.workspace.fs.readFile(uri);
      slicer.resume();
    } catch (error) {
      slicer.resume();
      this.log.warn(`cannot read ${uri.toString()}`, error);
      return { uri, posts: 0, problem: vscode.l10n.t('The file cannot be read: {0}', messageOf(error)) };
    }
    if (bytes.length === 0) return origin === 'workspace' ? undefined : { uri, posts: 0, problem: vscode.l10n.t('The file is empty.') };
    return bytes;
  }

  /** What a worker outcome means for the file: undefined when it is skipped silently. */
  entryOf(uri: vscode.Uri, origin: FileOrigin, outcome: WorkerOutcome, parsed: ParsedFile | undefined): FileEntry | undefined {
    const silent = origin === 'workspace';
    switch (outcome.kind) {
      case 'parsed': return parsedEntry(uri, parsed!);
      case 'empty': return silent ? undefined : { uri, posts: 0, problem: vscode.l10n.t('The file is empty.') };
      case 'unreadable': return { uri, posts: 0, problem: vscode.l10n.t('The file cannot be read: {0}', outcome.reason) };
      case 'undecodable': return silent ? undefined : { uri, posts: 0, problem: outcome.reason };
      case 'notDump': return origin !== 'named' ? undefined : { uri, posts: 0, problem: notADump() };
      case 'cancelled': return undefined;
      case 'failed':
        this.log.error(`parsing ${uri.toString()} failed: ${outcome.reason}`);
        return { uri, posts: 0, problem: vscode.l10n.t('The file could not be parsed: {0}', outcome.reason) };
    }
  }

  /** Reads and parses the file whole: in the worker, or here when the worker cannot run. */
  async readFile(uri: vscode.Uri, origin: FileOrigin, slicer: Slicer, isCancelled: () => boolean): Promise<FileRead> {
    const read = await this.readBytes(uri, origin, slicer);
    if (!(read instanceof Uint8Array)) return { entry: read };
    if (!this.worker.broken) {
      try {
        slicer.endSlice();
        const { outcome, parsed } = await this.worker.parse(read, uri.toString(), parseSettings().topics, isCancelled);
        slicer.resume();
        const entry = this.entryOf(uri, origin, outcome, parsed);
        if (parsed && entry?.posts) applyOverrides(parsed.posts, this.overrides());
        return { entry, parsed: entry?.posts ? parsed : undefined };
      } catch (error) {
        slicer.resume();
        this.log.warn(`the parse worker failed on ${uri.toString()}; parsing on this thread`, error);
        // The bytes went to the worker; read them again for the in-thread path.
        if (this.worker.broken) return this.readFile(uri, origin, slicer, isCancelled);
        return { entry: { uri, posts: 0, problem: vscode.l10n.t('The file could not be parsed: {0}', messageOf(error)) } };
      }
    }
    return this.parseHere(read, uri, origin, slicer, isCancelled);
  }

  /** Parses on this thread in time slices (no worker threads here). */
  async parseHere(bytes: Uint8Array, uri: vscode.Uri, origin: FileOrigin, slicer: Slicer, isCancelled: () => boolean): Promise<FileRead> {
    const silent = origin === 'workspace';
    await slicer.maybePause();
    const decoded = await decodeInSlices(bytes, () => slicer.pause());
    if ('error' in decoded) return { entry: silent ? undefined : { uri, posts: 0, problem: decoded.error } };
    if (!looksLikeDump(decoded.text)) {
      return { entry: origin !== 'named' ? undefined : { uri, posts: 0, problem: notADump() } };
    }
    await slicer.maybePause();
    const settings = parseSettings();
    let parsed: ParsedFile;
    try {
      parsed = await parseInPieces(decoded.text, uri.toString(), (text, file) => parseDump(text, file, settings), {
        pause: () => slicer.pause(),
        shouldPause: () => slicer.shouldPause(),
        isCancelled,
      });
    } catch (error) {
      this.log.error(`parsing ${uri.toString()} failed`, error);
      return { entry: { uri, posts: 0, problem: vscode.l10n.t('The file could not be parsed: {0}', messageOf(error)) } };
    }
    parsed.encoding ??= decoded.encoding;
    const entry = parsedEntry(uri, parsed);
    if (entry.posts) applyOverrides(parsed.posts, this.overrides());
    return { entry, parsed: entry.posts ? parsed : undefined };
  }
}

function parsedEntry(uri: vscode.Uri, parsed: ParsedFile): FileEntry {
  if (parsed.error) return { uri, posts: 0, problem: parsed.error };
  if (parsed.posts.length === 0) return { uri, posts: 0, problem: vscode.l10n.t('No articles were found in this file.') };
  return { uri, posts: parsed.posts.length };
}

function notADump(): string {
  return vscode.l10n.t('No "Post Syndicated from … original …" line: this is not an article dump.');
}

/** A short reason for the user: a file system error's code rather than its long message. */
export function messageOf(error: unknown): string {
  if (error instanceof vscode.FileSystemError) return error.code ? `${error.code}` : error.message;
  return error instanceof Error ? error.message : String(error);
}
