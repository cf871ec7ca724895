// The benchmark corpus generator (bench/lib/generate.ts): its dumps must be deterministic, sized as asked and
// parse like real ones, or every benchmark built on it measures the wrong thing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateDump, parseSize, writeDump } from '../../bench/lib/generate';
import { parseText } from '../../src/core/parse';
import { corpusDir } from '../harness/paths';

describe('benchmark corpus generator', function () {
  this.timeout(30_000);

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateDump({ articles: 20, seed: 3, seedDir: corpusDir });
    assert.equal(generateDump({ articles: 20, seed: 3, seedDir: corpusDir }), a);
    assert.notEqual(generateDump({ articles: 20, seed: 4, seedDir: corpusDir }), a);
  });

  it('writes dumps the parser reads as that many posts with distinct URLs', () => {
    const text = generateDump({ articles: 60, seed: 9, seedDir: corpusDir, preamble: 'Benchmarks' });
    const parsed = parseText(text, 'generated.txt');
    assert.equal(parsed.posts.length, 60);
    assert.equal(new Set(parsed.posts.map(post => post.url)).size, 60);
    assert.ok(parsed.posts.every(post => post.tags.includes('Benchmarks')));
    assert.ok(parsed.posts.some(post => post.codeBlocks.length > 0), 'code survives the remix');
    assert.ok(parsed.posts.some(post => /[\u0400-\u04ff]/.test(post.title)), 'Bulgarian posts are kept');
    assert.match(text, /The collective thoughts of the interwebz\n$/);
    // Realistic length: the seed posts average ~11 KB.
    const average = Buffer.byteLength(text) / 60;
    assert.ok(average > 4_000 && average < 30_000, `average article ${average} bytes`);
  });

  it('stops at a byte budget, and streams the same text to a file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'generate-'));
    try {
      const file = path.join(dir, 'dump.txt');
      const summary = writeDump(file, { bytes: 300_000, seed: 5, seedDir: corpusDir });
      const written = fs.readFileSync(file, 'utf8');
      assert.equal(Buffer.byteLength(written), summary.bytes);
      assert.ok(summary.bytes >= 300_000 && summary.bytes < 400_000, `${summary.bytes} bytes`);
      assert.equal(written, generateDump({ bytes: 300_000, seed: 5, seedDir: corpusDir }));
      assert.equal(parseText(written, file).posts.length, summary.articles);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('grows the vocabulary with the corpus', () => {
    const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu)).size;
    const plain = words(generateDump({ articles: 200, seed: 2, seedDir: corpusDir, newWords: 0 }));
    const grown = words(generateDump({ articles: 200, seed: 2, seedDir: corpusDir }));
    assert.ok(grown > plain + 1000, `${plain} → ${grown} distinct words`);
  });

  it('reads sizes like 100MB', () => {
    assert.equal(parseSize('100MB'), 100 * 1024 * 1024);
    assert.equal(parseSize('512k'), 512 * 1024);
    assert.equal(parseSize('2000'), 2000);
    assert.throws(() => parseSize('lots'), /not a size/);
  });
});
