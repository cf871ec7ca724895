// Summaries from the parse worker are copies; the corpus keeps one copy of each repeated value.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseText } from '../../src/core/parse';
import { Corpus, summaryOf } from '../../src/library/corpus';
import { SharedValues } from '../../src/library/sharedValues';
import { corpusDir } from '../harness/paths';

describe('library: shared values of summaries', () => {
  it('gives equal lists one frozen copy, and keeps every value', () => {
    const shared = new SharedValues();
    const a = shared.list(['AI/ML', 'Security & Identity']);
    const b = shared.list(['AI/ML', 'Security & Identity']);
    assert.equal(a, b);
    assert.ok(Object.isFrozen(a));
    assert.deepEqual(a, ['AI/ML', 'Security & Identity']);
    assert.notEqual(shared.list(['AI/ML']), a, 'another list, another copy');
    assert.notEqual(shared.list(['AI/ML', 'Security']), shared.list(['AI/ML\u0000Security']), 'items are not confused with joined ones');
    assert.deepEqual(shared.list([]), []);
  });

  it('leaves a corpus read from worker copies the same, with its repeated lists shared', () => {
    const name = fs.readdirSync(corpusDir).filter(n => n.endsWith('.txt')).sort()[0];
    const file = `file:///c/${name}`;
    const posts = parseText(fs.readFileSync(path.join(corpusDir, name), 'utf8'), file).posts;
    // What arrives from the worker: structured-clone copies, one per summary.
    const arrived = posts.map(post => structuredClone(summaryOf(post)));
    const corpus = new Corpus();
    corpus.addSummaries(file, arrived);
    const summaries = corpus.summaries();
    assert.deepEqual(summaries.map(s => [s.title, s.file, s.source, s.language, s.authors, s.topics, s.tags]),
      posts.map(p => [p.title, p.file, p.source, p.language, p.authors, p.topics, p.tags]));
    assert.ok(summaries.length > 2);
    assert.ok(summaries.every(s => s.tags === summaries[0].tags), 'one tag list per file');
    const byTopics = new Map<string, unknown>();
    for (const s of summaries) {
      const key = s.topics.join('|');
      if (byTopics.has(key)) assert.equal(s.topics, byTopics.get(key), `one copy of the topics ${key}`);
      else byTopics.set(key, s.topics);
    }
    assert.ok(byTopics.size < summaries.length, 'some topic lists repeat in this file');
    // Bodies arriving later get the summary's lists, and nothing mutates a shared one.
    corpus.addArticles(file, posts);
    assert.equal(corpus.articles().length, posts.length);
  });
});
