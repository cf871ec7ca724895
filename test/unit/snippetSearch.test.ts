import * as assert from 'node:assert/strict';
import type { Article, CodeBlock, CodeKind, CodeLanguage } from '../../src/core/model';
import { SnippetSearch, buildSnippetSearch, snippetEntries, type SnippetSearchResult } from '../../src/core/snippetSearch';

function article(url: string, title: string, blocks: [CodeLanguage, string, CodeKind?][], extra: Partial<Article> = {}): Article {
  const codeBlocks: CodeBlock[] = blocks.map(([lang, code, kind], index) => ({
    index, startLine: 1, endLine: 1, lang, kind: kind ?? null, code, hasPrompts: false,
  }));
  return {
    url, title, author: 'A', authors: ['A'], source: 'AWS Big Data Blog', topics: ['Analytics'], tags: [], language: 'en',
    file: 'x.txt', titleLine: 1, syndicatedLine: 3, bodyStartLine: 5, bodyEndLine: 9, body: [], codeBlocks, wordCount: 100,
    ...extra,
  };
}

const ARTICLES: Article[] = [
  article('https://a/iceberg', 'Query Apache Iceberg tables with Amazon Athena', [
    ['sql', 'CREATE TABLE customers_iceberg (id int, name string)\nLOCATION \'s3://<your-bucket-name>/iceberg/\';'],
    ['sql', 'SELECT * FROM customers_iceberg LIMIT 10;'],
    ['python', 'spark.sql("select * from bankdata_db.bankdata_icebergtbl limit 10").show()'],
  ]),
  article('https://a/cdk', 'Deploy a static site with the AWS CDK', [
    ['typescript', "const siteBucket = new s3.Bucket(this, 'SiteBucket', {\n  bucketName: `site-${cdk.Stack.of(this).region}`,\n});", 'cdk'],
    ['json', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}', 'iam-policy'],
    ['shellscript', '$ aws s3 ls s3://my-site-bucket\n$ cdk deploy', 'command'],
  ], { source: 'AWS DevOps Blog', topics: ['DevOps'] }),
  article('https://a/container', 'Container images on Graviton', [
    ['shellscript', 'uname -r  # the kernel version', 'command'],
  ]),
  article('https://a/lwn', 'Kernel scheduler changes', [
    ['plaintext', 'sched: add the EEVDF scheduler\n  kernel/sched/fair.c | 120 +++', 'output'],
  ], { source: 'LWN.net', topics: ['Linux'] }),
  article('https://a/policy', 'Trust policies explained', [
    ['json', '{"Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}', 'iam-policy'],
  ], { source: 'AWS Security Blog', topics: ['Security'] }),
];

const search = SnippetSearch.from(snippetEntries(ARTICLES));

function found(result: SnippetSearchResult): string[] {
  return result.hits.map(hit => `${hit.entry.url.slice('https://a/'.length)}#${hit.entry.index}`);
}

describe('snippetSearch', () => {
  it('has one entry per code block, in library order', () => {
    assert.equal(search.size, 9);
    assert.deepEqual(found(search.search('')), ['iceberg#0', 'iceberg#1', 'iceberg#2', 'cdk#0', 'cdk#1', 'cdk#2', 'container#0', 'lwn#0', 'policy#0']);
  });

  it('applies language overrides from the library', () => {
    const entries = snippetEntries(ARTICLES, (url, index) => (url === 'https://a/lwn' && index === 0 ? { ...ARTICLES[2].codeBlocks[0], lang: 'diff' } : undefined));
    assert.equal(entries.find(entry => entry.url === 'https://a/lwn')!.lang, 'diff');
  });

  it('finds code by its words, best first', () => {
    assert.deepEqual(found(search.search('customers_iceberg')).slice(0, 2).sort(), ['iceberg#0', 'iceberg#1']);
    assert.equal(found(search.search('create table'))[0], 'iceberg#0');
    assert.deepEqual(found(search.search('AssumeRole')), ['policy#0']);
  });

  it('requires every word', () => {
    assert.deepEqual(found(search.search('select limit')).sort(), ['iceberg#1', 'iceberg#2']);
    assert.deepEqual(found(search.search('select customers')), ['iceberg#1']);
  });

  it('matches prefixes while typing', () => {
    assert.ok(found(search.search('Assum')).includes('policy#0'));
    assert.ok(found(search.search('cdk.Sta')).includes('cdk#0'));
  });

  it('tolerates a typo in a word the corpus does not have', () => {
    assert.ok(found(search.search('scheduller')).includes('lwn#0'));
  });

  it('searches the article title and the language name', () => {
    assert.deepEqual(found(search.search('static site')).sort(), ['cdk#0', 'cdk#1', 'cdk#2']);
    assert.ok(found(search.search('json policy')).includes('policy#0'));
    assert.ok(found(search.search('iam policy')).includes('cdk#1'));
  });

  it('ranks a title match above a code-only match', () => {
    // Both blocks hold "kernel" in their code once; only one article has it in its title (and comes later).
    assert.deepEqual(found(search.search('kernel')), ['lwn#0', 'container#0']);
  });

  it('ranks words that appear together, in order, above the same words apart', () => {
    const adjacent = SnippetSearch.from(snippetEntries([
      article('https://a/apart', 'Loading data', [['python', 'def create(rows):\n    for row in rows:\n        insert(row)\n    return table']]),
      article('https://a/together', 'Loading data too', [['python', 'def load(rows):\n    create table if missing\n    insert(rows)']]),
    ]));
    assert.deepEqual(adjacent.search('create table').hits.map(hit => hit.entry.url), ['https://a/together', 'https://a/apart']);
  });

  it('filters by the block language with lang:, aliases and prefixes', () => {
    assert.deepEqual(found(search.search('lang:sql')), ['iceberg#0', 'iceberg#1']);
    assert.deepEqual(found(search.search('lang:sh')), ['cdk#2', 'container#0']);
    assert.deepEqual(found(search.search('lang:pyth')), ['iceberg#2']);
    assert.deepEqual(found(search.search('select lang:python')), ['iceberg#2']);
    assert.deepEqual(found(search.search('lang:json lang:sql')), [], 'two languages: no block is both');
  });

  it('filters by the article with source:, topic: and is:', () => {
    assert.deepEqual(found(search.search('source:lwn')), ['lwn#0']);
    assert.deepEqual(found(search.search('topic:security')), ['policy#0']);
    const state = { isRead: (url: string) => url === 'https://a/policy', isFavorite: () => false, noteCount: () => 0 };
    search.clearCaches();
    assert.deepEqual(found(search.search('is:read', { state })), ['policy#0']);
    search.clearCaches();
  });

  it('finds code by symbols when the query has no words', () => {
    assert.deepEqual(found(search.search('${')), ['cdk#0']);
  });

  it('keeps phrases together', () => {
    assert.deepEqual(found(search.search('"limit 10"')).sort(), ['iceberg#1', 'iceberg#2']);
    assert.deepEqual(found(search.search('"10 limit"')), []);
  });

  it('cuts to the limit and reports the total', () => {
    const result = search.search('s3', { limit: 1 });
    assert.equal(result.hits.length, 1);
    assert.ok(result.total >= 3, `total ${result.total}`);
  });

  it('falls back to the blocks holding most words when none holds all', () => {
    assert.deepEqual(found(search.search('AssumeRole zzzqqq')), ['policy#0']);
  });

  it('gives the same answers when built in slices', async () => {
    let pauses = 0;
    const sliced = await buildSnippetSearch(snippetEntries(ARTICLES), async () => { pauses++; }, 0);
    assert.ok(pauses > 0, 'it paused between slices');
    for (const query of ['create table', 'lang:sql', 'assum', 'static site']) {
      assert.deepEqual(found(sliced.search(query)), found(search.search(query)), query);
    }
  });

  it('handles Cyrillic titles', () => {
    const cyrillic = SnippetSearch.from(snippetEntries([article('https://a/bg', 'Седмицата в код', [['python', 'print("здравей")']])]));
    assert.equal(cyrillic.search('седмицата').hits.length, 1);
    assert.equal(cyrillic.search('здравей').hits.length, 1);
  });
});
