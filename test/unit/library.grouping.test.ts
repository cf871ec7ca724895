// Grouping of the Articles view (src/tree/grouping.ts).
import * as assert from 'node:assert/strict';
import type { Article, CodeBlock } from '../../src/core/model';
import { languageName } from '../../src/core/languageNames';
import { groupArticles, groupArticlesInSlices, isGroupBy, sortByTitle, sortByTitleInSlices } from '../../src/tree/grouping';

const NONE = { noTopic: 'Other', unknownSource: 'Unknown Source', unknownAuthor: 'Unknown Author', noCode: 'No Code' };

function block(lang: CodeBlock['lang']): CodeBlock {
  return { index: 0, startLine: 1, endLine: 1, lang, kind: null, code: 'x', hasPrompts: false };
}

function article(title: string, over: Partial<Article> = {}): Article {
  return {
    url: `https://x.test/${encodeURIComponent(title)}`, title, author: 'A', authors: ['A'], source: 'Blog', topics: ['T'], tags: [],
    language: 'en', file: 'file:///d/a.txt', titleLine: 1, syndicatedLine: 3, bodyStartLine: 5, bodyEndLine: 6, body: [],
    codeBlocks: [], wordCount: 1, ...over,
  };
}

const summary = (groups: ReturnType<typeof groupArticles>) => groups.map(g => [g.label, g.articles.map(a => a.title)]);

describe('tree: grouping', () => {
  const articles = [
    article('beta', { topics: ['Security', 'Cloud'], authors: ['Ann', 'Bob'], codeBlocks: [block('sql'), block('sql'), block('python')] }),
    article('Alpha', { topics: ['Security'], source: 'LWN.net', authors: ['Bob'] }),
    article('gamma', { topics: ['Other'], source: '', authors: [], author: '', file: 'file:///d/b.txt', titleLine: 1 }),
    article('delta', { topics: ['Cloud'], file: 'file:///d/b.txt', titleLine: 9 }),
  ];

  it('files an article under each of its topics; the catch-all "Other" sorts last', () => {
    assert.deepEqual(summary(groupArticles(articles, 'topic', NONE)), [
      ['Cloud', ['beta', 'delta']], ['Security', ['Alpha', 'beta']], ['Other', ['gamma']],
    ]);
  });

  it('groups by source and author, with unknown ones last', () => {
    assert.deepEqual(summary(groupArticles(articles, 'source', NONE)), [
      ['Blog', ['beta', 'delta']], ['LWN.net', ['Alpha']], ['Unknown Source', ['gamma']],
    ]);
    assert.deepEqual(summary(groupArticles(articles, 'author', NONE)), [
      ['A', ['delta']], ['Ann', ['beta']], ['Bob', ['Alpha', 'beta']], ['Unknown Author', ['gamma']],
    ]);
  });

  it('groups by code language once per article, with readable names and "No Code" last', () => {
    const groups = groupArticles(articles, 'language', NONE);
    assert.deepEqual(summary(groups), [['Python', ['beta']], ['SQL', ['beta']], ['No Code', ['Alpha', 'delta', 'gamma']]]);
    assert.equal(groups[1].key, 'language:sql');
  });

  it('groups by file keeping the file order of articles', () => {
    const groups = groupArticles(articles, 'file', NONE, file => file.split('/').pop()!);
    assert.deepEqual(summary(groups), [['a.txt', ['beta', 'Alpha']], ['b.txt', ['gamma', 'delta']]]);
  });

  it('files an article once per distinct key, the catch-all topic beside real ones ignored', () => {
    const odd = [
      article('one', { topics: ['Other', 'Cloud', 'Cloud'], authors: ['Ann', 'Ann'] }),
      article('two', { topics: ['Other', 'Other'], authors: [], author: 'Zed' }),
      article('three', { topics: [], authors: [], author: '', source: '' }),
    ];
    assert.deepEqual(summary(groupArticles(odd, 'topic', NONE)), [['Cloud', ['one']], ['Other', ['three', 'two']]]);
    assert.deepEqual(summary(groupArticles(odd, 'author', NONE)), [['Ann', ['one']], ['Zed', ['two']], ['Unknown Author', ['three']]]);
    assert.deepEqual(summary(groupArticles(odd, 'source', NONE)), [['Blog', ['one', 'two']], ['Unknown Source', ['three']]]);
    assert.deepEqual(summary(groupArticles(odd, 'language', NONE, f => f, false, () => ['sql', 'sql'])), [['SQL', ['one', 'three', 'two']]]);
  });

  it('gives stable, distinct group keys per grouping', () => {
    const keys = groupArticles(articles, 'topic', NONE).map(g => g.key);
    assert.equal(new Set(keys).size, keys.length);
    assert.ok(keys.every(key => key.startsWith('topic:')));
  });

  it('validates grouping names and names languages', () => {
    assert.ok(isGroupBy('language'));
    assert.ok(!isGroupBy('date'));
    assert.ok(!isGroupBy(undefined));
    assert.equal(languageName('shellscript'), 'Shell');
    assert.equal(languageName('unknown-lang'), 'unknown-lang');
  });

  describe('in slices (what the view does at 10,000 articles)', () => {
    const many = Array.from({ length: 3000 }, (_, n) => article(`Title ${(n * 7919) % 3001} ${n % 3 ? 'b' : 'Á'}`, {
      url: `https://x.test/${n}`, topics: [['Security'], ['Cloud', 'Security'], ['Other']][n % 3], titleLine: n + 1,
      file: `file:///d/${n % 4}.txt`, codeBlocks: n % 5 ? [block('sql')] : [],
    }));
    let pauses = 0;
    const always = () => true;
    const pause = async () => { pauses++; };

    it('sorts exactly as sortByTitle does, equal titles in their first order, pausing as asked', async () => {
      const twins = [article('Same', { url: 'u1' }), article('same', { url: 'u2' }), ...many, article('SAME', { url: 'u3' })];
      pauses = 0;
      assert.deepEqual((await sortByTitleInSlices(twins, always, pause)).map(a => a.url), sortByTitle(twins).map(a => a.url));
      assert.ok(pauses > 5, `${pauses} pauses`);
      assert.deepEqual(await sortByTitleInSlices([], always, pause), []);
    });

    it('sorts a list that grew at its end by merging in the new articles only, as a whole sort would', async () => {
      const twins = [article('Same', { url: 'u1' }), ...many, article('same', { url: 'u2' }), article('SAME', { url: 'u3' })];
      const first = twins.slice(0, 1700);
      const previous = { articles: first, sorted: await sortByTitleInSlices(first, always, pause) };
      const grown = await sortByTitleInSlices(twins, always, pause, previous);
      assert.deepEqual(grown.map(a => a.url), sortByTitle(twins).map(a => a.url));
      assert.equal(await sortByTitleInSlices(first, always, pause, previous), previous.sorted, 'unchanged: the same order');
      const reordered = [twins[1], twins[0], ...twins.slice(2)];
      assert.deepEqual((await sortByTitleInSlices(reordered, always, pause, previous)).map(a => a.url), sortByTitle(reordered).map(a => a.url), 'not an extension: sorted whole');
    });

    it('groups exactly as groupArticles does, by every key', async () => {
      const sorted = sortByTitle(many);
      const languagesOf = (a: Article) => [...new Set(a.codeBlocks.map(b => b.lang))];
      for (const by of ['topic', 'source', 'author', 'language', 'file'] as const) {
        assert.deepEqual(summary(await groupArticlesInSlices(sorted, by, NONE, f => f, languagesOf, always, pause)), summary(groupArticles(many, by, NONE)), by);
      }
    });

    it('by code language, lists articles whose body is still being parsed in a group of their own, last', () => {
      const groups = groupArticles(articles, 'language', { ...NONE, pending: 'Loading…' }, f => f, false, a => (a.title === 'beta' ? undefined : [...new Set(a.codeBlocks.map(b => b.lang))]));
      assert.deepEqual(summary(groups), [['No Code', ['Alpha', 'delta', 'gamma']], ['Loading…', ['beta']]]);
    });
  });
});
