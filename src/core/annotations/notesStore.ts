// The annotations kept in memory and in the notes file, independent of how the file is reached (VS Code's
// file system in the extension, Node's fs in tests and benchmarks).
//
// Writes are atomic: the new text goes to a temporary file that then replaces the notes file, so a crash
// leaves the old or the new content, never a truncated one. Before each write the file is read again and
// merged (notesFile.ts), so changes made meanwhile by another window or by git are not overwritten. A file
// that cannot be read as notes is moved aside, never overwritten.
import type { Annotation } from '../model';
import {
  NOTES_FILE_VERSION, NotesFormatError, canonicalAnnotation, emptyNotes, mergeNotes, parseNotes, pruneTombstones, sameNotes, serializeNotes,
  sortAnnotations, type NotesDocument,
} from './notesFile';

/** The notes file and the few operations the store needs on it. */
export interface NotesFileAccess {
  /** For messages: a path or URI. */
  readonly name: string;
  /** The file's bytes, or undefined when it does not exist. */
  read(): Promise<Uint8Array | undefined>;
  /** Writes `data` to a temporary file next to the notes file (creating folders as needed). */
  writeTemp(data: Uint8Array): Promise<void>;
  /** Replaces the notes file with the temporary file written last. */
  commitTemp(): Promise<void>;
  /** Removes the temporary file after a failed write (best effort). */
  discardTemp(): Promise<void>;
  /** Renames the notes file to its name + `suffix`; returns the new name. */
  moveAside(suffix: string): Promise<string>;
}

/** Problems the user should hear about; the caller words them (and translates them). */
export type NotesWarning =
  | { kind: 'corrupt'; file: string; movedTo: string; reason: string }
  | { kind: 'newerVersion'; file: string; version: number };

export interface NotesStoreOptions {
  now?: () => Date;
  newId?: () => string;
  warn?: (warning: NotesWarning) => void;
}

/** Thrown by changes while the file is from a newer format version, which this version must not rewrite. */
export class NotesReadOnlyError extends Error {
  constructor(readonly file: string, readonly version: number) {
    super(`The notes file ${file} is in format ${version}, newer than this version of the extension understands; it is not changed.`);
  }
}

/** What a caller supplies; the store adds id and timestamps. (Omit<> would lose the keys: Annotation has an index signature.) */
export type NewAnnotation = Pick<Annotation, 'url' | 'quote' | 'prefix' | 'suffix' | 'start' | 'end' | 'color'> &
  Partial<Pick<Annotation, 'note' | 'codeIndex'>>;
export type AnnotationChange = Partial<Pick<Annotation, 'color' | 'note'>>;

export class NotesStore {
  private doc: NotesDocument = emptyNotes();
  /** The text last read from or written to the file: tells our own writes apart from changes by others. */
  private lastText: string | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly warn: (warning: NotesWarning) => void;
  private readonly listeners = new Set<() => void>();
  /** Set when the file was written by a newer version: it is then read but never written. */
  private readOnlyReason: NotesReadOnlyError | undefined;

  constructor(private readonly file: NotesFileAccess, options: NotesStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    this.warn = options.warn ?? (() => {});
  }

  get fileName(): string {
    return this.file.name;
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== undefined;
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  all(): readonly Annotation[] {
    return this.doc.annotations;
  }

  forArticle(url: string): readonly Annotation[] {
    return this.doc.annotations.filter(a => a.url === url);
  }

  get(id: string): Annotation | undefined {
    return this.doc.annotations.find(a => a.id === id);
  }

  /** A copy of the whole document, as it would be written (for a JSON backup). */
  snapshot(): NotesDocument {
    return structuredClone(this.doc);
  }

  /** Reads the file (first load, or after it changed on disk). Resolves once the notes are current. */
  load(): Promise<void> {
    return this.serialized(async () => {
      const disk = await this.readDisk();
      if (disk.kind === 'unchanged') return;
      if (disk.kind === 'corrupt') {
        // Keep what we had in memory and write it back in place of the file that was moved aside.
        if (!isEmpty(this.doc)) await this.write(serializeNotes(this.doc));
        return;
      }
      if (isEmpty(this.doc)) {
        this.replace(disk.doc);
        return;
      }
      const merged = mergeNotes(this.doc, disk.doc);
      // Rewrite only when this window knew something the file lacks, never merely to reformat it.
      if (disk.text !== undefined && !sameNotes(merged, disk.doc)) await this.write(serializeNotes(merged));
      this.replace(merged);
    });
  }

  add(fields: NewAnnotation): Promise<Annotation> {
    return this.change(doc => {
      const time = this.now().toISOString();
      const annotation = canonicalAnnotation({ ...fields, id: this.newId(), created: time, updated: time });
      doc.annotations.push(annotation);
      return annotation;
    });
  }

  update(id: string, change: AnnotationChange): Promise<void> {
    return this.change(doc => {
      const index = doc.annotations.findIndex(a => a.id === id);
      if (index === -1) throw new Error(`No annotation with id ${id}.`);
      const next: Annotation = { ...doc.annotations[index], updated: this.later(doc.annotations[index].updated) };
      if (change.color !== undefined) next.color = change.color;
      if ('note' in change) {
        if (change.note) next.note = change.note;
        else delete next.note;
      }
      doc.annotations[index] = canonicalAnnotation(next);
    });
  }

  remove(id: string): Promise<void> {
    return this.change(doc => {
      const index = doc.annotations.findIndex(a => a.id === id);
      if (index === -1) return;
      doc.deleted[id] = this.later(doc.annotations[index].updated);
      doc.annotations.splice(index, 1);
    });
  }

  /**
   * Merges a backup. An explicit import brings back what the backup holds even when it was deleted here since:
   * restored annotations get a fresh `updated` so that every other copy accepts them too.
   */
  import(backup: NotesDocument): Promise<{ added: number; updated: number }> {
    return this.change(doc => {
      const time = this.now().toISOString();
      const current = new Map(doc.annotations.map(a => [a.id, a]));
      let added = 0;
      let updated = 0;
      const incoming: Annotation[] = [];
      for (const annotation of backup.annotations) {
        const mine = current.get(annotation.id);
        if (!mine) {
          added++;
          incoming.push({ ...annotation, updated: annotation.id in doc.deleted ? time : annotation.updated });
          delete doc.deleted[annotation.id];
        } else if (annotation.updated > mine.updated) {
          updated++;
          incoming.push(annotation);
        }
      }
      const merged = mergeNotes(doc, { ...emptyNotes(), annotations: incoming, extra: {}, unreadable: backup.unreadable });
      Object.assign(doc, merged);
      return { added, updated };
    });
  }

  /** Applies `edit` to the current notes (re-read from disk first) and writes the result. */
  private change<T>(edit: (doc: NotesDocument) => T): Promise<T> {
    return this.serialized(async () => {
      if (this.readOnlyReason) throw this.readOnlyReason;
      const disk = await this.readDisk();
      const base = disk.kind === 'read' ? mergeNotes(this.doc, disk.doc) : this.doc;
      // Edits replace annotation objects instead of changing them, so a shallow copy keeps `this.doc` intact
      // until the write has succeeded.
      const doc: NotesDocument = { ...base, annotations: [...base.annotations], deleted: { ...base.deleted } };
      const result = edit(doc);
      const next = pruneTombstones({ ...doc, annotations: sortAnnotations(doc.annotations) }, this.now());
      await this.write(serializeNotes(next));
      this.replace(next);
      return result;
    });
  }

  private async readDisk(): Promise<
    | { kind: 'read'; doc: NotesDocument; text: string | undefined }
    | { kind: 'unchanged' }
    | { kind: 'corrupt' }
  > {
    const bytes = await this.file.read();
    if (bytes === undefined) return { kind: 'read', doc: emptyNotes(), text: undefined };
    const text = new TextDecoder().decode(bytes);
    if (text === this.lastText) return { kind: 'unchanged' };
    try {
      const doc = parseNotes(text);
      this.lastText = text;
      this.checkVersion(doc);
      return { kind: 'read', doc, text };
    } catch (error) {
      if (!(error instanceof NotesFormatError)) throw error;
      const stamp = this.now().toISOString().replace(/[:.]/g, '-');
      const aside = await this.file.moveAside(`.corrupt-${stamp}`);
      this.lastText = undefined;
      this.warn({ kind: 'corrupt', file: this.file.name, movedTo: aside, reason: error.message });
      return { kind: 'corrupt' };
    }
  }

  private checkVersion(doc: NotesDocument): void {
    if (doc.version > NOTES_FILE_VERSION && !this.readOnlyReason) {
      this.readOnlyReason = new NotesReadOnlyError(this.file.name, doc.version);
      this.warn({ kind: 'newerVersion', file: this.file.name, version: doc.version });
    }
  }

  private async write(text: string): Promise<void> {
    if (this.readOnlyReason) return;
    try {
      await this.file.writeTemp(new TextEncoder().encode(text));
      await this.file.commitTemp();
    } catch (error) {
      await this.file.discardTemp().catch(() => undefined);
      throw error;
    }
    this.lastText = text;
  }

  private replace(doc: NotesDocument): void {
    const changed = !sameNotes(doc, this.doc);
    this.doc = doc;
    if (changed) for (const listener of this.listeners) listener();
  }

  /** A timestamp after `previous`, even when the clock says otherwise (two edits within one millisecond). */
  private later(previous: string): string {
    const now = this.now();
    const after = new Date(Date.parse(previous) + 1);
    return (Number.isNaN(after.getTime()) || now > after ? now : after).toISOString();
  }

  /** Runs file operations one at a time, in call order. */
  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function isEmpty(doc: NotesDocument): boolean {
  return !doc.annotations.length && !Object.keys(doc.deleted).length && !Object.keys(doc.extra).length && !doc.unreadable.length;
}
