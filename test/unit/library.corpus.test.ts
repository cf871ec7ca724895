// The library's Corpus: summaries first, full articles later, merged one per URL exactly as core's
// mergeArticles merges whole parses, whether summaries come in batches (the fast path) or files in any order.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mergeArticles } from '../../src/core/merge';
import type { Article } from '../../src/core/model';
import { parseText } from '../../src/core/parse';
import { Corpus, summaryOf } from '../../src/library/corpus';
import { corpusDir } from '../harness/paths';

const post = (title: string, url: string, body = 'Text.') => `${title}\n\nPost Syndicated from A original ${url}\n\n${body}\n\n`;
const parse = (text: string, file: string) => parseText(text, file).posts;

function corpusFiles(): Array<{ key: string; posts: Article[] }> {
  return fs.readdirSync(corpusDir).filter(n => n.endsWith('.txt')).sort()
    .map(name => ({ key: `file:///c/${name}`, posts: parse(fs.readFileSync(path.join(corpusDir, name), 'utf8'), `file:///c/${name}`) }));
}

/** What a whole-corpus merge gives, on fresh parses (mergeArticles changes the posts it keeps). */
function expectedMerge(files: Array<{ key: string; posts: Article[] }>): Article[] {
  const fresh = files.map(f => ({ file: f.key, preamble: null, posts: f.posts.map(p => structuredClone(p)) }));
  return mergeArticles(fresh);
}

describe('library: corpus (summaries first, bodies later)', () => {
  it('lists summaries before any body, and articles once their bodies arrive', () => {
    const files = corpusFiles();
    const corpus = new Corpus();
    for (const { key, posts } of files) corpus.addSummaries(key, posts.map(summaryOf));
    const expected = expectedMerge(files);
    assert.equal(corpus.summaries().length, expected.length);
    assert.equal(corpus.articles().length, 0, 'no article before its body');
    assert.equal(corpus.pending, expected.length);
    const first = corpus.summaries()[0];
    assert.equal(corpus.article(first.url), undefined);
    assert.equal(corpus.summary(first.url)?.title, first.title);
    assert.ok(!('body' in first) && !('codeBlocks' in first), 'a summary has no body');

    for (const { key, posts } of files) corpus.addArticles(key, posts);
    assert.equal(corpus.pending, 0);
    assert.deepEqual(corpus.articles().map(a => [a.url, a.tags, a.topics]), expected.map(a => [a.url, a.tags, a.topics]));
    assert.deepEqual(corpus.summaries().map(s => s.url), expected.map(a => a.url));
  });

  it('merges copies of a post across files like mergeArticles, in key order whatever the arrival order', () => {
    const a = { key: 'file:///a.txt', posts: parse('Tag Archives: Rust\n\n' + post('One', 'https://x.test/1') + post('Two', 'http://x.test/2/'), 'file:///a.txt') };
    const b = { key: 'file:///b.txt', posts: parse('Tag Archives: Kernel\n\n' + post('Two again', 'https://x.test/2') + post('Three', 'https://x.test/3'), 'file:///b.txt') };
    const expected = expectedMerge([a, b]);
    for (const order of [[a, b], [b, a]]) {
      const corpus = new Corpus();
      for (const f of order) corpus.addSummaries(f.key, f.posts.map(summaryOf));
      assert.deepEqual(corpus.summaries().map(s => [s.url, s.title, s.tags]), expected.map(e => [e.url, e.title, e.tags]));
      for (const f of order) corpus.addArticles(f.key, f.posts);
      const two = corpus.article('https://x.test/2')!;
      assert.equal(two.title, 'Two');
      assert.deepEqual(two.tags, ['Rust', 'Kernel']);
      assert.equal(corpus.articles().length, 3);
    }
  });

  it('gives the same merged view when a big file\'s summaries come in batches', () => {
    const files = corpusFiles();
    const batched = new Corpus();
    const whole = new Corpus();
    for (const { key, posts } of files) {
      const summaries = posts.map(summaryOf);
      for (let at = 0; at < summaries.length; at += 3) {
        batched.addSummaries(key, summaries.slice(at, at + 3));
        batched.summaries(); // read between batches: the merged view is extended, not rebuilt
      }
      whole.addSummaries(key, summaries);
    }
    assert.deepEqual(batched.summaries(), whole.summaries());
    for (const { key, posts } of files) batched.addArticles(key, posts);
    assert.equal(batched.articles().length, whole.summaries().length);
  });

  it('keeps the full parse when it disagrees with the summaries, and removes files', () => {
    const posts = parse(post('One', 'https://x.test/1') + post('Two', 'https://x.test/2'), 'f');
    const corpus = new Corpus();
    corpus.addSummaries('f', [summaryOf(posts[0])]);
    corpus.addArticles('f', posts);
    assert.equal(corpus.reconcile('f', posts), false);
    assert.deepEqual(corpus.summaries().map(s => s.title), ['One', 'Two']);
    assert.equal(corpus.articles().length, 2);
    assert.equal(corpus.reconcile('f', posts), true);
    corpus.removeFile('f');
    assert.equal(corpus.summaries().length, 0);
    assert.equal(corpus.article('https://x.test/1'), undefined);
  });

  it('lists what the full parse says when a summary (e.g. from a stale cache) says otherwise', () => {
    const posts = parse(post('One', 'https://x.test/1') + post('Two', 'https://x.test/2'), 'f');
    const corpus = new Corpus();
    corpus.addSummaries('f', posts.map(p => ({ ...summaryOf(p), topics: ['Stale'] })));
    assert.deepEqual(corpus.summaries().map(s => s.topics), [['Stale'], ['Stale']]);
    corpus.addArticles('f', posts.slice(0, 1));
    assert.deepEqual(corpus.summaries().map(s => s.topics), [posts[0].topics, ['Stale']]);
    assert.equal(corpus.corrected, 1);
    assert.equal(corpus.article('https://x.test/1'), posts[0]);
  });

  it('ignores a body that matches no summary of its file', () => {
    const [one] = parse(post('One', 'https://x.test/1'), 'f');
    const [other] = parse(post('Other', 'https://x.test/9'), 'f');
    const corpus = new Corpus();
    corpus.addSummaries('f', [summaryOf(one)]);
    assert.deepEqual(corpus.addArticles('f', [other]), []);
    assert.deepEqual(corpus.addArticles('g', [one]), [], 'an unknown file');
    assert.equal(corpus.addArticles('f', [one]).length, 1);
  });
});
