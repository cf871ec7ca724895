// The notes file: a human-readable JSON document meant to be committed and merged by people and by git.
//
// Deletions are tracked with tombstones (`deleted`: id → time of deletion) rather than by diffing against
// the last state this window wrote: a tombstone survives any number of windows, branches and backups, so a
// note deleted in one place is not brought back by another copy that still has it. The newest event per id
// wins (an annotation's `updated` against its tombstone's time). Tombstones older than TOMBSTONE_DAYS are
// dropped to keep the file small.
//
// Everything this version does not know — top-level fields, fields of an annotation, entries that are not
// annotations at all — is kept and written back unchanged.
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../model';

export const NOTES_FILE_VERSION = 1;
export const TOMBSTONE_DAYS = 90;

export interface NotesDocument {
  version: number;
  annotations: Annotation[];
  /** Deleted annotation id → ISO time of deletion. */
  deleted: Record<string, string>;
  /** Top-level fields written by other versions, in file order. */
  extra: Record<string, unknown>;
  /** Entries of `annotations` that are not readable annotations; written back as they were. */
  unreadable: unknown[];
}

export class NotesFormatError extends Error {}

const EPOCH = new Date(0).toISOString();
const KNOWN_TOP_LEVEL = new Set(['version', 'annotations', 'deleted']);
const ANNOTATION_KEY_ORDER = [
  'id', 'url', 'quote', 'prefix', 'suffix', 'start', 'end', 'color', 'note', 'codeIndex', 'created', 'updated',
];
const ANNOTATION_KEYS = new Set(ANNOTATION_KEY_ORDER);

export function emptyNotes(): NotesDocument {
  return { version: NOTES_FILE_VERSION, annotations: [], deleted: {}, extra: {}, unreadable: [] };
}

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}

/** Reads a notes file's text. Throws NotesFormatError when it is not a notes document. */
export function parseNotes(text: string): NotesDocument {
  if (text.trim() === '') return emptyNotes();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new NotesFormatError(`not valid JSON: ${(error as Error).message}`);
  }
  if (!isPlainObject(data)) throw new NotesFormatError('the top level is not a JSON object');
  const version = data.version ?? NOTES_FILE_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new NotesFormatError(`"version" is not a positive integer`);
  }
  const entries = data.annotations ?? [];
  if (!Array.isArray(entries)) throw new NotesFormatError(`"annotations" is not an array`);
  const deletedField = data.deleted ?? {};
  if (!isPlainObject(deletedField)) throw new NotesFormatError(`"deleted" is not an object`);

  const doc = emptyNotes();
  doc.version = version;
  for (const entry of entries) {
    const annotation = readAnnotation(entry);
    if (annotation) doc.annotations.push(annotation);
    else doc.unreadable.push(entry);
  }
  for (const [id, time] of Object.entries(deletedField)) {
    if (typeof time === 'string') doc.deleted[id] = time;
  }
  for (const [key, value] of Object.entries(data)) {
    if (!KNOWN_TOP_LEVEL.has(key)) doc.extra[key] = value;
  }
  return doc;
}

/**
 * The file's text. Deterministic: the same notes always give the same bytes (annotations ordered by article,
 * position and creation; known keys first), so that git diffs stay small and merges rarely conflict.
 */
export function serializeNotes(doc: NotesDocument): string {
  const ordered: Record<string, unknown> = { version: doc.version };
  const annotations = isSorted(doc.annotations) ? doc.annotations : sortAnnotations(doc.annotations);
  ordered.annotations = [...annotations.map(canonicalAnnotation), ...doc.unreadable];
  ordered.deleted = Object.fromEntries(Object.entries(doc.deleted).sort(([a], [b]) => compare(a, b)));
  for (const [key, value] of Object.entries(doc.extra)) ordered[key] = value;
  return JSON.stringify(ordered, null, 2) + '\n';
}

export function sortAnnotations(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort(fileOrder);
}

function fileOrder(a: Annotation, b: Annotation): number {
  return compare(a.url, b.url) || a.start - b.start || a.end - b.end || compare(a.created, b.created) || compare(a.id, b.id);
}

function isSorted(annotations: readonly Annotation[]): boolean {
  for (let i = 1; i < annotations.length; i++) if (fileOrder(annotations[i - 1], annotations[i]) > 0) return false;
  return true;
}

/**
 * Combines copies of the notes: per id the newest change wins (ties broken by content, so the result does not
 * depend on argument order); a tombstone newer than or as new as an annotation's last change removes it.
 * Top-level unknown fields of later documents override earlier ones.
 */
export function mergeNotes(...docs: NotesDocument[]): NotesDocument {
  const merged = emptyNotes();
  const byId = new Map<string, Annotation>();
  const unreadable = new Map<string, unknown>();
  for (const doc of docs) {
    merged.version = Math.max(merged.version, doc.version);
    Object.assign(merged.extra, doc.extra);
    for (const entry of doc.unreadable) unreadable.set(JSON.stringify(entry), entry);
    for (const [id, time] of Object.entries(doc.deleted)) {
      if (!(id in merged.deleted) || compare(time, merged.deleted[id]) > 0) merged.deleted[id] = time;
    }
    for (const annotation of doc.annotations) {
      const current = byId.get(annotation.id);
      if (!current || isNewer(annotation, current)) byId.set(annotation.id, annotation);
    }
  }
  for (const annotation of byId.values()) {
    const deletedAt = merged.deleted[annotation.id];
    if (deletedAt === undefined) merged.annotations.push(annotation);
    else if (compare(annotation.updated, deletedAt) > 0) {
      // Edited after someone deleted it elsewhere: the edit is the newer intent.
      delete merged.deleted[annotation.id];
      merged.annotations.push(annotation);
    }
  }
  merged.annotations = sortAnnotations(merged.annotations);
  merged.unreadable = [...unreadable.values()];
  return merged;
}

/** Whether two documents hold the same notes (order and formatting aside). Cheaper than serialising both. */
export function sameNotes(a: NotesDocument, b: NotesDocument): boolean {
  if (a === b) return true;
  if (a.version !== b.version || a.annotations.length !== b.annotations.length) return false;
  const deletedA = Object.entries(a.deleted);
  if (deletedA.length !== Object.keys(b.deleted).length || deletedA.some(([id, time]) => b.deleted[id] !== time)) return false;
  if (JSON.stringify(a.extra) !== JSON.stringify(b.extra) || JSON.stringify(a.unreadable) !== JSON.stringify(b.unreadable)) {
    return false;
  }
  const byId = new Map(b.annotations.map(annotation => [annotation.id, annotation]));
  return a.annotations.every(annotation => {
    const other = byId.get(annotation.id);
    return other !== undefined && (other === annotation || sameKnownFields(annotation, other));
  });
}

/** Drops tombstones older than `days` days before `now`. */
export function pruneTombstones(doc: NotesDocument, now: Date, days = TOMBSTONE_DAYS): NotesDocument {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const deleted = Object.fromEntries(Object.entries(doc.deleted).filter(([, time]) => compare(time, cutoff) >= 0));
  return { ...doc, deleted };
}

function isNewer(candidate: Annotation, current: Annotation): boolean {
  const byTime = compare(candidate.updated, current.updated);
  if (byTime !== 0) return byTime > 0;
  if (candidate === current || sameKnownFields(candidate, current)) return false;
  return compare(JSON.stringify(orderAnnotationKeys(candidate)), JSON.stringify(orderAnnotationKeys(current))) > 0;
}

function readAnnotation(entry: unknown): Annotation | undefined {
  if (!isPlainObject(entry)) return undefined;
  const { id, url, quote } = entry;
  if (typeof id !== 'string' || !id || typeof url !== 'string' || !url || typeof quote !== 'string') return undefined;
  const created = typeof entry.created === 'string' ? entry.created : EPOCH;
  const start = typeof entry.start === 'number' && entry.start >= 0 ? entry.start : 0;
  // Built in the canonical key order (known keys, then the unknown ones), which serializeNotes relies on.
  const annotation: Annotation = {
    id,
    url,
    quote,
    prefix: typeof entry.prefix === 'string' ? entry.prefix : '',
    suffix: typeof entry.suffix === 'string' ? entry.suffix : '',
    start,
    end: typeof entry.end === 'number' && entry.end >= start ? entry.end : start + quote.length,
    // A colour this version does not know (written by a newer one) is kept as it is; views fall back to yellow.
    color: (typeof entry.color === 'string' ? entry.color : 'yellow') as HighlightColor,
    created,
    updated: typeof entry.updated === 'string' ? entry.updated : created,
  };
  if (typeof entry.note === 'string') annotation.note = entry.note;
  if (typeof entry.codeIndex === 'number') annotation.codeIndex = entry.codeIndex;
  const ordered = canonicalAnnotation(annotation);
  for (const key in entry) if (!ANNOTATION_KEYS.has(key)) ordered[key] = entry[key];
  return ordered;
}

/** The annotation with its keys in file order: known keys in a fixed order, then the others as they came. */
export function canonicalAnnotation(annotation: Annotation): Annotation {
  return isCanonical(annotation) ? annotation : orderAnnotationKeys(annotation) as Annotation;
}

function isCanonical(annotation: Annotation): boolean {
  let known = 0;
  let sawUnknown = false;
  for (const key in annotation) {
    if (!ANNOTATION_KEYS.has(key)) {
      sawUnknown = true;
      continue;
    }
    if (sawUnknown) return false;
    while (known < ANNOTATION_KEY_ORDER.length && ANNOTATION_KEY_ORDER[known] !== key) known++;
    if (known === ANNOTATION_KEY_ORDER.length) return false;
    known++;
  }
  return true;
}

/** Cheap check for the usual tie: the same annotation read from two copies of the file. */
function sameKnownFields(a: Annotation, b: Annotation): boolean {
  for (const key of ANNOTATION_KEY_ORDER) if (a[key] !== b[key]) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every(key => key in b && (ANNOTATION_KEYS.has(key) || JSON.stringify(a[key]) === JSON.stringify(b[key])));
}

function orderAnnotationKeys(annotation: Annotation): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of ANNOTATION_KEY_ORDER) if (annotation[key] !== undefined) ordered[key] = annotation[key];
  for (const key in annotation) if (!ANNOTATION_KEYS.has(key)) ordered[key] = annotation[key];
  return ordered;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ordinal comparison: locale-independent, so every machine writes the same file. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
