// Where articles come from: `techArticles.sources` entries (files, folders, globs; relative to the workspace
// folders, `~` for home, or URIs) resolved to files through vscode.workspace.fs, and the patterns that
// watcher.ts watches to keep them current. With no entries, dump files in the open workspace folders are used.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** File name endings read from folders and the workspace; a folder's other files are not articles. */
export const DUMP_EXTENSIONS = ['.txt', '.text', '.dump'];
const DUMP_GLOB = '**/*.{txt,text,dump}';
/** Folders no dump is looked for in, whether a source names their parent or it is a workspace folder. */
const SKIPPED_FOLDERS = ['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test'];
const WORKSPACE_EXCLUDE = `**/{${SKIPPED_FOLDERS.join(',')}}/**`;
/** Stops runaway scans of huge trees (a source pointed at `/`, say). */
const MAX_FILES_PER_SOURCE = 5000;

export type SourceSpec =
  | { kind: 'path'; uri: vscode.Uri; label: string }
  | { kind: 'glob'; base: vscode.Uri; pattern: string; label: string }
  | { kind: 'workspace'; folder: vscode.WorkspaceFolder; label: string };

/**
 * How a file was found, which decides what is worth reporting: a file the user named that is not a dump is
 * a problem; in a folder or glob the user added, non-dumps are skipped but empty or binary files are
 * reported; in the default workspace scan every unusable file is skipped silently.
 */
export type FileOrigin = 'named' | 'scanned' | 'workspace';

export interface ListedFile {
  uri: vscode.Uri;
  origin: FileOrigin;
}

export interface SourceProblemAt {
  file: string;
  reason: string;
}

const GLOB_CHARS = /[*?[\]{}]/;
const isUriString = (value: string) => /^[a-zA-Z][\w+.-]+:\/\//.test(value);

function expandHome(value: string): string {
  return value === '~' || value.startsWith('~/') ? path.join(os.homedir(), value.slice(1)) : value;
}

/** A path string or URI string → a URI; relative paths resolve against `base` (a workspace folder). */
export function toUri(value: string, base: vscode.Uri | undefined): vscode.Uri {
  const trimmed = expandHome(value.trim());
  if (isUriString(trimmed)) return vscode.Uri.parse(trimmed);
  if (path.isAbsolute(trimmed) || !base) return vscode.Uri.file(path.resolve(trimmed));
  return vscode.Uri.joinPath(base, trimmed);
}

/**
 * `techArticles.sources` of every workspace folder (a resource setting: each folder may have its own), with
 * relative entries resolved against their folder. A folder whose list is empty contributes its own dump
 * files. Without folders, the window's setting is used. `extra` are session sources such as the samples.
 */
export function configuredSources(extra: readonly vscode.Uri[]): SourceSpec[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const read = (scope?: vscode.WorkspaceFolder) => {
    const value = vscode.workspace.getConfiguration('techArticles', scope?.uri).get<unknown>('sources');
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '') : [];
  };
  const specs: SourceSpec[] = [];
  if (folders.length === 0) specs.push(...resolveEntries(read(), undefined));
  for (const folder of folders) {
    const entries = read(folder);
    if (entries.length === 0) specs.push({ kind: 'workspace', folder, label: folder.name });
    else specs.push(...resolveEntries(entries, folder.uri));
  }
  for (const uri of extra) specs.push({ kind: 'path', uri, label: uri.fsPath });
  // The same entry in the settings of several folders is read once.
  const seen = new Set<string>();
  return specs.filter(spec => {
    const key = spec.kind === 'path' ? spec.uri.toString() : spec.kind === 'glob' ? `${spec.base.toString()}|${spec.pattern}` : spec.folder.uri.toString();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Entries of one setting value; relative ones against `base`. */
export function resolveEntries(entries: readonly string[], base: vscode.Uri | undefined): SourceSpec[] {
  return entries.map((entry): SourceSpec => {
    const value = expandHome(entry.trim());
    if (GLOB_CHARS.test(value) && !isUriString(value)) {
      const { fixed, pattern } = splitGlob(value);
      return { kind: 'glob', base: toUri(fixed || '.', base), pattern, label: entry };
    }
    return { kind: 'path', uri: toUri(value, base), label: entry };
  });
}

/** "data/**\/*.txt" → fixed "data", pattern "**\/*.txt": the folder part before the first wildcard. */
export function splitGlob(glob: string): { fixed: string; pattern: string } {
  const parts = glob.split('/');
  const firstWild = parts.findIndex(part => GLOB_CHARS.test(part));
  return { fixed: parts.slice(0, firstWild).join('/') || (glob.startsWith('/') ? '/' : ''), pattern: parts.slice(firstWild).join('/') };
}

export function isDumpName(name: string): boolean {
  const lower = name.toLowerCase();
  return DUMP_EXTENSIONS.some(ext => lower.endsWith(ext));
}

/** The files of one source. Problems such as a missing path are returned, not thrown. */
export async function listFiles(spec: SourceSpec): Promise<{ files: ListedFile[]; problem?: SourceProblemAt }> {
  try {
    if (spec.kind === 'workspace') {
      if (spec.folder.uri.scheme === 'file') return { files: (await listLocalFolder(spec.folder.uri.fsPath)).map(uri => ({ uri, origin: 'workspace' as const })) };
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(spec.folder, DUMP_GLOB), WORKSPACE_EXCLUDE, MAX_FILES_PER_SOURCE);
      return { files: found.map(uri => ({ uri, origin: 'workspace' as const })) };
    }
    if (spec.kind === 'glob') {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(spec.base, spec.pattern), null, MAX_FILES_PER_SOURCE);
      return { files: found.map(uri => ({ uri, origin: 'scanned' as const })) };
    }
    const local = spec.uri.scheme === 'file';
    let isFolder: boolean;
    try {
      isFolder = local ? (await fs.promises.stat(spec.uri.fsPath)).isDirectory() : ((await vscode.workspace.fs.stat(spec.uri)).type & vscode.FileType.Directory) !== 0;
    } catch {
      return { files: [], problem: { file: displayPath(spec.uri), reason: vscode.l10n.t('The file or folder does not exist.') } };
    }
    if (isFolder) {
      const files: ListedFile[] = [];
      await walk(spec.uri, files, local ? readLocalDirectory : uri => vscode.workspace.fs.readDirectory(uri));
      return { files };
    }
    return { files: [{ uri: spec.uri, origin: 'named' }] };
  } catch (error) {
    return { files: [], problem: { file: spec.label, reason: vscode.l10n.t('Cannot list the files: {0}', String((error as Error)?.message ?? error)) } };
  }
}

/**
 * The dump files of a local workspace folder, those findFiles(DUMP_GLOB, WORKSPACE_EXCLUDE) gives, read from
 * the disk: the search service behind findFiles takes 0.3–1.3 s to answer while the window starts, which
 * every cold start would wait for. Folders excluded by name in `files.exclude` (`**` then a slash and a name)
 * are skipped as findFiles skips them; symbolic links are followed (once per target).
 */
async function listLocalFolder(root: string): Promise<vscode.Uri[]> {
  const skipped = skippedInWorkspace(vscode.Uri.file(root));
  const found: vscode.Uri[] = [];
  const seen = new Set<string>();
  const folders = [root];
  while (folders.length > 0 && found.length < MAX_FILES_PER_SOURCE) {
    const folder = folders.shift()!;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(folder, { withFileTypes: true });
    } catch {
      continue; // unreadable: findFiles skips it too
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (skipped.has(entry.name)) continue;
      const full = path.join(folder, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await fs.promises.stat(full);
          isFolder = target.isDirectory();
          isFile = target.isFile();
          if (isFolder) {
            const real = await fs.promises.realpath(full);
            if (seen.has(real)) continue;
            seen.add(real);
          }
        } catch {
          continue; // a dangling link
        }
      }
      if (isFolder) folders.push(full);
      else if (isFile && isDumpName(entry.name) && found.length < MAX_FILES_PER_SOURCE) found.push(vscode.Uri.file(full));
    }
  }
  return found;
}

/** Names of folders (and files) a workspace folder's dumps are not looked for in: ours, and `files.exclude`'s by name. */
function skippedInWorkspace(folder: vscode.Uri): Set<string> {
  const skipped = new Set(SKIPPED_FOLDERS);
  const excludes = vscode.workspace.getConfiguration('files', folder).get<Record<string, unknown>>('exclude') ?? {};
  for (const [pattern, on] of Object.entries(excludes)) {
    const name = /^\*\*\/([^/*?[\]{}]+)$/.exec(pattern)?.[1];
    if (name && on === true) skipped.add(name);
  }
  return skipped;
}

type ReadDirectory = (folder: vscode.Uri) => Thenable<Array<[string, vscode.FileType]>>;

async function walk(folder: vscode.Uri, into: ListedFile[], read: ReadDirectory, depth = 0): Promise<void> {
  const entries = await read(folder);
  entries.sort(([a], [b]) => a.localeCompare(b));
  for (const [name, type] of entries) {
    if (into.length >= MAX_FILES_PER_SOURCE) return;
    if (name.startsWith('.')) continue;
    const child = vscode.Uri.joinPath(folder, name);
    if (type & vscode.FileType.Directory) {
      // A bound on depth stops a symbolic link to a folder above it from looping.
      if (!SKIPPED_FOLDERS.includes(name) && depth < MAX_FOLDER_DEPTH) await walk(child, into, read, depth + 1);
    } else if (isDumpName(name)) {
      into.push({ uri: child, origin: 'scanned' });
    }
  }
}

const MAX_FOLDER_DEPTH = 32;

/**
 * A local folder's entries as vscode.workspace.fs.readDirectory gives them (a symbolic link typed by its
 * target, a dangling one as a link alone), read from the disk: in a starting window the file service took
 * 0.15-0.27 s to list a folder with one dump, on the way to every load from a folder source.
 */
async function readLocalDirectory(folder: vscode.Uri): Promise<Array<[string, vscode.FileType]>> {
  const entries = await fs.promises.readdir(folder.fsPath, { withFileTypes: true });
  return Promise.all(entries.map(async (entry): Promise<[string, vscode.FileType]> => {
    const kind = (file: boolean, directory: boolean) => (directory ? vscode.FileType.Directory : file ? vscode.FileType.File : vscode.FileType.Unknown);
    if (!entry.isSymbolicLink()) return [entry.name, kind(entry.isFile(), entry.isDirectory())];
    try {
      const target = await fs.promises.stat(path.join(folder.fsPath, entry.name));
      return [entry.name, vscode.FileType.SymbolicLink | kind(target.isFile(), target.isDirectory())];
    } catch {
      return [entry.name, vscode.FileType.SymbolicLink];
    }
  }));
}

/** Watch patterns for a source: changes to matching files re-read just those files. */
export function watchPattern(spec: SourceSpec): vscode.GlobPattern {
  switch (spec.kind) {
    case 'workspace': return new vscode.RelativePattern(spec.folder, DUMP_GLOB);
    case 'glob': return new vscode.RelativePattern(spec.base, spec.pattern);
    case 'path': {
      // The path may be a file or a folder; a pattern covering both keeps this synchronous.
      return new vscode.RelativePattern(spec.uri, DUMP_GLOB);
    }
  }
}

/** The parent-folder pattern that catches a single file source being created, changed or deleted. */
export function fileWatchPattern(uri: vscode.Uri): vscode.GlobPattern {
  return new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), path.posix.basename(uri.path));
}

/** A path for people: workspace-relative when inside a folder, else the file system path. */
export function displayPath(uri: vscode.Uri): string {
  const relative = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  return relative !== uri.toString() && relative !== uri.fsPath ? relative : uri.scheme === 'file' ? uri.fsPath : uri.toString();
}

/** Whether a file lies in a folder the workspace listing skips (its watcher reports changes there too). */
function inSkippedFolder(uri: vscode.Uri, folder: vscode.Uri): boolean {
  const skipped = skippedInWorkspace(folder);
  const relative = uri.path.slice(folder.path.replace(/\/?$/, '/').length).split('/');
  return relative.some(name => skipped.has(name));
}

/** How a file that appeared or changed relates to the sources; undefined when it belongs to none. */
export function originOf(uri: vscode.Uri, specs: readonly SourceSpec[]): FileOrigin | undefined {
  const key = uri.toString();
  const under = (base: vscode.Uri) => key.startsWith(base.toString().replace(/\/?$/, '/'));
  let origin: FileOrigin | undefined;
  for (const spec of specs) {
    if (spec.kind === 'path' && key === spec.uri.toString()) return 'named';
    if (spec.kind === 'path' && under(spec.uri) && isDumpName(uri.path)) origin = 'scanned';
    if (spec.kind === 'glob' && under(spec.base)) origin = 'scanned';
    if (spec.kind === 'workspace' && under(spec.folder.uri) && isDumpName(uri.path) && !inSkippedFolder(uri, spec.folder.uri)) origin ??= 'workspace';
  }
  return origin;
}
