import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeNotesFile } from '../../src/core/annotations/nodeNotesFile';
import {
  NOTES_FILE_VERSION, emptyNotes, mergeNotes, parseNotes, serializeNotes,
} from '../../src/core/annotations/notesFile';
import {
  NotesReadOnlyError, NotesStore, type NewAnnotation, type NotesWarning,
} from '../../src/core/annotations/notesStore';

const URL_A = 'https://example.com/a';
const URL_B = 'https://example.com/b';

function highlight(quote: string, url = URL_A, extra: Partial<NewAnnotation> = {}): NewAnnotation {
  return { url, quote, prefix: 'before ', suffix: ' after', start: 7, end: 7 + quote.length, color: 'yellow', ...extra };
}

/** A clock the test moves by hand, so "newest wins" does not depend on timing. */
function clock(startIso = '2026-11-01T10:00:00.000Z') {
  let now = Date.parse(startIso);
  return { now: () => new Date(now), tick: (ms = 1000) => { now += ms; } };
}

let counter = 0;
function ids(prefix: string) {
  return () => `${prefix}-${++counter}`;
}

describe('annotation store', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'notes-'));
    path = join(dir, '.vscode', 'tech-articles-notes.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function open(options: { time?: ReturnType<typeof clock>; id?: string; warnings?: NotesWarning[] } = {}) {
    const time = options.time ?? clock();
    return new NotesStore(new NodeNotesFile(path), {
      now: time.now, newId: ids(options.id ?? 'n'), warn: w => options.warnings?.push(w),
    });
  }

  describe('saving and loading', () => {
    it('creates no file until the first annotation', async () => {
      const store = open();
      await store.load();
      assert.equal(existsSync(path), false);
      assert.deepEqual(store.all(), []);
    });

    it('writes readable JSON with a schema version, and a new store reads the same notes back', async () => {
      const store = open();
      await store.load();
      const added = await store.add(highlight('Iceberg tables', URL_A, { note: 'Check **compaction**', color: 'green' }));
      const text = readFileSync(path, 'utf8');
      assert.match(text, /^\{\n {2}"version": 1,\n {2}"annotations": \[\n/);
      assert.ok(text.endsWith('\n'));

      const reopened = open();
      await reopened.load();
      assert.deepEqual(reopened.all(), [added]);
      assert.equal(reopened.get(added.id)?.note, 'Check **compaction**');
    });

    it('updates colour and note, and removes', async () => {
      const time = clock();
      const store = open({ time });
      const a = await store.add(highlight('one'));
      const b = await store.add(highlight('two', URL_B));
      time.tick();
      await store.update(a.id, { color: 'pink', note: 'n' });
      assert.equal(store.get(a.id)?.color, 'pink');
      assert.ok(store.get(a.id)!.updated > a.updated);
      await store.update(a.id, { note: '' });
      assert.equal('note' in store.get(a.id)!, false);
      await store.remove(b.id);
      assert.deepEqual(store.all().map(x => x.id), [a.id]);
      assert.deepEqual(store.forArticle(URL_B), []);
      const onDisk = parseNotes(readFileSync(path, 'utf8'));
      assert.deepEqual(onDisk.annotations.map(x => x.id), [a.id]);
      assert.ok(b.id in onDisk.deleted, 'deletion recorded as a tombstone');
    });

    it('reports updating an unknown id', async () => {
      const store = open();
      await assert.rejects(store.update('missing', { color: 'blue' }), /No annotation with id missing/);
    });

    it('notifies listeners on changes only', async () => {
      const store = open();
      let events = 0;
      store.onDidChange(() => events++);
      await store.load();
      assert.equal(events, 0);
      await store.add(highlight('x'));
      assert.equal(events, 1);
      await store.load();
      assert.equal(events, 1, 're-reading our own write is not a change');
    });
  });

  describe('crash safety', () => {
    /** A file whose rename fails: the process "dies" between writing the temporary file and replacing. */
    class CrashingFile extends NodeNotesFile {
      crash = false;
      override async commitTemp(): Promise<void> {
        if (this.crash) throw new Error('simulated crash before rename');
        return super.commitTemp();
      }
    }

    it('leaves the old content when a write dies before the rename', async () => {
      const file = new CrashingFile(path);
      const store = new NotesStore(file, { newId: ids('c') });
      const kept = await store.add(highlight('kept'));
      const before = readFileSync(path, 'utf8');

      file.crash = true;
      await assert.rejects(store.add(highlight('lost in the crash')), /simulated crash/);
      assert.equal(readFileSync(path, 'utf8'), before, 'the notes file is untouched');
      assert.equal(existsSync(file.tempPath), false, 'the temporary file is cleaned up');
      assert.deepEqual(store.all().map(a => a.id), [kept.id], 'memory matches the file');

      const reopened = new NotesStore(new NodeNotesFile(path));
      await reopened.load();
      assert.deepEqual(reopened.all().map(a => a.quote), ['kept']);
    });

    it('never leaves an empty notes file when the first write dies', async () => {
      const file = new CrashingFile(path);
      file.crash = true;
      const store = new NotesStore(file);
      await assert.rejects(store.add(highlight('first')));
      assert.equal(existsSync(path), false);
    });

    it('replaces the file whole: a reader sees the old or the new text, never a prefix of it', async () => {
      const store = open();
      for (let i = 0; i < 20; i++) await store.add(highlight(`quote ${i} `.repeat(50)));
      const texts = new Set<string>();
      const writes = (async () => { for (let i = 0; i < 20; i++) await store.add(highlight(`more ${i}`)); })();
      let done = false;
      void writes.then(() => { done = true; });
      while (!done) {
        const text = readFileSync(path, 'utf8');
        texts.add(text);
        parseNotes(text); // throws on a partial file
        await new Promise(resolve => setImmediate(resolve));
      }
      assert.ok(texts.size >= 1);
    });
  });

  describe('corrupted file', () => {
    it('moves it aside with a warning, keeps it byte for byte, and starts empty', async () => {
      mkdirFor(path);
      writeFileSync(path, '{ "version": 1, "annotations": [ {"id": "x", ');
      const warnings: NotesWarning[] = [];
      const store = open({ warnings });
      await store.load();
      assert.equal(existsSync(path), false, 'not overwritten in place');
      const aside = readdirSync(join(dir, '.vscode')).filter(n => n.startsWith('tech-articles-notes.json.corrupt-'));
      assert.equal(aside.length, 1);
      assert.equal(readFileSync(join(dir, '.vscode', aside[0]), 'utf8'), '{ "version": 1, "annotations": [ {"id": "x", ');
      assert.equal(warnings.length, 1);
      assert.equal(warnings[0].kind, 'corrupt');
      assert.ok(warnings[0].kind === 'corrupt' && warnings[0].movedTo.endsWith('.json.corrupt-2026-11-01T10-00-00-000Z'));
      assert.deepEqual(store.all(), []);

      await store.add(highlight('after the corruption'));
      assert.equal(parseNotes(readFileSync(path, 'utf8')).annotations.length, 1);
    });

    it('keeps the notes of a running window when the file is corrupted under it (e.g. a git conflict)', async () => {
      const warnings: NotesWarning[] = [];
      const store = open({ warnings });
      const a = await store.add(highlight('precious'));
      writeFileSync(path, '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> branch\n');
      await store.load();
      assert.equal(warnings.length, 1);
      assert.deepEqual(store.all().map(x => x.id), [a.id]);
      assert.deepEqual(parseNotes(readFileSync(path, 'utf8')).annotations.map(x => x.id), [a.id], 'rewritten from memory');
      const aside = readdirSync(join(dir, '.vscode')).filter(n => n.includes('.corrupt-'));
      assert.match(readFileSync(join(dir, '.vscode', aside[0]), 'utf8'), /<<<<<<< HEAD/);
    });

    it('treats a JSON file of the wrong shape as corrupted too', async () => {
      mkdirFor(path);
      writeFileSync(path, '{"annotations": {"not": "an array"}}');
      const warnings: NotesWarning[] = [];
      const store = open({ warnings });
      await store.load();
      assert.ok(warnings[0].kind === 'corrupt' && /"annotations" is not an array/.test(warnings[0].reason));
    });
  });

  describe('two writers (two windows, or git) on one file', () => {
    it('merges additions from both', async () => {
      const time = clock();
      const one = open({ time, id: 'one' });
      const two = open({ time, id: 'two' });
      await one.load();
      await two.load();
      await one.add(highlight('from window one'));
      time.tick();
      await two.add(highlight('from window two', URL_B)); // reads window one's write before writing
      await one.load(); // the file watcher fires in window one
      const quotes = (s: NotesStore) => s.all().map(a => a.quote).sort();
      assert.deepEqual(quotes(one), ['from window one', 'from window two']);
      assert.deepEqual(quotes(two), ['from window one', 'from window two']);
    });

    it('propagates a deletion instead of resurrecting the note', async () => {
      const time = clock();
      const one = open({ time, id: 'one' });
      const a = await one.add(highlight('doomed'));
      const two = open({ time, id: 'two' });
      await two.load();
      time.tick();
      await one.remove(a.id);
      time.tick();
      await two.add(highlight('unrelated')); // window two still had "doomed" in memory
      assert.deepEqual(two.all().map(x => x.quote), ['unrelated']);
      await one.load();
      assert.deepEqual(one.all().map(x => x.quote), ['unrelated']);
    });

    it('lets the newest edit of the same note win', async () => {
      const time = clock();
      const one = open({ time, id: 'one' });
      const a = await one.add(highlight('shared'));
      const two = open({ time, id: 'two' });
      await two.load();
      time.tick();
      await one.update(a.id, { note: 'older' });
      time.tick();
      // Window two has not seen "older" in memory, but re-reads the file before it writes.
      await two.update(a.id, { color: 'blue' });
      assert.equal(two.get(a.id)?.note, 'older');
      assert.equal(two.get(a.id)?.color, 'blue');
    });

    it('keeps an edit made after a deletion elsewhere (the later intent wins)', () => {
      const base = emptyNotes();
      const annotation = {
        id: 'x', url: URL_A, quote: 'q', prefix: '', suffix: '', start: 0, end: 1, color: 'yellow' as const,
        created: '2026-01-01T00:00:00.000Z', updated: '2026-01-03T00:00:00.000Z',
      };
      const deleted = { ...base, deleted: { x: '2026-01-02T00:00:00.000Z' } };
      const edited = { ...base, annotations: [annotation] };
      assert.deepEqual(mergeNotes(deleted, edited).annotations.map(a => a.id), ['x']);
      const deletedLater = { ...base, deleted: { x: '2026-01-04T00:00:00.000Z' } };
      assert.deepEqual(mergeNotes(edited, deletedLater).annotations, []);
    });

    it('merges to the same file whichever copy comes first', () => {
      const a = parseNotes(JSON.stringify({ version: 1, annotations: [
        { id: '1', url: URL_A, quote: 'a', created: '2026-01-01T00:00:00Z', updated: '2026-01-02T00:00:00Z', note: 'mine' },
        { id: '2', url: URL_B, quote: 'b', created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z' },
      ], deleted: { 3: '2026-01-05T00:00:00Z' } }));
      const b = parseNotes(JSON.stringify({ version: 1, annotations: [
        { id: '1', url: URL_A, quote: 'a', created: '2026-01-01T00:00:00Z', updated: '2026-01-02T00:00:00Z', note: 'theirs' },
        { id: '3', url: URL_A, quote: 'c', created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z' },
      ] }));
      assert.equal(serializeNotes(mergeNotes(a, b)), serializeNotes(mergeNotes(b, a)));
      assert.deepEqual(mergeNotes(a, b).annotations.map(x => x.id), ['1', '2']);
    });
  });

  describe('compatibility', () => {
    it('keeps unknown fields at file level and per annotation, and entries it cannot read', async () => {
      mkdirFor(path);
      writeFileSync(path, JSON.stringify({
        version: 1,
        team: { owner: 'docs' },
        annotations: [
          { id: 'x', url: URL_A, quote: 'q', prefix: '', suffix: '', start: 0, end: 1, color: 'yellow',
            created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', tags: ['later'] },
          { kind: 'bookmark', url: URL_A },
        ],
      }));
      const store = open();
      await store.load();
      await store.add(highlight('new'));
      const saved = JSON.parse(readFileSync(path, 'utf8'));
      assert.deepEqual(saved.team, { owner: 'docs' });
      assert.deepEqual(saved.annotations.find((a: { id?: string }) => a.id === 'x').tags, ['later']);
      assert.ok(saved.annotations.some((a: { kind?: string }) => a.kind === 'bookmark'));
    });

    it('does not reformat a hand-edited file merely by reading it', async () => {
      mkdirFor(path);
      const handWritten = '{"version":1,"annotations":[{"id":"x","url":"https://example.com/a","quote":"q"}]}';
      writeFileSync(path, handWritten);
      const store = open();
      await store.load();
      assert.equal(store.all().length, 1);
      assert.equal(readFileSync(path, 'utf8'), handWritten);
    });

    it('shows but never writes a file from a newer format version', async () => {
      mkdirFor(path);
      const newer = JSON.stringify({ version: NOTES_FILE_VERSION + 1, annotations: [{ id: 'x', url: URL_A, quote: 'q' }] });
      writeFileSync(path, newer);
      const warnings: NotesWarning[] = [];
      const store = open({ warnings });
      await store.load();
      assert.equal(store.all().length, 1);
      assert.deepEqual(warnings, [{ kind: 'newerVersion', file: path, version: NOTES_FILE_VERSION + 1 }]);
      assert.equal(store.readOnly, true);
      await assert.rejects(store.add(highlight('nope')), NotesReadOnlyError);
      assert.equal(readFileSync(path, 'utf8'), newer);
    });
  });

  describe('file format', () => {
    it('writes known keys first in a fixed order, unknown ones after, annotations by article and position', () => {
      const doc = parseNotes(JSON.stringify({
        extraTop: 1,
        annotations: [
          { zeta: true, updated: '2026-01-01T00:00:00.000Z', quote: 'b', url: URL_B, id: '2', start: 5 },
          { id: '1', url: URL_A, quote: 'a', start: 9, color: 'green', note: 'n' },
          { id: '0', url: URL_A, quote: 'c', start: 1 },
        ],
        version: 1,
      }));
      const text = serializeNotes(doc);
      const saved = JSON.parse(text);
      assert.deepEqual(Object.keys(saved), ['version', 'annotations', 'deleted', 'extraTop']);
      assert.deepEqual(saved.annotations.map((a: { id: string }) => a.id), ['0', '1', '2']);
      assert.deepEqual(Object.keys(saved.annotations[2]),
        ['id', 'url', 'quote', 'prefix', 'suffix', 'start', 'end', 'color', 'created', 'updated', 'zeta']);
      assert.equal(serializeNotes(parseNotes(text)), text, 'reading and writing again changes nothing');
    });

    it('reads an empty file as no notes, and rejects what is not a notes document', () => {
      assert.deepEqual(parseNotes('  \n').annotations, []);
      assert.throws(() => parseNotes('[]'), /top level is not a JSON object/);
      assert.throws(() => parseNotes('{"version": "one"}'), /"version" is not a positive integer/);
      assert.throws(() => parseNotes('{"deleted": []}'), /"deleted" is not an object/);
      assert.throws(() => parseNotes('{"annotations": [}'), /not valid JSON/);
    });

    it('fills defaults for missing optional fields and keeps an unknown colour as written', () => {
      const [a] = parseNotes('{"annotations": [{"id": "x", "url": "u", "quote": "abc", "color": "orange", "created": "2026-02-02T00:00:00.000Z"}]}').annotations;
      assert.equal(a.prefix, '');
      assert.equal(a.suffix, '');
      assert.deepEqual([a.start, a.end], [0, 3]);
      assert.equal(a.color, 'orange');
      assert.equal(a.updated, '2026-02-02T00:00:00.000Z');
    });
  });

  describe('import and tombstones', () => {
    it('imports a backup: adds what is missing, takes newer edits, brings back deleted notes', async () => {
      const time = clock();
      const store = open({ time });
      const keep = await store.add(highlight('keep'));
      const gone = await store.add(highlight('deleted by mistake'));
      const backup = store.snapshot();
      time.tick();
      await store.remove(gone.id);
      time.tick();
      const result = await store.import(backup);
      assert.deepEqual(result, { added: 1, updated: 0 });
      assert.deepEqual(store.all().map(a => a.id).sort(), [gone.id, keep.id].sort());
      assert.ok(!(gone.id in parseNotes(readFileSync(path, 'utf8')).deleted));
      // Importing the same backup again changes nothing.
      assert.deepEqual(await store.import(backup), { added: 0, updated: 0 });
    });

    it('forgets tombstones after 90 days', async () => {
      const time = clock();
      const store = open({ time });
      const a = await store.add(highlight('a'));
      await store.remove(a.id);
      assert.ok(a.id in parseNotes(readFileSync(path, 'utf8')).deleted);
      time.tick(91 * 86_400_000);
      await store.add(highlight('b'));
      assert.deepEqual(parseNotes(readFileSync(path, 'utf8')).deleted, {});
    });
  });
});

function mkdirFor(file: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
}
