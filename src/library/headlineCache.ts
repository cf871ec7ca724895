// The headline pass saved per dump, so the next start lists its articles before reading the file.
import * as vscode from 'vscode';
import type { HeadlineCache } from './parseProtocol';
import { urlKey } from './urlKey';

/** Under global storage. */
const HEADLINE_CACHE_FOLDER = 'headlines';

/**
 * Where the worker keeps this file's headline pass (keyed by the file), valid for its size, modification time
 * and the topic settings. Undefined when storage is not a local folder.
 */
export async function headlineCacheFor(storage: vscode.Uri, uri: vscode.Uri, topics: Record<string, string[]>): Promise<HeadlineCache | undefined> {
  if (storage.scheme !== 'file') return undefined;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    const path = vscode.Uri.joinPath(storage, HEADLINE_CACHE_FOLDER, `${urlKey(uri.toString())}.json`).fsPath;
    return { path, key: JSON.stringify([uri.toString(), stat.size, stat.mtime, topics]) };
  } catch {
    return undefined;
  }
}
