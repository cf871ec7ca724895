// The headline pass of a big local file while it is being read: the file comes in chunks (the next chunk is
// read while this one is walked), each chunk's whole lines are checked to be plain UTF-8 and walked
// (PostFinder), and each batch of posts that is ready is summarised and sent on. Reading overlaps the pass,
// and the first summaries reach the library ~0.15 s after the start instead of after the whole walk (a
// second thread for every other batch was tried: slower in a starting VS Code, whose processes already keep
// both cores busy). Pure Node (no vscode); runs in the parse worker.
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import { PostFinder, summarize, Utf8Source, type HeadlineScan, type PostFrame } from '../core/headlines';
import type { ArticleSummary } from '../core/model';
import { topicRules } from '../core/topics';

export interface StreamOptions {
  file: string;
  topics: Record<string, string[]>;
  /** Summaries per batch (and per message). */
  batch: number;
  /**
   * The first batch, smaller: the first screenful of articles does not wait for a full batch (the first
   * posts are summarised by cold code, several times slower than the rest).
   */
  firstBatch?: number;
  chunkBytes: number;
  /** The first chunk, smaller: the walk starts after a short read. */
  firstChunkBytes?: number;
  /** Sends a batch on; resolves when the next may be sent. Called in order. */
  send(summaries: ArticleSummary[]): Promise<void>;
  cancelled(): boolean;
  /** Notes that a phase was reached (loadTrace.ts). */
  mark?(phase: string): void;
}

export type StreamResult =
  /** Plain UTF-8: the pass and its byte source (the BOM skipped); every summary was sent. */
  | { source: Utf8Source; scan: HeadlineScan }
  /** Not plain UTF-8 (a CR, a NUL, another encoding): the whole file, and how many summaries were sent before that showed. */
  | { bytes: Uint8Array; sent: number }
  | { cancelled: true };

const BOM = [0xef, 0xbb, 0xbf];

export async function streamHeadlines(path: string, options: StreamOptions): Promise<StreamResult> {
  const { file, topics, batch } = options;
  const mark = options.mark ?? (() => undefined);
  const fd = fs.openSync(path, 'r');
  let reading: Promise<number> = Promise.resolve(0);
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    const readChunk = () => new Promise<number>((resolve, reject) => {
      const chunk = read === 0 ? options.firstChunkBytes ?? options.chunkBytes : options.chunkBytes;
      fs.read(fd, bytes, read, Math.min(chunk, size - read), read, (error, n) => (error ? reject(error) : resolve(n)));
    });
    reading = readChunk();
    const finder = new PostFinder();
    const rules = topicRules(topics);
    let bodyStart = -1;
    /** Bytes of the body checked and walked: whole lines of plain UTF-8. */
    let checked = 0;
    let made = 0;
    const summaries: ArticleSummary[] = [];
    let sending: Promise<void> = Promise.resolve();
    const body = () => new Utf8Source(bytes.subarray(bodyStart, bodyStart + checked));

    /** Summarises the ready posts a batch at a time, queued to be sent in order. */
    const dispatch = async (frame: PostFrame, ready: number, finished: boolean) => {
      for (let size = made === 0 ? options.firstBatch ?? batch : batch; ready - made >= size || (finished && made < ready); size = batch) {
        const part = summarize(body(), frame, file, { rules }, made, Math.min(ready, made + size));
        for (const summary of part) summaries.push(summary);
        const first = made === 0;
        made += part.length;
        sending = sending.then(() => (options.cancelled() ? undefined : options.send(part)));
        if (first) {
          mark(`first ${part.length} summaries made`);
          // Posted now (the send is a promise chain), not after the next batch is made too.
          await new Promise<void>(resolve => setImmediate(resolve));
        }
      }
    };

    for (;;) {
      const n = await reading;
      read += n;
      const end = n === 0 || read >= size;
      if (read === n) mark('first chunk read');
      if (end) mark('file read');
      if (!end) reading = readChunk();
      if (bodyStart < 0) bodyStart = read >= 3 && BOM.every((b, k) => bytes[k] === b) ? 3 : 0;
      // Whole lines only: a line feed never lies inside a multi-byte character, so each part checks alone.
      const upTo = end ? read : bytes.lastIndexOf(10, read - 1) + 1;
      if (upTo > bodyStart + checked) {
        const part = bytes.subarray(bodyStart + checked, upTo);
        if (part.indexOf(13) !== -1 || part.indexOf(0) !== -1 || !isUtf8(part)) {
          await sending;
          while (!end && read < size) {
            const more = await reading;
            read += more;
            if (more === 0) break;
            reading = read < size ? readChunk() : Promise.resolve(0);
          }
          return { bytes: bytes.subarray(0, read), sent: summaries.length };
        }
        checked = upTo - bodyStart;
      }
      if (options.cancelled()) {
        await sending;
        return { cancelled: true };
      }
      if (end) {
        const source = body();
        const frame = finder.finish(source);
        mark('every post found');
        await dispatch(frame, finder.ready, true);
        mark('every summary made');
        await sending;
        mark('every summary sent');
        if (options.cancelled()) return { cancelled: true };
        return { source, scan: { preamble: frame.preamble, summaries, starts: frame.heads.map(head => head.titleStart), syndicated: frame.syndicated } };
      }
      const source = body();
      finder.advance(source);
      await dispatch(finder.partialFrame(source), finder.ready, false);
    }
  } finally {
    await reading.catch(() => 0);
    fs.closeSync(fd);
  }
}
