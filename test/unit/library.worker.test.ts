// The parse worker (dist/parseWorker.js, built by `npm run build`) through the library's client, in plain Node:
// the same result as parsing on this thread, the outcomes for unusable files, cancellation, a missing script;
// headlines before bodies, a post asked for first, and the saved headline pass.
import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ArticleSummary } from '../../src/core/model';
import { parseText } from '../../src/core/parse';
import { ParseWorkerClient } from '../../src/library/parseWorkerClient';
import { corpusDir, repoRoot } from '../harness/paths';

const script = path.join(repoRoot, 'dist', 'parseWorker.js');
const bytesOf = (text: string) => new TextEncoder().encode(text);
const post = (n: number) => `Title ${n}\n\nPost Syndicated from Author ${n} original https://worker.test/${n}\n\n${'Some body text. '.repeat(400)}\n\n`;

describe('library: parse worker', function () {
  this.timeout(60_000);
  let client: ParseWorkerClient;

  before(function () {
    if (!fs.existsSync(script)) throw new Error(`${script} is missing: run npm run build first`);
    client = new ParseWorkerClient(script);
  });

  after(() => client?.dispose());

  it('parses every corpus file exactly as parseText does on this thread', async () => {
    const names = fs.readdirSync(corpusDir).filter(n => n.endsWith('.txt')).sort();
    assert.ok(names.length >= 5);
    for (const name of names) {
      const bytes = new Uint8Array(fs.readFileSync(path.join(corpusDir, name)));
      const expected = parseText(new TextDecoder().decode(bytes), name, { topics: { Custom: ['iceberg'] } });
      const { outcome, parsed } = await client.parse(bytes, name, { Custom: ['iceberg'] }, () => false);
      assert.equal(outcome.kind, 'parsed', name);
      assert.deepEqual(parsed, { ...expected, encoding: 'utf-8' }, name);
    }
  });

  it('sends a large file back in several batches and keeps all posts in order', async () => {
    const text = Array.from({ length: 120 }, (_, n) => post(n)).join('');
    const { parsed } = await client.parse(bytesOf(text), 'big.txt', {}, () => false);
    assert.equal(parsed?.posts.length, 120);
    assert.deepEqual(parsed?.posts.map(p => p.url), Array.from({ length: 120 }, (_, n) => `https://worker.test/${n}`));
  });

  it('decodes a Windows-1251 dump with the code-page libraries it loads from dist/legacyDecoders.js', async () => {
    const text = 'Избори и правителство\n\nPost Syndicated from Автор original https://toest.test/1\n\nТекст за изборите.\n';
    const { outcome, parsed } = await client.parse(iconv.encode(text, 'win1251'), 'bg.txt', {}, () => false);
    assert.equal(outcome.kind, 'parsed');
    assert.equal(parsed?.encoding, 'windows-1251');
    assert.equal(parsed?.posts[0].title, 'Избори и правителство');
    assert.ok(fs.readFileSync(script, 'utf8').length < 500_000, 'the code-page libraries are bundled into the worker');
  });

  it('reports empty, binary and non-dump files as outcomes, not errors', async () => {
    assert.equal((await client.parse(new Uint8Array(0), 'e', {}, () => false)).outcome.kind, 'empty');
    const binary = await client.parse(new Uint8Array([0x89, 0x50, 0, 0, 1, 2, 0, 0, 3]), 'b', {}, () => false);
    assert.equal(binary.outcome.kind, 'undecodable');
    assert.match((binary.outcome as { reason: string }).reason, /binary/i);
    assert.equal((await client.parse(bytesOf('Just a shopping list.\n'), 'n', {}, () => false)).outcome.kind, 'notDump');
  });

  it('stops a cancelled file early and goes on with the next', async () => {
    const text = Array.from({ length: 2000 }, (_, n) => post(n)).join('');
    const cancelled = await client.parse(bytesOf(text), 'huge.txt', {}, () => true);
    assert.equal(cancelled.outcome.kind, 'cancelled');
    const next = await client.parse(bytesOf(post(1)), 'small.txt', {}, () => false);
    assert.equal(next.parsed?.posts.length, 1);
  });

  it('says it is broken when its script is missing, so the library parses on its own thread', () => {
    assert.equal(new ParseWorkerClient(path.join(repoRoot, 'dist', 'no-such-worker.js')).broken, true);
  });
});

describe('library: parse worker, headlines first', function () {
  this.timeout(60_000);
  let client: ParseWorkerClient;
  let folder: string;
  const text = Array.from({ length: 60 }, (_, n) => post(n)).join('');

  before(() => {
    client = new ParseWorkerClient(script);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tech-articles-headlines-'));
  });

  after(() => {
    client?.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  /** Parses `text`, recording what came in which order. */
  async function parseRecorded(cache?: { path: string; key: string }, prioritizeLine?: number) {
    const events: string[] = [];
    const summaries: ArticleSummary[] = [];
    const job = client.start(bytesOf(text), 'file.txt', {}, () => false, {
      head: (_head, count) => { events.push(`head:${count}`); },
      summaries: batch => { events.push('summaries'); summaries.push(...batch); },
      posts: batch => { events.push(`posts:${batch.map(p => p.titleLine).join(',')}`); },
    }, cache);
    if (prioritizeLine !== undefined) job.prioritize(prioritizeLine);
    const result = await job.done;
    return { events, summaries, result };
  }

  it('sends every summary before any post, and the summaries are the posts\' headlines', async () => {
    const { events, summaries, result } = await parseRecorded();
    assert.equal(events[0], 'head:60', 'the head says how many summaries follow');
    assert.equal(events[1], 'summaries');
    assert.ok(events.lastIndexOf('summaries') < events.findIndex(e => e.startsWith('posts')), events.join(' '));
    assert.equal(summaries.length, 60);
    assert.deepEqual(summaries.map(s => [s.url, s.title, s.titleLine, s.topics]), result.parsed!.posts.map(p => [p.url, p.title, p.titleLine, p.topics]));
  });

  it('sends a big file\'s summaries in several batches as the pass makes them, in file order, before any post', async () => {
    const many = Array.from({ length: 1200 }, (_, n) => `Title ${n}\n\nPost Syndicated from Author ${n} original https://many.test/${n}\n\nBody ${n}.\n\n`).join('');
    const events: string[] = [];
    const summaries: ArticleSummary[] = [];
    const result = await client.start(bytesOf(many), 'many.txt', {}, () => false, {
      head: (_head, count) => { events.push(`head:${count}`); },
      summaries: batch => { events.push('summaries'); summaries.push(...batch); },
      posts: () => { events.push('posts'); },
    }).done;
    assert.equal(events[0], 'head:1200');
    assert.ok(events.filter(e => e === 'summaries').length >= 3, events.join(' '));
    assert.ok(events.lastIndexOf('summaries') < events.indexOf('posts'), 'every summary before any post');
    assert.deepEqual(summaries.map(s => [s.url, s.titleLine, s.bodyEndLine]), result.parsed!.posts.map(p => [p.url, p.titleLine, p.bodyEndLine]));
  });

  it('summarises a big local file as it reads it: the same summaries, in order, then the head with their count', async () => {
    const big = Array.from({ length: 1500 }, (_, n) => post(n)).join('');
    assert.ok(big.length > 8 * 1024 * 1024, 'big enough to be read as it streams');
    const file = path.join(folder, 'big.txt');
    fs.writeFileSync(file, big);
    const events: string[] = [];
    const summaries: ArticleSummary[] = [];
    const marks: Array<[string, number]> = [];
    const result = await client.start({ path: file }, 'big.txt', {}, () => false, {
      head: (_head, count) => { events.push(`head:${count}`); },
      summaries: batch => { events.push(`summaries`); summaries.push(...batch); },
      posts: () => { events.push('posts'); },
      marks: phases => { events.push('marks'); marks.push(...phases); },
    }).done;
    assert.equal(events.indexOf('head:1500'), events.lastIndexOf('summaries') + 1, 'the head after the last summaries, before any post');
    assert.ok(events.indexOf('marks') > events.indexOf('head:1500') && events.indexOf('marks') < events.indexOf('posts'), events.join(' '));
    // Its phases, in the order they happen, on a clock the library's thread shares.
    const phases = ['headline pass began', 'first chunk read', 'first 100 summaries made', 'file read', 'every post found', 'every summary sent'];
    const at = phases.map(phase => marks.find(([name]) => name === phase)?.[1] ?? NaN);
    assert.ok(at.every((t, k) => k === 0 || t >= at[k - 1]), JSON.stringify(marks));
    assert.ok(Math.abs(at[0] - (performance.timeOrigin + performance.now())) < 60_000, 'epoch milliseconds');
    assert.ok(events.indexOf('head:1500') < events.indexOf('posts'));
    assert.deepEqual(summaries.map(s => [s.url, s.title, s.titleLine, s.bodyEndLine, s.topics]), result.parsed!.posts.map(p => [p.url, p.title, p.titleLine, p.bodyEndLine, p.topics]));
    assert.deepEqual(result.parsed!.posts, parseText(big, 'big.txt').posts);

    // Plain UTF-8 for its first megabytes, then a CR line end: read as it streams, then decoded whole; the
    // summaries sent before the CR showed are not sent twice.
    const mixed = big + post(1500).replace(/\n/g, '\r\n');
    fs.writeFileSync(file, mixed);
    const mixedSummaries: ArticleSummary[] = [];
    let head = -1;
    const mixedResult = await client.start({ path: file }, 'big.txt', {}, () => false, {
      head: (_head, count) => { head = count; },
      summaries: batch => { mixedSummaries.push(...batch); },
    }).done;
    assert.equal(head, 1501);
    assert.deepEqual(mixedSummaries.map(s => s.url), mixedResult.parsed!.posts.map(p => p.url));
    assert.deepEqual(mixedResult.parsed!.posts, parseText(mixed, 'big.txt').posts);
  });

  it('parses a post asked for before the others', async () => {
    const last = text.split('\n').lastIndexOf('Title 59') + 1;
    const { events, result } = await parseRecorded(undefined, last);
    const firstPosts = events.find(e => e.startsWith('posts'));
    assert.equal(firstPosts, `posts:${last}`, events.join(' '));
    assert.deepEqual(result.parsed!.posts.map(p => p.titleLine), [...result.parsed!.posts.map(p => p.titleLine)].sort((a, b) => a - b), 'posts in file order');
  });

  it('reads a local file itself, lists a saved pass before reading it, and reports a file it cannot read', async () => {
    const file = path.join(folder, 'dump.txt');
    fs.writeFileSync(file, text);
    const cache = { path: path.join(folder, 'by-path', 'dump.json'), key: 'k' };
    const cold = await client.start({ path: file }, 'file.txt', {}, () => false, {}, cache).done;
    assert.deepEqual(cold.parsed, (await client.parse(bytesOf(text), 'file.txt', {}, () => false)).parsed);
    const summaries: ArticleSummary[] = [];
    const warm = await client.start({ path: file }, 'file.txt', {}, () => false, { summaries: batch => summaries.push(...batch) }, cache).done;
    assert.equal(summaries.length, 60);
    assert.deepEqual(warm.parsed, cold.parsed);
    const missing = await client.start({ path: path.join(folder, 'gone.txt') }, 'gone.txt', {}, () => false).done;
    assert.deepEqual(missing.outcome, { kind: 'unreadable', reason: 'ENOENT' });
  });

  it('keeps the headline pass for the next start, uses it only when it matches, and ignores a corrupted one', async () => {
    const cache = { path: path.join(folder, 'headlines', 'file.json'), key: 'size-mtime-settings' };
    const first = await parseRecorded(cache);
    assert.ok(fs.existsSync(cache.path), 'saved');

    // A saved pass with a telling topic: used when it matches, while the full parse still decides.
    const saved = JSON.parse(fs.readFileSync(cache.path, 'utf8'));
    saved.summaries[0].topics = ['From the cache'];
    fs.writeFileSync(cache.path, JSON.stringify(saved));
    const warm = await parseRecorded(cache);
    assert.deepEqual(warm.summaries[0].topics, ['From the cache']);
    assert.deepEqual(warm.result.parsed!.posts[0].topics, first.result.parsed!.posts[0].topics);

    const otherKey = await parseRecorded({ ...cache, key: 'changed' });
    assert.deepEqual(otherKey.summaries[0].topics, first.summaries[0].topics, 'another key: not used');

    // The file changed under a saved pass that is listed before the file is read: listed once, and the
    // full parse has the last word (its posts are the new text's).
    const file = path.join(folder, 'changing.txt');
    fs.writeFileSync(file, text);
    const byPath = { path: path.join(folder, 'headlines', 'changing.json'), key: 'same-key' };
    await client.start({ path: file }, 'file.txt', {}, () => false, {}, byPath).done;
    const changedText = Array.from({ length: 3 }, (_, n) => post(100 + n)).join('');
    fs.writeFileSync(file, changedText);
    const listed: ArticleSummary[] = [];
    const stale = await client.start({ path: file }, 'file.txt', {}, () => false, { summaries: batch => listed.push(...batch) }, byPath).done;
    assert.equal(listed.length, 60, 'the saved pass, listed once (not followed by the new one)');
    assert.deepEqual(stale.parsed!.posts.map(p => p.url), ['https://worker.test/100', 'https://worker.test/101', 'https://worker.test/102']);

    fs.writeFileSync(cache.path, '{"build": 1, "summaries": [nonsense');
    const corrupted = await parseRecorded(cache);
    assert.deepEqual(corrupted.summaries, first.summaries);
    assert.equal(corrupted.result.parsed!.posts.length, 60);
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(cache.path, 'utf8')), 'rewritten');
  });
});
