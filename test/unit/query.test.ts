import * as assert from 'node:assert/strict';
import type { Article, CodeBlock } from '../../src/core/model';
import {
  canonicalLanguage, foldText, formatQuery, isEmptyQuery, matchesFilters, matchesQuery, parseQuery,
} from '../../src/core/query';

function block(index: number, lang: CodeBlock['lang']): CodeBlock {
  return { index, startLine: 1, endLine: 1, lang, kind: null, code: 'x', hasPrompts: false };
}

function article(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://aws.amazon.com/blogs/big-data/a', title: 'Query Iceberg tables with Athena',
    author: 'Sébastien Stormacq, Jane Doe', authors: ['Sébastien Stormacq', 'Jane Doe'],
    source: 'AWS Big Data Blog', topics: ['Analytics', 'Databases'], tags: [], language: 'en', file: 'f.txt',
    titleLine: 1, syndicatedLine: 3, bodyStartLine: 5, bodyEndLine: 9, body: [],
    codeBlocks: [block(0, 'sql'), block(1, 'python'), block(2, 'sql')], wordCount: 100,
    ...overrides,
  };
}

describe('query: parse', () => {
  it('parses the full example into text and filters', () => {
    const q = parseQuery('text topic:x source:"AWS Big Data Blog" lang:sql is:unread is:favorite has:notes author:y');
    assert.equal(q.text, 'text');
    assert.deepEqual(q.terms, ['text']);
    assert.deepEqual(q.filters, {
      topic: ['x'], source: ['AWS Big Data Blog'], lang: ['sql'], author: ['y'],
      is: ['unread', 'favorite'], has: ['notes'],
    });
    assert.deepEqual(q.invalid, []);
  });

  it('keeps words and quoted phrases as text, in order, wherever facets sit', () => {
    const q = parseQuery('  lambda   topic:Serverless "step functions"  cold start ');
    assert.equal(q.text, 'lambda "step functions" cold start');
    assert.deepEqual(q.terms, ['lambda', 'step functions', 'cold', 'start']);
    assert.deepEqual(q.filters.topic, ['Serverless']);
  });

  it('returns an empty query for empty or blank input', () => {
    for (const input of ['', '   ', '""']) {
      const q = parseQuery(input);
      assert.ok(isEmptyQuery(q), input);
      assert.equal(q.text, '');
    }
  });

  it('treats keys case-insensitively and accepts aliases', () => {
    const q = parseQuery('TOPIC:Security Language:ts site:LWN by:Corbet tag:Partner');
    assert.deepEqual(q.filters.topic, ['Security', 'Partner']);
    assert.deepEqual(q.filters.lang, ['typescript']);
    assert.deepEqual(q.filters.source, ['LWN']);
    assert.deepEqual(q.filters.author, ['Corbet']);
  });

  it('resolves language aliases to VS Code ids', () => {
    assert.equal(canonicalLanguage('bash'), 'shellscript');
    assert.equal(canonicalLanguage('YML'), 'yaml');
    assert.equal(canonicalLanguage('SQL'), 'sql');
    assert.equal(canonicalLanguage('c++'), 'cpp');
    assert.deepEqual(parseQuery('lang:py lang:python').filters.lang, ['python']);
  });

  it('repeats of a facet accumulate (all must hold) and duplicates collapse', () => {
    const q = parseQuery('topic:a topic:b topic:a is:unread is:new');
    assert.deepEqual(q.filters.topic, ['a', 'b']);
    assert.deepEqual(q.filters.is, ['unread']);
  });

  it('handles curly quotes, escaped quotes and an unterminated quote', () => {
    assert.deepEqual(parseQuery('source:“AWS Security Blog”').filters.source, ['AWS Security Blog']);
    assert.deepEqual(parseQuery('author:"O\\"Brien Team"').filters.author, ['O"Brien Team']);
    const open = parseQuery('source:"AWS Big');
    assert.deepEqual(open.filters.source, ['AWS Big']);
    assert.equal(open.text, '');
  });

  it('leaves unknown keys, URLs and times as text', () => {
    const q = parseQuery('https://lwn.net/Articles/1 foo:bar 10:30');
    assert.equal(q.text, 'https://lwn.net/Articles/1 foo:bar 10:30');
    assert.ok(!isEmptyQuery(q));
  });

  it('reports unknown flags and empty facet values as invalid instead of guessing', () => {
    const q = parseQuery('is:bogus has:wings topic: lang:""');
    assert.deepEqual(q.invalid, ['is:bogus', 'has:wings', 'topic:', 'lang:""']);
    assert.ok(isEmptyQuery(q));
  });

  it('keeps Cyrillic text and values', () => {
    const q = parseQuery('Тоест author:"Ирина Недева"');
    assert.deepEqual(q.terms, ['Тоест']);
    assert.deepEqual(q.filters.author, ['Ирина Недева']);
  });

  it('formats back into a query that parses to the same thing', () => {
    const input = 'iceberg "time travel" source:"AWS Big Data Blog" lang:bash is:unread has:notes author:y';
    const q = parseQuery(input);
    const formatted = formatQuery(q);
    assert.equal(formatted, 'iceberg "time travel" source:"AWS Big Data Blog" lang:shellscript author:y is:unread has:notes');
    assert.deepEqual(parseQuery(formatted), q);
    assert.equal(formatQuery(parseQuery('author:"say \\"hi\\""')), 'author:"say \\"hi\\""');
  });
});

describe('query: match', () => {
  const state = (read: string[] = [], fav: string[] = [], notes: Record<string, number> = {}) => ({
    isRead: (url: string) => read.includes(url),
    isFavorite: (url: string) => fav.includes(url),
    noteCount: (url: string) => notes[url] ?? 0,
  });

  it('matches facets by case- and accent-insensitive containment', () => {
    const a = article();
    assert.ok(matchesFilters(a, parseQuery('source:"big data"').filters));
    assert.ok(matchesFilters(a, parseQuery('author:sebastien').filters));
    assert.ok(matchesFilters(a, parseQuery('topic:analytics').filters));
    assert.ok(!matchesFilters(a, parseQuery('source:LWN').filters));
    assert.ok(!matchesFilters(a, parseQuery('topic:Security').filters));
  });

  it('combines facets with AND', () => {
    const a = article();
    assert.ok(matchesFilters(a, parseQuery('topic:Analytics source:AWS lang:sql').filters));
    assert.ok(matchesFilters(a, parseQuery('lang:sql lang:py').filters));
    assert.ok(!matchesFilters(a, parseQuery('topic:Analytics lang:java').filters));
    assert.ok(!matchesFilters(a, parseQuery('topic:Analytics topic:Security').filters));
  });

  it('matches language exactly against code block languages', () => {
    const a = article({ codeBlocks: [block(0, 'javascript')] });
    assert.ok(matchesFilters(a, parseQuery('lang:js').filters));
    assert.ok(!matchesFilters(a, parseQuery('lang:java').filters), 'java is not a prefix match of javascript');
  });

  it('uses the file preamble tags as topics', () => {
    assert.ok(matchesFilters(article({ tags: ['Partner solutions'] }), parseQuery('topic:partner').filters));
  });

  it('applies read, favorite and notes state', () => {
    const a = article();
    assert.ok(matchesFilters(a, parseQuery('is:unread').filters, state()));
    assert.ok(!matchesFilters(a, parseQuery('is:unread').filters, state([a.url])));
    assert.ok(matchesFilters(a, parseQuery('is:read').filters, state([a.url])));
    assert.ok(!matchesFilters(a, parseQuery('is:favorite').filters, state()));
    assert.ok(matchesFilters(a, parseQuery('is:favorite').filters, state([], [a.url])));
    assert.ok(!matchesFilters(a, parseQuery('has:notes').filters, state()));
    assert.ok(matchesFilters(a, parseQuery('has:notes').filters, state([], [], { [a.url]: 2 })));
    assert.ok(matchesFilters(a, parseQuery('has:code').filters));
    assert.ok(!matchesFilters(article({ codeBlocks: [] }), parseQuery('has:code').filters));
  });

  it('matches text terms against title, authors, source and topics, all terms required', () => {
    const a = article();
    assert.ok(matchesQuery(a, parseQuery('iceberg athena')));
    assert.ok(matchesQuery(a, parseQuery('"iceberg tables"')));
    assert.ok(matchesQuery(a, parseQuery('STORMACQ')));
    assert.ok(!matchesQuery(a, parseQuery('iceberg kafka')));
    assert.ok(!matchesQuery(a, parseQuery('"tables iceberg"')));
    assert.ok(matchesQuery(a, parseQuery('')));
  });

  it('folds Cyrillic case', () => {
    assert.equal(foldText('Тоест ПРОЧЕТИ'), 'тоест прочети');
    assert.ok(matchesQuery(article({ title: 'Денят на изборите' }), parseQuery('ДЕНЯТ')));
  });
});
