// Messages between the library and its parse worker (parseWorker.ts). Pure types.
import type { ArticleSummary, ParsedFile } from '../core/model';
import type { PackedBatch } from './lazyBody';
import type { Mark } from './loadTrace';

export type WorkerRequest =
  /**
   * The file's bytes, or the path of a local file for the worker to read itself; `wanted`: title lines of posts
   * asked for before the job was sent, parsed first.
   */
  | { type: 'parse'; id: number; bytes?: Uint8Array; path?: string; file: string; topics: Record<string, string[]>; cache?: HeadlineCache; wanted?: number[] }
  | { type: 'cancel'; id: number }
  /** Parse this post's body next: someone is waiting for it. */
  | { type: 'prioritize'; id: number; titleLine: number }
  /** The library took a batch in; the worker sends the next one only then (see parseWorker.ts). */
  | { type: 'ack'; id: number };

/**
 * Where the worker keeps a file's headline pass for the next start, and what it must match: the file's
 * size and modification time and the topic settings (the worker adds its own build).
 */
export interface HeadlineCache {
  path: string;
  key: string;
}

/** What became of a file; problems are codes here and localised by the library. */
export type WorkerOutcome =
  | { kind: 'parsed' }
  | { kind: 'empty' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'notDump' }
  | { kind: 'undecodable'; reason: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'cancelled' };

/**
 * For each file: `head` and every post's summary (headline pass), then the full posts, then `done`. The head
 * comes first, or after the summaries when the file was summarised as it was read (its count known last).
 */
export type WorkerReply =
  /** `summaries`: how many summaries the file has (its headlines are all in once they came). */
  | { type: 'head'; id: number; head: Omit<ParsedFile, 'posts'>; summaries: number }
  | { type: 'summaries'; id: number; summaries: ArticleSummary[] }
  /** Bodies as JSON in a transferred buffer (lazyBody.ts): the host parses one when it is read. */
  | ({ type: 'posts'; id: number } & PackedBatch)
  | { type: 'done'; id: number; outcome: WorkerOutcome }
  /** When the worker reached each phase of the file's headline pass (loadTrace.ts), sent once it is over. */
  | { type: 'marks'; id: number; marks: Mark[] };
