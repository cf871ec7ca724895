// The headline pass saved per dump, so the next start lists its articles before reading the file.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { HeadlineCache } from './parseProtocol';
import { urlKey } from './urlKey';

/** Under global storage. */
const HEADLINE_CACHE_FOLDER = 'headlines';

/**
 * Where the worker keeps this file's headline pass (keyed by the file), valid for its size, modification time
 * (`stat`, from Node's own fs: in a starting window vscode.workspace.fs.stat took 0.1–0.36 s to answer, on the way
 * to every cold and warm start) and the topic settings. Undefined when storage or the file is not local (the worker
 * reads only local files).
 */
export function headlineCacheFor(storage: vscode.Uri, uri: vscode.Uri, topics: Record<string, string[]>, stat: fs.Stats | undefined): HeadlineCache | undefined {
  if (storage.scheme !== 'file' || uri.scheme !== 'file' || !stat) return undefined;
  const path = vscode.Uri.joinPath(storage, HEADLINE_CACHE_FOLDER, `${urlKey(uri.toString())}.json`).fsPath;
  return { path, key: JSON.stringify([uri.toString(), stat.size, Math.trunc(stat.mtimeMs), topics]) };
}
