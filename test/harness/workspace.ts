// The folder a test session opens. Tests may write into it (notes files, .vscode/), so the named kinds are
// fresh temporary copies; only an explicit path is opened in place.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, repoRoot, samplesDir } from './paths';
import { createOwnedDir } from './tempDirs';

/** `samples` (default), `corpus` (../shared/corpus), `empty`, `none` (no folder), or a folder path. */
export type WorkspaceKind = string;

export const defaultWorkspace: WorkspaceKind = 'samples';

/** Reads `// @workspace <kind>` from the first lines of a test source file. */
export function workspaceDirective(sourceFile: string): WorkspaceKind | undefined {
  try {
    const head = fs.readFileSync(sourceFile, 'utf8').split('\n').slice(0, 15).join('\n');
    return /^\/\/\s*@workspace\s+(\S+)/m.exec(head)?.[1];
  } catch {
    return undefined;
  }
}

export interface PreparedWorkspace {
  readonly kind: WorkspaceKind;
  /** Undefined for `none`. */
  readonly folder: string | undefined;
  dispose(): void;
}

function copyTextFiles(from: string, to: string): void {
  if (!fs.existsSync(from)) throw new Error(`workspace source ${from} does not exist`);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    // Copied by content so that read-only sources (shared/corpus) become writable copies.
    if (entry.isFile()) fs.writeFileSync(path.join(to, entry.name), fs.readFileSync(path.join(from, entry.name)));
  }
}

export function prepareWorkspace(kind: WorkspaceKind): PreparedWorkspace {
  if (kind === 'none') return { kind, folder: undefined, dispose() {} };
  const named: Record<string, string | null> = { samples: samplesDir, corpus: corpusDir, empty: null };
  if (!(kind in named)) {
    const folder = path.resolve(repoRoot, kind);
    if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`workspace folder ${folder} does not exist`);
    return { kind, folder, dispose() {} };
  }
  const owned = createOwnedDir(`workspace-${kind}`);
  const source = named[kind];
  if (source) copyTextFiles(source, owned.dir);
  return { kind, folder: owned.dir, dispose: owned.dispose };
}
