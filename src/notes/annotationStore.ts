// The annotation store of the running extension: the core NotesStore on the notes file, kept in step with
// changes made by other windows or by git (file watcher), and moved when the setting or workspace trust changes.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Annotation } from '../core/model';
import type { NotesDocument } from '../core/annotations/notesFile';
import {
  NotesReadOnlyError, NotesStore, type AnnotationChange, type NewAnnotation, type NotesWarning,
} from '../core/annotations/notesStore';
import type { AnnotationStore } from '../services';
import { WorkspaceNotesFile } from './workspaceNotesFile';

export const DEFAULT_NOTES_FILE = '.vscode/tech-articles-notes.json';
const GLOBAL_NOTES_FILE = 'tech-articles-notes.json';
/** Editors and git write files in several steps; wait for the last one before re-reading. */
const WATCH_DELAY_MS = 150;

/**
 * Where notes live: the setting's path in the first workspace folder when the workspace is trusted, otherwise
 * (no folder, or untrusted: never write into a workspace we do not trust) the extension's global storage.
 */
export function notesFileUri(globalStorage: vscode.Uri): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || !vscode.workspace.isTrusted) return vscode.Uri.joinPath(globalStorage, GLOBAL_NOTES_FILE);
  const setting = vscode.workspace.getConfiguration('techArticles.notes', folder.uri).get<string>('file')?.trim();
  const relative = setting || DEFAULT_NOTES_FILE;
  if (path.isAbsolute(relative) && folder.uri.scheme === 'file') return vscode.Uri.file(relative);
  return vscode.Uri.joinPath(folder.uri, ...relative.split(/[\\/]+/).filter(Boolean));
}

export class WorkspaceAnnotationStore implements AnnotationStore, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private store!: NotesStore;
  private file!: WorkspaceNotesFile;
  private ready: Promise<void> = Promise.resolve();
  private perFile: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Set once the user has been told that this file cannot be read, so the watcher does not repeat it. */
  private unreadableFile: WorkspaceNotesFile | undefined;
  /** Warnings shown to the user in this session, oldest first (tests read them). */
  readonly warnings: NotesWarning[] = [];

  constructor(private readonly globalStorage: vscode.Uri, private readonly log: vscode.LogOutputChannel) {
    this.open();
    this.subscriptions.push(
      this.changed,
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('techArticles.notes.file')) this.reopenIfMoved();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reopenIfMoved()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reopenIfMoved()),
    );
  }

  /** The notes file in use. */
  get uri(): vscode.Uri {
    return this.file.uri;
  }

  /** The notes file for messages: a path, or a URI outside the local file system. */
  get fileName(): string {
    return this.file.name;
  }

  get readOnly(): boolean {
    return this.store.readOnly;
  }

  /** Resolves once the notes file has been read. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  all(): readonly Annotation[] {
    return this.store.all();
  }

  forArticle(url: string): readonly Annotation[] {
    return this.store.forArticle(url);
  }

  get(id: string): Annotation | undefined {
    return this.store.get(id);
  }

  add(annotation: NewAnnotation): Promise<Annotation> {
    return this.store.add(annotation);
  }

  update(id: string, change: AnnotationChange): Promise<void> {
    return this.store.update(id, change);
  }

  remove(id: string): Promise<void> {
    return this.store.remove(id);
  }

  snapshot(): NotesDocument {
    return this.store.snapshot();
  }

  import(backup: NotesDocument): Promise<{ added: number; updated: number }> {
    return this.store.import(backup);
  }

  /** Re-reads the file now (what the watcher does after a change); for tests and the "reload" case. */
  reload(): Promise<void> {
    const file = this.file;
    this.ready = this.store.load().catch(error => {
      this.log.error(`reading notes from ${file.name} failed`, error);
      if (this.unreadableFile === file) return;
      this.unreadableFile = file;
      void vscode.window.showWarningMessage(vscode.l10n.t('The notes file {0} could not be read: {1}',
        file.name, error instanceof Error ? error.message : String(error)));
    });
    return this.ready;
  }

  dispose(): void {
    vscode.Disposable.from(...this.perFile, ...this.subscriptions).dispose();
  }

  private open(): void {
    vscode.Disposable.from(...this.perFile).dispose();
    this.file = new WorkspaceNotesFile(notesFileUri(this.globalStorage));
    this.store = new NotesStore(this.file, { warn: warning => this.warn(warning) });
    const storeEvents = this.store.onDidChange(() => this.changed.fire());
    this.perFile = [{ dispose: () => storeEvents.dispose() }, this.watch(this.file.uri)];
    this.log.info(`notes file: ${this.file.name}`);
    void this.reload().then(() => this.changed.fire());
  }

  private reopenIfMoved(): void {
    if (notesFileUri(this.globalStorage).toString() !== this.file.uri.toString()) this.open();
  }

  private watch(uri: vscode.Uri): vscode.Disposable {
    const folder = vscode.Uri.joinPath(uri, '..');
    let timer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;
    let watching: vscode.Disposable | undefined;
    const changed = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.reload(), WATCH_DELAY_MS);
    };
    const start = (): void => {
      if (disposed) return;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, path.posix.basename(uri.path)));
      watching = vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
    };
    // Outside the workspace only an existing folder can be watched; global storage may not exist yet. (A
    // workspace's .vscode is covered by the workspace watcher, and is not created just to watch it.)
    if (uri.toString().startsWith(this.globalStorage.toString())) {
      void vscode.workspace.fs.createDirectory(folder).then(start, start);
    } else {
      start();
    }
    return {
      dispose: () => {
        disposed = true;
        clearTimeout(timer);
        watching?.dispose();
      },
    };
  }

  private warn(warning: NotesWarning): void {
    this.warnings.push(warning);
    if (warning.kind === 'corrupt') {
      this.log.warn(`notes file ${warning.file} unreadable (${warning.reason}); moved to ${warning.movedTo}`);
      void vscode.window.showWarningMessage(vscode.l10n.t(
        'The notes file {0} could not be read ({1}). It was moved to {2}; no notes in this window were lost.',
        warning.file, warning.reason, warning.movedTo));
    } else {
      this.log.warn(`notes file ${warning.file} has format ${warning.version}: read-only`);
      void vscode.window.showWarningMessage(vscode.l10n.t(
        'The notes file {0} was written by a newer version of Tech Articles. Notes are shown but cannot be changed until you update the extension.',
        warning.file));
    }
  }
}

/** A sentence for the user about a failed change to the notes. */
export function describeStoreError(error: unknown): string {
  if (error instanceof NotesReadOnlyError) {
    return vscode.l10n.t('The notes file {0} was written by a newer version of Tech Articles and cannot be changed. Update the extension to edit notes.', error.file);
  }
  return vscode.l10n.t('The notes could not be saved: {0}', error instanceof Error ? error.message : String(error));
}
