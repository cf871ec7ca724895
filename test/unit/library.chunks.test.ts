import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { looksLikeDump, parseInPieces, postStarts } from '../../src/library/chunks';
import { decodeInSlices } from '../../src/library/decodeInSlices';
import { parseDump } from '../../src/library/parser';
import { corpusDir } from '../harness/paths';

const parse = (text: string, file: string) => parseDump(text, file, { topics: {} });
const noPause = { pause: async () => {}, shouldPause: () => true };
const corpusFiles = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter(f => f.endsWith('.txt')).sort() : [];

describe('library: parsing in pieces', () => {
  it('finds the corpus', () => assert.ok(corpusFiles.length >= 5, corpusDir));

  for (const name of corpusFiles) {
    it(`gives the same result as a whole-file parse: ${name}`, async () => {
      const text = fs.readFileSync(path.join(corpusDir, name), 'utf8');
      const whole = parse(text, name);
      assert.equal(postStarts(text).length, whole.posts.length, 'one cut per post');
      // Tiny pieces: every post is parsed on its own, the harshest case for line shifting.
      const pieces = await parseInPieces(text, name, parse, { ...noPause, pieceChars: 1 });
      assert.deepEqual(pieces, whole);
    });
  }

  it('keeps the preamble tags on posts of later pieces', async () => {
    const post = (n: number) => `Title ${n}\n\nPost Syndicated from A original https://x.test/${n}\n\nBody ${n}.\n\n`;
    const text = 'Tag Archives: Partner solutions\n\n' + post(1) + post(2) + post(3);
    const pieces = await parseInPieces(text, 'f', parse, { ...noPause, pieceChars: 1 });
    assert.deepEqual(pieces.posts.map(p => [p.title, p.titleLine, p.tags]), [
      ['Title 1', 3, ['Partner solutions']], ['Title 2', 9, ['Partner solutions']], ['Title 3', 15, ['Partner solutions']],
    ]);
    assert.equal(pieces.preamble, 'Tag Archives: Partner solutions');
  });

  it('pauses between pieces and stops when cancelled', async () => {
    const text = Array.from({ length: 10 }, (_, n) => `T${n}\n\nPost Syndicated from A original https://x.test/${n}\n\nB\n\n`).join('');
    let pauses = 0;
    let cancelled = false;
    const result = await parseInPieces(text, 'f', parse, {
      pause: async () => { pauses++; if (pauses === 3) cancelled = true; },
      shouldPause: () => true, pieceChars: 1, isCancelled: () => cancelled,
    });
    assert.equal(pauses, 3);
    assert.ok(result.posts.length < 10);
  });

  it('recognises dumps by their "Post Syndicated from … original …" line', () => {
    assert.ok(looksLikeDump('Title\n\nPost Syndicated from Jane original https://a.test/x\n\nBody'));
    assert.ok(!looksLikeDump('Just notes about a Post Syndicated from somewhere'));
    assert.ok(!looksLikeDump(''));
  });
});

describe('library: decoding in slices', () => {
  it('streams large UTF-8 and keeps characters cut at slice edges', async () => {
    const text = 'Тоест — “quotes” é '.repeat(400_000); // ~10 MB, multi-byte characters across 4 MB edges
    let pauses = 0;
    const result = await decodeInSlices(new TextEncoder().encode(text), async () => { pauses++; });
    assert.ok('text' in result && result.text === text && result.encoding === 'utf-8');
    assert.ok(pauses >= 2);
  });

  it('falls back to core decode for binary and legacy files', async () => {
    const binary = new Uint8Array(5 * 1024 * 1024);
    binary[10] = 0;
    const result = await decodeInSlices(binary, async () => {});
    assert.ok('error' in result);
    const latin1 = new Uint8Array(5 * 1024 * 1024).fill(0x41);
    latin1[4 * 1024 * 1024 + 5] = 0xe9; // é in windows-1252, invalid UTF-8, after the first slice
    const legacy = await decodeInSlices(latin1, async () => {});
    assert.ok('text' in legacy && legacy.encoding !== 'utf-8' && legacy.text.includes('é'));
  });
});
