// The parse worker (dist/parseWorker.js, built by `npm run build`) through the library's client, in plain Node:
// the same result as parsing on this thread, the outcomes for unusable files, cancellation, and a missing script.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
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
