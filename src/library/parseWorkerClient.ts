// The library's side of the parse worker: one worker thread, started on first use and stopped when idle.
// Pure Node (no `vscode`).
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Article, ArticleSummary, ParsedFile } from '../core/model';
import { unpackArticles } from './lazyBody';
import type { Mark } from './loadTrace';
import type { HeadlineCache, WorkerOutcome, WorkerReply, WorkerRequest } from './parseProtocol';

/** A warm worker answers a watcher event at once; a cold one spends ~1 s loading and compiling the parser. */
const IDLE_MS = 120_000;

export interface ParseResult {
  outcome: WorkerOutcome;
  /** The file with every full post, when parsed. */
  parsed?: ParsedFile;
}

/** Called as the file's parts arrive, on the thread that called `start` (between other events). */
export interface ParseListener {
  /** The file's head, and how many summaries follow. */
  head?(head: Omit<ParsedFile, 'posts'>, summaries: number): void;
  /** A batch of summaries from the headline pass; all come before any full post. */
  summaries?(summaries: ArticleSummary[]): void;
  /** A batch of full posts. */
  posts?(posts: Article[]): void;
  /** The worker's phases of the headline pass (loadTrace.ts). */
  marks?(marks: Mark[]): void;
}

export interface ParseJob {
  readonly done: Promise<ParseResult>;
  /** Asks for the body of the post whose title is on `titleLine` to be parsed next. */
  prioritize(titleLine: number): void;
}

interface Pending {
  posts: Article[];
  head?: Omit<ParsedFile, 'posts'>;
  listener: ParseListener;
  resolve(result: ParseResult): void;
  reject(error: Error): void;
}

export class ParseWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private idle: ReturnType<typeof setTimeout> | undefined;
  /** Set when the worker cannot run here; callers then parse on their own thread. */
  broken = false;

  constructor(private readonly script: string) {
    this.broken = !fs.existsSync(script);
  }

  /** Parses a file; resolves once every post is parsed. */
  parse(bytes: Uint8Array, file: string, topics: Record<string, string[]>, isCancelled: () => boolean): Promise<ParseResult> {
    return this.start(bytes, file, topics, isCancelled).done;
  }

  /**
   * Parses a file (its bytes, or a local file the worker reads itself), telling `listener` about its
   * summaries and posts as they come.
   */
  start(
    input: Uint8Array | { path: string }, file: string, topics: Record<string, string[]>, isCancelled: () => boolean,
    listener: ParseListener = {}, cache?: HeadlineCache,
  ): ParseJob {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const request: WorkerRequest = { type: 'parse', id, file, topics, ...(cache ? { cache } : {}) };
    const transfer: ArrayBuffer[] = [];
    if (input instanceof Uint8Array) {
      // Transfer, don't copy; a view into a shared pool buffer is copied first so the pool stays intact.
      const owned = input.byteOffset === 0 && input.byteLength === input.buffer.byteLength && input.buffer instanceof ArrayBuffer ? input : input.slice();
      request.bytes = owned;
      transfer.push(owned.buffer as ArrayBuffer);
    } else request.path = input.path;
    // Sent at the end of this tick, so that a post asked for right after start() rides with the request and is
    // parsed first whatever the worker is doing by then.
    let sent = false;
    const done = new Promise<ParseResult>((resolve, reject) => {
      this.pending.set(id, { posts: [], listener, resolve, reject });
      queueMicrotask(() => {
        sent = true;
        try {
          worker.postMessage(request, transfer);
        } catch (error) {
          this.pending.delete(id);
          reject(error);
        }
      });
      const watch = setInterval(() => {
        if (!this.pending.has(id)) clearInterval(watch);
        else if (isCancelled()) {
          clearInterval(watch);
          worker.postMessage({ type: 'cancel', id } satisfies WorkerRequest);
        }
      }, 100);
    });
    return {
      done,
      prioritize: titleLine => {
        if (!sent) (request.wanted ??= []).push(titleLine);
        else if (this.pending.has(id)) this.worker?.postMessage({ type: 'prioritize', id, titleLine } satisfies WorkerRequest);
      },
    };
  }

  /** Starts the worker now (it takes a moment to load the parser), e.g. while files are being listed. */
  warmUp(): void {
    if (this.broken || this.worker) return;
    try {
      this.ensureWorker();
      this.idle = setTimeout(() => this.stopIdle(), IDLE_MS);
    } catch {
      this.broken = true;
    }
  }

  dispose(): void {
    if (this.idle) clearTimeout(this.idle);
    void this.worker?.terminate();
    this.worker = undefined;
    this.failAll(new Error('the parse worker was stopped'));
  }

  private ensureWorker(): Worker {
    if (this.idle) clearTimeout(this.idle);
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = new Worker(this.script);
    } catch (error) {
      this.broken = true; // no worker threads here: the library parses on its own thread
      throw error;
    }
    worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    worker.on('error', error => {
      this.broken = true;
      this.failAll(error);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error('the parse worker exited'));
    });
    this.worker = worker;
    return worker;
  }

  private onReply(reply: WorkerReply): void {
    // Every batch is acked, also one for a file no longer waited for: the worker holds the next until then.
    // The ack goes after the listener ran, in the next macrotask: the worker parses on meanwhile.
    if (reply.type === 'posts' || reply.type === 'summaries') setImmediate(() => this.worker?.postMessage({ type: 'ack', id: reply.id } satisfies WorkerRequest));
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    switch (reply.type) {
      case 'head':
        pending.head = reply.head;
        pending.listener.head?.(reply.head, reply.summaries);
        break;
      case 'summaries':
        pending.listener.summaries?.(reply.summaries);
        break;
      case 'marks':
        pending.listener.marks?.(reply.marks);
        break;
      case 'posts': {
        const posts = unpackArticles(reply);
        for (const post of posts) pending.posts.push(post);
        pending.listener.posts?.(posts);
        break;
      }
      case 'done': {
        this.pending.delete(reply.id);
        // Posts asked for came early: back to file order.
        if (pending.posts.some((post, k) => k > 0 && post.titleLine < pending.posts[k - 1].titleLine)) pending.posts.sort((a, b) => a.titleLine - b.titleLine);
        const parsed = reply.outcome.kind === 'parsed' && pending.head ? { ...pending.head, posts: pending.posts } : undefined;
        pending.resolve({ outcome: reply.outcome, parsed });
        if (this.pending.size === 0) this.idle = setTimeout(() => this.stopIdle(), IDLE_MS);
      }
    }
  }

  private stopIdle(): void {
    if (this.pending.size > 0 || !this.worker) return;
    void this.worker.terminate();
    this.worker = undefined;
  }

  private failAll(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(error);
  }
}
