// The headline pass (src/core/headlines.ts) must agree with the full parse on everything it reports, so the
// Articles view does not reshuffle when bodies arrive: same posts, titles, URLs, authors, sources, tags,
// topics (also with user topic rules), language and line numbers, from bytes and from decoded text.
import * as assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode } from '../../src/core/decode';
import { findPosts, PostFinder, scanHeadlines, StringSource, summarize, Utf8Source, utf8Source, type TextSource } from '../../src/core/headlines';
import type { Article, ArticleSummary } from '../../src/core/model';
import { parseText } from '../../src/core/parse';
import { isBlank } from '../../src/core/text';
import { corpusDir, repoRoot } from '../harness/paths';

const heldoutDir = path.join(repoRoot, 'test', 'fixtures', 'heldout');
const dumps = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter(n => n.endsWith('.txt')).sort().map(n => path.join(dir, n)) : []);
const topics = { Custom: ['iceberg', 'kernel'] };

function summaryOf(article: Article): ArticleSummary {
  const { body: _body, codeBlocks: _codeBlocks, wordCount: _wordCount, ...summary } = article;
  return summary;
}

function textOf(bytes: Uint8Array): string {
  const decoded = decode(bytes);
  if ('error' in decoded) throw new Error(decoded.error);
  return decoded.text;
}

function assertSameAsFullParse(text: string, source: TextSource, name: string, options: { topics?: Record<string, string[]> } = {}): void {
  const full = parseText(text, name, options);
  const scan = scanHeadlines(source, name, options);
  assert.equal(scan.summaries.length, full.posts.length, `${name}: number of posts`);
  // Without posts the pass does not read the file for a preamble: nothing uses it then.
  if (full.posts.length > 0) assert.equal(scan.preamble, full.preamble, `${name}: preamble`);
  scan.summaries.forEach((summary, k) => assert.deepEqual(summary, summaryOf(full.posts[k]), `${name}: post ${k + 1}`));
  assert.equal(scan.starts.length, scan.summaries.length);
}

describe('core: headline pass', () => {
  const files = [...dumps(corpusDir), ...dumps(heldoutDir)];

  it('finds the seed corpus and the held-out set', () => {
    assert.ok(dumps(corpusDir).length >= 5, corpusDir);
    assert.ok(dumps(heldoutDir).length >= 3, heldoutDir);
  });

  for (const file of files) {
    const name = path.basename(file);
    it(`matches the full parse from the bytes: ${name}`, () => {
      const bytes = new Uint8Array(fs.readFileSync(file));
      const source = utf8Source(bytes, isUtf8);
      assert.ok(source, 'a UTF-8 dump without CR is read as bytes');
      assertSameAsFullParse(textOf(bytes), source, name);
      assertSameAsFullParse(textOf(bytes), source, name, { topics });
    });

    it(`matches the full parse from decoded text: ${name}`, () => {
      const text = textOf(new Uint8Array(fs.readFileSync(file)));
      assertSameAsFullParse(text, new StringSource(text), name, { topics });
    });
  }

  it('gives line starts where the posts\' title lines begin', () => {
    const text = 'Tag Archives: Rust\n\nFirst\n\nPost Syndicated from A original https://x.test/1\n\nBody one.\n\n\nSecond\nPost Syndicated from B original https://x.test/2\nBody two.\n';
    const scan = scanHeadlines(new StringSource(text), 'f');
    assert.deepEqual(scan.starts.map(at => text.slice(at, text.indexOf('\n', at))), ['First', 'Second']);
    assert.deepEqual(scan.summaries.map(s => s.tags), [['Rust'], ['Rust']]);
  });

  const shapes: Record<string, string> = {
    'CRLF line ends': 'Title\r\n\r\nPost Syndicated from A original https://x.test/a\r\n\r\nBody.\r\n\r\nNext\r\n\r\nPost Syndicated from B original https://x.test/b\r\n\r\nMore.\r\n',
    'lone CR line ends': 'Title\r\rPost Syndicated from A original https://x.test/a\r\rBody.\r',
    'a BOM': '\ufeffTitle\n\nPost Syndicated from A original https://x.test/a\n\nBody.\n',
    'empty bodies and a footer': 'One\n\nPost Syndicated from A original https://x.test/1\n\n\nTwo\n\nPost Syndicated from B original https://x.test/2\n\nThe collective thoughts of the interwebz\n',
    'a title too far up and a syndicated line as the first line': 'Post Syndicated from X original https://x.test/0\nFar\n\n\n\n\n\nPost Syndicated from A original https://x.test/1\nNear\n\nPost Syndicated from B original https://x.test/2\nbody\n',
    'back-to-back syndicated lines': 'T\nPost Syndicated from A original https://x.test/1\nPost Syndicated from B original https://x.test/2\n\u00a0\nbody\n',
    'no-break spaces as blank lines and in titles': '\u00a0 Title \u00a0\n\u00a0\nPost Syndicated from A and B original https://aws.amazon.com/blogs/big-data/x/\n\u2003\n  Body with sql and iceberg and redshift and athena, glue, emr.\n',
    'a Cyrillic post': 'Заглавие\n\nPost Syndicated from Иван original https://x.test/bg\n\nТекст на български за избори и политика.\n',
    'no posts': 'Just a shopping list.\nPost Syndicated from nobody\n',
    'a long opening': `T\n\nPost Syndicated from A original https://x.test/l\n\n${'word sql database '.repeat(3000)}\n${'kernel linux '.repeat(400)}\n`,
  };
  for (const [what, text] of Object.entries(shapes)) {
    it(`matches the full parse with ${what}`, () => {
      assertSameAsFullParse(text, new StringSource(text), 'f', { topics });
      const source = utf8Source(new TextEncoder().encode(text), isUtf8);
      if (!/\r/.test(text)) {
        assert.ok(source);
        assertSameAsFullParse(text, source, 'f', { topics });
      } else assert.equal(source, undefined, 'CR line ends are read as decoded text');
    });
  }

  it('summarises any range of posts as the whole pass does', () => {
    const text = fs.readFileSync(dumps(corpusDir)[0], 'utf8');
    const source = new StringSource(text);
    const frame = findPosts(source);
    const whole = scanHeadlines(source, 'f').summaries;
    const half = Math.ceil(frame.heads.length / 2);
    assert.deepEqual([...summarize(source, frame, 'f', {}, 0, half), ...summarize(source, frame, 'f', {}, half)], whole);
  });

  it('walks text that arrives in parts as it walks the whole, summarising ready posts on the way', () => {
    for (const file of [...dumps(corpusDir), ...dumps(heldoutDir)]) {
      const bytes = new Uint8Array(fs.readFileSync(file));
      const whole = utf8Source(bytes, isUtf8);
      if (!whole) continue;
      const expected = scanHeadlines(whole, 'f', { topics });
      const finder = new PostFinder();
      const made: ArticleSummary[] = [];
      // Parts of odd sizes, each walked up to its last line feed (as a file read in chunks is).
      for (let end = 0; end < whole.bytes.length; end += 7919) {
        const upTo = whole.bytes.lastIndexOf(10, Math.min(end, whole.bytes.length - 1)) + 1;
        finder.advance(new Utf8Source(whole.bytes.subarray(0, upTo)));
        made.push(...summarize(whole, finder.partialFrame(whole), 'f', { topics }, made.length, finder.ready));
      }
      const frame = finder.finish(whole);
      made.push(...summarize(whole, frame, 'f', { topics }, made.length, finder.ready));
      assert.deepEqual(frame, findPosts(whole), path.basename(file));
      assert.deepEqual(made, expected.summaries, path.basename(file));
    }
  });

  it('tells blank lines from the bytes as isBlank does from the text, Unicode spaces included', () => {
    const lines = ['', ' ', '\t \t', 'a', '  a  ', '\u00a0', '\u00a0x', ' \u3000 ', '\u200b', '\u2028\u2029', '\ufeff', '\u0085', '\u00e9', ' \u00e9 ',
      '\u2019', '\u3000\u00a0 \t', '\u000b\u000c', 'x\u00a0', '\u00a0 \u00a0y', 'Привет'];
    const text = lines.join('\n');
    const bytes = new TextEncoder().encode(text);
    const fromBytes = new Utf8Source(bytes);
    const fromText = new StringSource(text);
    let byteAt = 0;
    let charAt = 0;
    for (const line of lines) {
      const byteEnd = byteAt + new TextEncoder().encode(line).length;
      const expected = isBlank(line);
      assert.equal(fromBytes.isBlank(byteAt, byteEnd), expected, JSON.stringify(line));
      assert.equal(fromText.isBlank(charAt, charAt + line.length), expected, JSON.stringify(line));
      byteAt = byteEnd + 1;
      charAt += line.length + 1;
    }
  });

  it('reads only valid UTF-8 as bytes', () => {
    assert.equal(utf8Source(new Uint8Array([0x54, 0xe9, 0x0a]), isUtf8), undefined, 'Windows-1252 é');
    assert.equal(utf8Source(new Uint8Array([0x54, 0, 0x0a]), isUtf8), undefined, 'NUL');
    const withBom = utf8Source(new Uint8Array([0xef, 0xbb, 0xbf, 0x54, 0x0a]), isUtf8);
    assert.equal(withBom?.text(0, withBom.length), 'T\n', 'the BOM is skipped');
  });
});
