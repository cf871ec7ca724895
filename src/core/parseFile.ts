// Node convenience for the CLI, benchmarks and tests: read a file's bytes, decode, parse. The extension
// reads bytes through vscode.workspace.fs and calls decode + parseText itself.
import { readFile } from 'node:fs/promises';
import { decode } from './decode';
import type { ParsedFile } from './model';
import { parseText, type ParseOptions } from './parse';

export async function parseFile(path: string, options?: ParseOptions): Promise<ParsedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    return { file: path, preamble: null, error: `Cannot read the file: ${reason}.`, posts: [] };
  }
  const decoded = decode(bytes);
  if ('error' in decoded) return { file: path, preamble: null, error: decoded.error, posts: [] };
  const parsed = parseText(decoded.text, path, options);
  parsed.encoding = decoded.encoding;
  return parsed;
}
