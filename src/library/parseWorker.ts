// The parse worker: reads dump files off the extension host's thread, so a 100 MB file never blocks it.
// Headlines first: every file given gets its headline pass (every post's summary, from the bytes when they
// are UTF-8: no full decode) before any body is parsed, so the Articles view fills in a moment; then the
// bodies, a few posts per piece, sent in batches of a few hundred KB of source text, any post the library
// asks for first. At most one batch of bodies (a few of summaries, cheap to take in) is in flight: Node
// delivers every queued message in one go, so batches piling up while the host was busy would be read back to
// back, a long block. Built to dist/parseWorker.js; pure Node (no vscode).
import { workerCodeStartedAt } from './workerCodeStart';
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { decode } from '../core/decode';
import { findPosts, scanHeadlines, StringSource, summarize, utf8Source, type HeadlineScan, type TextSource } from '../core/headlines';
import type { Article, ArticleSummary } from '../core/model';
import { parseText } from '../core/parse';
import { topicRules } from '../core/topics';
import { PostBodies } from './chunks';
import { streamHeadlines } from './headlineStream';
import { packArticles } from './lazyBody';
import { epochNow, type Mark } from './loadTrace';
import type { HeadlineCache, WorkerOutcome, WorkerReply, WorkerRequest } from './parseProtocol';
import { pruneFolder } from './pruneFolder';

/** Source text per batch of full posts: structured-cloning one batch costs the host a few ms. */
const BATCH_CHARS = 256 * 1024;
/** Summaries per message. */
const SUMMARY_BATCH = 500;
/** The first message of a streamed file: about a screenful, sent as soon as it is made. */
const FIRST_SUMMARY_BATCH = 100;

/** Local files at least this big get their headline pass while they are read (headlineStream.ts). */
const STREAM_BYTES = 8 * 1024 * 1024;
/** Read at once while streaming. */
const CHUNK_BYTES = 8 * 1024 * 1024;
/** The first read, shorter: the walk begins after a few ms of reading instead of ~30 ms, with ~160 posts (more than the first batch). */
const FIRST_CHUNK_BYTES = 2 * 1024 * 1024;

const port = parentPort;

/** The worker's own start (set once its code is loaded), told to the library with its first file's phases. */
let bootMarks: Mark[] | undefined;

interface Job {
  request: Extract<WorkerRequest, { type: 'parse' }>;
  /** Set once the headline pass ran and the file has posts whose bodies are still to parse. */
  bodies?: PostBodies;
  /** Posts asked for before the headline pass ran. */
  wanted: number[];
  cancelled?: boolean;
  /** Phases of its headline pass (loadTrace.ts), sent once the pass is over. */
  marks: Mark[];
}

/** Files in the order given: those without a headline pass yet come first, whatever their place. */
const jobs: Job[] = [];
let busy = false;
/**
 * Batches the library has not taken in yet, and sends waiting for fewer (in order). Bodies go one at a time;
 * summaries up to SUMMARY_WINDOW: a few ms each to take in, and while the starting window keeps the host busy,
 * one round trip per batch held the last summaries back by 0.1 s.
 */
let unacked = 0;
const ackWaiters: Array<{ below: number; sending: boolean; resolve(): void }> = [];
const SUMMARY_WINDOW = 4;
/** Time the worker spent waiting for the library to take batches in (reported with a file's headline marks). */
let waitedForLibraryMs = 0;

/** Resolves once fewer than `below` batches are unacknowledged; `sending` takes the place at once (counted). */
function whenUnackedBelow(below: number, sending = false): Promise<void> {
  if (unacked < below && ackWaiters.length === 0) {
    if (sending) unacked++;
    return Promise.resolve();
  }
  return new Promise<void>(resolve => ackWaiters.push({ below, sending, resolve }));
}

/** The library took a batch in (or stopped taking a cancelled file's: `all`). */
function acknowledged(all = false): void {
  unacked = all ? 0 : Math.max(0, unacked - 1);
  while (ackWaiters.length > 0 && unacked < ackWaiters[0].below) {
    const waiter = ackWaiters.shift()!;
    if (waiter.sending) unacked++;
    waiter.resolve();
  }
}

async function sendBatch(reply: Extract<WorkerReply, { type: 'summaries' | 'posts' }>, transfer: ArrayBuffer[] = []): Promise<void> {
  const waitFrom = performance.now();
  await whenUnackedBelow(reply.type === 'summaries' ? SUMMARY_WINDOW : 1, true);
  waitedForLibraryMs += performance.now() - waitFrom;
  send(reply, transfer);
}

function send(reply: WorkerReply, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(reply, transfer);
}

/** Lets 'parse', 'cancel' and 'prioritize' messages in. */
function yieldToMessages(): Promise<void> {
  return new Promise<void>(resolve => setImmediate(resolve));
}

function sourceOf(bytes: Uint8Array): { source: TextSource; encoding: string } | { error: string } {
  const fast = utf8Source(bytes, isUtf8);
  if (fast) return { source: fast, encoding: 'utf-8' };
  const decoded = decode(bytes);
  if ('error' in decoded) return decoded;
  return { source: new StringSource(decoded.text), encoding: decoded.encoding };
}

/** The headline pass of one file: head and summaries sent; an outcome when the file is finished with it. */
async function headlines(job: Job): Promise<WorkerOutcome | undefined> {
  waitedForLibraryMs = 0;
  try {
    return await headlinesOf(job);
  } finally {
    job.marks.push([`headline pass over (waited ${waitedForLibraryMs.toFixed(0)} ms for the library)`, epochNow()]);
    const marks = bootMarks ? [...bootMarks, ...job.marks] : job.marks;
    bootMarks = undefined;
    send({ type: 'marks', id: job.request.id, marks });
  }
}

async function headlinesOf(job: Job): Promise<WorkerOutcome | undefined> {
  const { id, file, topics, cache } = job.request;
  const mark = (phase: string) => job.marks.push([phase, epochNow()]);
  mark('headline pass began');
  // A file read here: its saved pass (the key holds its size and modification time) is listed before the
  // file is even read; whatever the full parse finds otherwise, it corrects.
  const early = job.request.path && cache ? loadCache(cache) : undefined;
  if (early) await sendHeadlines(id, file, early, early.encoding);
  let bytes: Uint8Array | undefined;
  let streamed: { source: TextSource; scan: HeadlineScan } | undefined;
  /** Summaries sent while streaming, before the file showed it is not plain UTF-8. */
  let sent = 0;
  try {
    const path = job.request.path;
    if (path && !early && fs.statSync(path).size >= STREAM_BYTES) {
      const result = await streamHeadlines(path, {
        file, topics, batch: SUMMARY_BATCH, firstBatch: FIRST_SUMMARY_BATCH, chunkBytes: CHUNK_BYTES, firstChunkBytes: FIRST_CHUNK_BYTES,
        send: summaries => sendBatch({ type: 'summaries', id, summaries }), cancelled: () => !!job.cancelled, mark,
      });
      if ('cancelled' in result) return { kind: 'cancelled' };
      if ('scan' in result) streamed = result;
      else ({ bytes, sent } = result);
    } else {
      bytes = job.request.bytes ?? fs.readFileSync(path!);
      mark('file read');
    }
  } catch (error) {
    return { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  if (bytes?.length === 0) return { kind: 'empty' };
  const read = streamed ? { source: streamed.source, encoding: 'utf-8' } : sourceOf(bytes!);
  if ('error' in read) return { kind: 'undecodable', reason: read.error };
  const { source, encoding } = read;
  if (streamed && streamed.scan.summaries.length > 0) send({ type: 'head', id, head: { file, preamble: streamed.scan.preamble, encoding }, summaries: streamed.scan.summaries.length });
  const saved = early ?? (cache && !streamed ? loadCache(cache) : undefined);
  const cached = saved && fitsSource(saved, source) ? saved : undefined;
  if (cached && !early) await sendHeadlines(id, file, cached, encoding);
  if (early || cached) mark('saved headline pass sent');
  // A saved pass listed early that no longer fits is not listed again: the full parse corrects it.
  const scan = cached ?? streamed?.scan ?? (early ? scanHeadlines(source, file, { topics }) : await scanAndSend(job, source, encoding, sent));
  if (job.cancelled) return { kind: 'cancelled' };
  if (scan.summaries.length === 0) {
    if (!scan.syndicated) return { kind: 'notDump' };
    send({ type: 'head', id, head: { file, preamble: scan.preamble, encoding, notice: 'No posts found: no "Post Syndicated from … original …" line in this file.' }, summaries: 0 });
    return { kind: 'parsed' };
  }
  if (cache && !cached) writeCache(cache, source, scan, encoding);
  job.bodies = new PostBodies(source, scan, file, (text, name) => parseText(text, name, { topics }));
  for (const titleLine of job.wanted) job.bodies.prioritize(titleLine);
  return undefined;
}

/**
 * The headline pass, each batch of summaries sent as soon as it is made: the library takes one in while the
 * next is made, and the last arrives moments after the pass ends.
 */
async function scanAndSend(job: Job, source: TextSource, encoding: string, sent = 0): Promise<HeadlineScan> {
  const { id, file, topics } = job.request;
  const frame = findPosts(source);
  job.marks.push(['every post found', epochNow()]);
  const scan: HeadlineScan = { preamble: frame.preamble, summaries: [], starts: frame.heads.map(head => head.titleStart), syndicated: frame.syndicated };
  const count = frame.heads.length;
  if (count === 0 && sent === 0) return scan;
  // After a stream that stopped (not plain UTF-8), the summaries it sent are not sent again; any it got
  // wrong, the full parse corrects.
  send({ type: 'head', id, head: { file, preamble: scan.preamble, encoding }, summaries: Math.max(count, sent) });
  const rules = topicRules(topics);
  for (let at = 0; at < count && !job.cancelled; at += SUMMARY_BATCH) {
    const summaries = summarize(source, frame, file, { rules }, at, Math.min(count, at + SUMMARY_BATCH));
    for (const summary of summaries) scan.summaries.push(summary);
    const unsent = at + summaries.length > sent ? summaries.slice(Math.max(0, sent - at)) : [];
    if (unsent.length > 0) await sendBatch({ type: 'summaries', id, summaries: unsent });
  }
  job.marks.push(['every summary sent', epochNow()]);
  return scan;
}

async function sendHeadlines(id: number, file: string, scan: HeadlineScan, encoding: string): Promise<void> {
  send({ type: 'head', id, head: { file, preamble: scan.preamble, encoding }, summaries: scan.summaries.length });
  for (let at = 0; at < scan.summaries.length; at += SUMMARY_BATCH) {
    const summaries: ArticleSummary[] = scan.summaries.slice(at, at + SUMMARY_BATCH);
    await sendBatch({ type: 'summaries', id, summaries });
  }
}

/**
 * This build of the worker (a hash of its code): a cache written by another parser is not used. Made when
 * first needed: hashing 2 MB at start-up delayed a cold start's headline pass, which writes its cache last.
 */
let build: string | undefined;
function buildId(): string {
  try {
    build ??= createHash('sha1').update(fs.readFileSync(__filename)).digest('hex');
  } catch {
    build = 'unknown';
  }
  return build;
}

interface CachedScan extends HeadlineScan {
  build: string;
  key: string;
  length: number;
  encoding: string;
}

/**
 * The headline pass saved for this file and these settings by this build, with posts; undefined when there
 * is none, or it is unreadable or corrupted (then the headline pass runs).
 */
function loadCache(cache: HeadlineCache): CachedScan | undefined {
  try {
    const saved = JSON.parse(fs.readFileSync(cache.path, 'utf8')) as CachedScan;
    if (saved.build !== buildId() || saved.key !== cache.key || typeof saved.encoding !== 'string') return undefined;
    const { starts, summaries } = saved;
    if (!Array.isArray(starts) || !Array.isArray(summaries) || starts.length !== summaries.length || summaries.length === 0) return undefined;
    return saved;
  } catch {
    return undefined;
  }
}

/** Whether a saved pass fits the text read: the same size, and each post's title line where it says. */
function fitsSource(saved: CachedScan, source: TextSource): boolean {
  if (saved.length !== source.length) return false;
  const { starts, summaries } = saved;
  for (let k = 0; k < starts.length; k++) {
    if (typeof starts[k] !== 'number' || typeof summaries[k]?.title !== 'string') return false;
    const end = source.nextLineFeed(starts[k]);
    if (source.text(starts[k], end === -1 ? source.length : end).trim() !== summaries[k].title.trim()) return false;
  }
  return true;
}

function writeCache(cache: HeadlineCache, source: TextSource, scan: HeadlineScan, encoding: string): void {
  const saved: CachedScan = { build: buildId(), key: cache.key, length: source.length, encoding, ...scan };
  const temporary = `${cache.path}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(cache.path), { recursive: true });
    fs.writeFileSync(temporary, JSON.stringify(saved));
    fs.renameSync(temporary, cache.path);
    pruneFolder(path.dirname(cache.path), CACHES_KEPT);
  } catch {
    fs.rmSync(temporary, { force: true }); // only a cache
  }
}

/**
 * Headline passes kept (dumps of other windows and of the past included): a pass takes ≈ 4.5 MB per 10,000
 * articles, so the byte limit is what bounds the folder for big dumps.
 */
const CACHES_KEPT = { files: 64, bytes: 64 * 1024 * 1024 };

/** One batch of bodies of `job`; an outcome once all are sent. */
async function someBodies(job: Job): Promise<WorkerOutcome | undefined> {
  const bodies = job.bodies!;
  const batch: Article[] = [];
  let chars = 0;
  for (let piece = bodies.nextPiece(); piece; piece = chars >= BATCH_CHARS ? undefined : bodies.nextPiece()) {
    batch.push(...piece.posts);
    chars += piece.chars;
    if (piece.urgent) break;
  }
  if (batch.length > 0) {
    const packed = packArticles(batch);
    await sendBatch({ type: 'posts', id: job.request.id, ...packed }, [packed.bodies]);
  }
  if (bodies.remaining) return undefined;
  await whenUnackedBelow(1);
  return { kind: 'parsed' };
}

function finish(job: Job, outcome: WorkerOutcome): void {
  jobs.splice(jobs.indexOf(job), 1);
  send({ type: 'done', id: job.request.id, outcome });
}

/** Headline passes first, then bodies: the file with a post asked for first, else the earliest file. */
async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    for (;;) {
      const job = jobs.find(j => j.cancelled) ?? jobs.find(j => !j.bodies) ?? jobs.find(j => j.bodies!.hasUrgent) ?? jobs[0];
      if (!job) break;
      let outcome: WorkerOutcome | undefined;
      try {
        outcome = job.cancelled ? { kind: 'cancelled' } : !job.bodies ? await headlines(job) : await someBodies(job);
      } catch (error) {
        outcome = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
      if (job.cancelled) outcome = { kind: 'cancelled' };
      if (outcome) finish(job, outcome);
      await yieldToMessages();
    }
  } finally {
    busy = false;
  }
}

port?.on('message', (request: WorkerRequest) => {
  const job = jobs.find(j => j.request.id === request.id);
  if (request.type === 'cancel') {
    if (job) job.cancelled = true;
    acknowledged(true); // the library stops acking a cancelled file
  } else if (request.type === 'ack') {
    acknowledged();
  } else if (request.type === 'prioritize') {
    if (job?.bodies) job.bodies.prioritize(request.titleLine);
    else job?.wanted.push(request.titleLine);
  } else {
    jobs.push({ request, wanted: [...(request.wanted ?? [])], marks: [['job received', epochNow()]] });
    void drain();
  }
});
bootMarks = [['worker code loading', workerCodeStartedAt], ['worker ready', epochNow()]];
