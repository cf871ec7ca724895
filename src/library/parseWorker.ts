// The parse worker: decodes and parses dump files off the extension host's thread, so a 100 MB file never
// blocks it. Posts go back in batches of a few hundred KB of source text: each batch costs the extension
// host only a short structured-clone read. At most one batch is in flight: Node delivers every queued message
// in one go, so batches piling up while the host was busy would be read back to back, a long block. The
// worker parses the next batch while waiting for the ack. Built to dist/parseWorker.js; pure Node (no vscode).
import { parentPort } from 'node:worker_threads';
import { decode } from '../core/decode';
import type { Article } from '../core/model';
import { parseText } from '../core/parse';
import { DEFAULT_PIECE_CHARS, looksLikeDump, parsePieces } from './chunks';
import type { WorkerOutcome, WorkerReply, WorkerRequest } from './parseProtocol';

const BATCH_CHARS = 256 * 1024;

const port = parentPort;
const queue: Extract<WorkerRequest, { type: 'parse' }>[] = [];
const cancelled = new Set<number>();
let busy = false;
/** Resolves when the library has taken the last batch sent. */
let acked: Promise<void> = Promise.resolve();
let onAck: (() => void) | undefined;

async function sendBatch(id: number, posts: Article[]): Promise<void> {
  await acked;
  acked = new Promise<void>(resolve => { onAck = resolve; });
  send({ type: 'posts', id, posts });
}

function send(reply: WorkerReply): void {
  port!.postMessage(reply);
}

async function parseOne(request: Extract<WorkerRequest, { type: 'parse' }>): Promise<WorkerOutcome> {
  const { id, bytes, file, topics } = request;
  if (bytes.length === 0) return { kind: 'empty' };
  const decoded = decode(bytes);
  if ('error' in decoded) return { kind: 'undecodable', reason: decoded.error };
  if (!looksLikeDump(decoded.text)) return { kind: 'notDump' };
  let batch: Article[] = [];
  let chars = 0;
  for (const piece of parsePieces(decoded.text, file, (text, name) => parseText(text, name, { topics }), DEFAULT_PIECE_CHARS)) {
    if (piece.head) send({ type: 'head', id, head: { ...piece.head, encoding: decoded.encoding } });
    batch.push(...piece.posts);
    chars += piece.chars;
    if (chars >= BATCH_CHARS) {
      await sendBatch(id, batch);
      batch = [];
      chars = 0;
      // Lets a 'cancel' message in.
      await new Promise<void>(resolve => setImmediate(resolve));
      if (cancelled.has(id)) return { kind: 'cancelled' };
    }
  }
  if (batch.length > 0) await sendBatch(id, batch);
  await acked;
  return { kind: 'parsed' };
}

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    for (let request = queue.shift(); request; request = queue.shift()) {
      let outcome: WorkerOutcome;
      if (cancelled.has(request.id)) outcome = { kind: 'cancelled' };
      else {
        try {
          outcome = await parseOne(request);
        } catch (error) {
          outcome = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
        }
      }
      cancelled.delete(request.id);
      send({ type: 'done', id: request.id, outcome });
    }
  } finally {
    busy = false;
  }
}

port?.on('message', (request: WorkerRequest) => {
  if (request.type === 'cancel') {
    cancelled.add(request.id);
    onAck?.(); // the library stops acking a cancelled file
  } else if (request.type === 'ack') {
    onAck?.();
  } else {
    queue.push(request);
    void drain();
  }
});
