import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Article } from '../../src/core/model';
import { parseFile } from '../../src/core/parseFile';
import type { ArticleState } from '../../src/core/query';
import { ArticleSearch } from '../../src/core/search/articleSearch';
import { TurnTimer } from '../../src/core/search/slices';
import { corpusDir } from '../harness/paths';

const CYBERARK = 'https://aws.amazon.com/blogs/architecture/how-cyberark-is-streamlining-serverless-governance-by-codifying-architectural-blueprints/';
const BAGGAGE = 'https://aws.amazon.com/blogs/big-data/near-real-time-baggage-operational-insights-for-airlines-using-amazon-kinesis-data-streams/';
const LUKOIL = 'https://www.toest.bg/lukoyl-ti-roden-nash/';
const EDUCATION = 'https://www.toest.bg/priobshtavashtoto-obrazovanie-misiyata-pochti-vuzmozhna/';
const PARTNER_CENTRAL = 'https://aws.amazon.com/blogs/aws/aws-partner-central-now-available-in-aws-management-console/';
const ICEBERG = 'https://aws.amazon.com/blogs/big-data/break-down-data-silos-and-seamlessly-query-iceberg-tables-in-amazon-sagemaker-from-snowflake/';
const ZABBIX = 'https://blog.zabbix.com/podman-container-monitoring-with-prometheus-exporter-part-2/30538/';

let articles: Article[];
let search: ArticleSearch;

function hitsOf(from: ArticleSearch, query: string): Array<[string, number, string]> {
  return from.search(query).hits.map(hit => [hit.url, hit.score, hit.snippet]);
}

function urls(query: string, state?: ArticleState): string[] {
  return search.search(query, { state }).hits.map(hit => hit.url);
}

before(async function () {
  this.timeout(60_000); // parsing 736 KB takes a second; more on a loaded machine
  const files = fs.readdirSync(corpusDir).filter(name => name.endsWith('.txt')).sort();
  articles = [];
  for (const file of files) articles.push(...(await parseFile(path.join(corpusDir, file))).posts);
  search = ArticleSearch.build(articles);
});

describe('search: ranking on the seed corpus', function () {
  this.timeout(20_000);
  it('loads all 68 seed posts', () => {
    assert.equal(articles.length, 68);
    assert.equal(search.articleCount, 68);
  });

  it('finds code tokens whole: s3.Bucket', () => {
    const { hits } = search.search('s3.Bucket');
    assert.equal(hits[0].url, CYBERARK);
    assert.equal(hits[0].highlight, 's3.Bucket');
    assert.match(hits[0].snippet, /s3\.Bucket/);
  });

  it('finds snake_case identifiers whole', () => {
    assert.equal(urls('server_access_logs_bucket')[0], CYBERARK);
  });

  it('finds Bulgarian words in any case (Cyrillic)', () => {
    assert.equal(urls('лукойл')[0], LUKOIL);
    assert.equal(urls('ЛУКОЙЛ')[0], LUKOIL);
    const education = search.search('образование');
    assert.equal(education.hits[0].url, EDUCATION);
    assert.ok(education.hits.every(hit => hit.article.source === search.search('source:toest').hits[0].article.source));
  });

  it('tolerates a typo', () => {
    const { hits } = search.search('kinesys');
    assert.equal(hits[0].url, BAGGAGE);
    assert.equal(hits[0].highlight, 'Kinesis');
  });

  it('matches word prefixes while typing', () => {
    assert.ok(urls('kines').includes(BAGGAGE));
    assert.ok(urls('zabb podm').includes(ZABBIX));
  });

  it('ignores diacritics: sebastien finds Sébastien Stormacq', () => {
    assert.deepEqual(urls('sebastien'), [PARTNER_CENTRAL]);
  });

  it('ranks a title match above body mentions', () => {
    assert.equal(urls('zabbix podman')[0], ZABBIX);
  });

  it('requires every word, and says so when it has to fall back to some', () => {
    const both = search.search('redshift serverless');
    assert.equal(both.partial, false);
    for (const hit of both.hits) assert.match(hit.article.title + hit.snippet + JSON.stringify(hit.article.body), /redshift/i);
    const stray = search.search('redshift xyzzyq');
    assert.equal(stray.partial, true);
    assert.ok(stray.hits.length > 0);
  });

  it('returns nothing (and no error) for a word that is nowhere', () => {
    assert.deepEqual(search.search('xyzzyq'), { query: search.search('xyzzyq').query, hits: [], total: 0, partial: false });
  });
});

describe('search: filters', function () {
  this.timeout(20_000);
  it('lang: keeps only articles with code in that language', () => {
    const { hits } = search.search('lang:sql iceberg');
    assert.equal(hits[0].url, ICEBERG);
    for (const hit of hits) assert.ok(hit.article.codeBlocks.some(block => block.lang === 'sql'), hit.url);
  });

  it('filters alone list every matching article', () => {
    const toest = search.search('source:toest');
    assert.equal(toest.total, 4);
    assert.ok(toest.hits.every(hit => hit.url.startsWith('https://www.toest.bg/')));
    const corbet = urls('author:corbet');
    assert.equal(corbet.length, articles.filter(a => a.authors.includes('corbet')).length);
  });

  it('is:unread, is:favorite and has:notes use the state the caller passes', () => {
    const favorites = new Set([LUKOIL, BAGGAGE]);
    const read = new Set([LUKOIL]);
    const state: ArticleState = {
      isRead: url => read.has(url),
      isFavorite: url => favorites.has(url),
      noteCount: url => (url === ZABBIX ? 2 : 0),
    };
    assert.deepEqual(new Set(urls('is:favorite', state)), favorites);
    assert.deepEqual(urls('is:favorite is:unread', state), [BAGGAGE]);
    assert.deepEqual(urls('has:notes', state), [ZABBIX]);
    assert.ok(!urls('лукойл is:unread', state).includes(LUKOIL));
    // Without state, state filters match nothing rather than everything.
    assert.deepEqual(urls('is:favorite'), []);
  });

  it('respects the limit and reports the total', () => {
    const outcome = search.search('aws', { limit: 3 });
    assert.equal(outcome.hits.length, 3);
    assert.ok(outcome.total > 3);
  });
});

describe('search: index lifecycle', function () {
  this.timeout(20_000);
  it('saves and loads the index for the same corpus key only', () => {
    const key = ArticleSearch.corpusKey(articles);
    const bytes = search.toBytes(key);
    const loaded = ArticleSearch.fromBytes(bytes, articles, key);
    assert.ok(loaded);
    for (const query of ['s3.Bucket', 'лукойл', 'kinesys', 'lang:sql iceberg']) {
      assert.deepEqual(loaded.search(query).hits.map(h => [h.url, h.score]), search.search(query).hits.map(h => [h.url, h.score]));
    }
    assert.equal(ArticleSearch.fromBytes(bytes, articles, 'another key'), undefined);
    assert.equal(ArticleSearch.fromBytes(bytes.subarray(0, 100), articles, key), undefined);
    assert.equal(ArticleSearch.fromBytes(new Uint8Array([1, 2, 3]), articles, key), undefined);
  });

  it('changes the corpus key when an article changes', () => {
    const changed = articles.map((article, i) => (i === 5 ? { ...article, title: `${article.title}!` } : article));
    assert.notEqual(ArticleSearch.corpusKey(changed), ArticleSearch.corpusKey(articles));
    assert.equal(ArticleSearch.corpusKey([...articles]), ArticleSearch.corpusKey(articles));
  });

  it('builds in background slices to the same result, and stops when aborted', async () => {
    let yields = 0;
    const background = await ArticleSearch.buildInBackground(articles, {
      sliceMs: 0,
      yieldTo: async () => { yields++; },
    });
    // Every article's fields pause, and so do finishing the postings, the term tree and the name index.
    assert.ok(yields > articles.length * 4, `${yields} pauses`);
    for (const query of ['kinesys', 's3.Bucket', 'schneier', 'лукойл', 'lang:sql iceberg', 'aws']) {
      assert.deepEqual(hitsOf(background, query), hitsOf(search, query), query);
    }
    assert.deepEqual(background.toBytes('k'), search.toBytes('k'));
    const controller = new AbortController();
    controller.abort(new Error('superseded'));
    await assert.rejects(ArticleSearch.buildInBackground(articles, { sliceMs: 0, signal: controller.signal, yieldTo: async () => {} }), /superseded/);
  });

  it('stops a background build at the next pause once aborted', async () => {
    const controller = new AbortController();
    let yields = 0;
    const building = ArticleSearch.buildInBackground(articles, {
      sliceMs: 0,
      signal: controller.signal,
      yieldTo: async () => {
        if (++yields === 50) controller.abort(new Error('superseded'));
      },
    });
    await assert.rejects(building, /superseded/);
    assert.equal(yields, 50);
  });

  it('saves and loads in background slices to the same bytes and results', async () => {
    const key = ArticleSearch.corpusKey(articles);
    let yields = 0;
    const options = { sliceMs: 0, yieldTo: async () => { yields++; } };
    const bytes = await search.toBytesInBackground(key, options);
    assert.deepEqual(bytes, search.toBytes(key));
    const loaded = await ArticleSearch.fromBytesInBackground(bytes, articles, key, options);
    assert.ok(loaded);
    assert.ok(yields > 10, `${yields} pauses`);
    for (const query of ['kinesys', 'schneier', 'aws']) assert.deepEqual(hitsOf(loaded, query), hitsOf(search, query), query);
    assert.equal(await ArticleSearch.fromBytesInBackground(bytes, articles, 'another key', options), undefined);
    assert.equal(await ArticleSearch.fromBytesInBackground(bytes.subarray(0, bytes.length - 8), articles, key, options), undefined);
    assert.equal(await ArticleSearch.corpusKeyInBackground(articles, options), key);
  });

  it('times the longest stretch between turns, not the time between jobs', async () => {
    const busy = (ms: number) => { const until = performance.now() + ms; while (performance.now() < until) { /* spin */ } };
    const timer = new TurnTimer();
    await timer.time(async yieldTo => { busy(2); await yieldTo(); busy(25); await yieldTo(); busy(2); });
    await new Promise(resolve => setTimeout(resolve, 300));
    await timer.time(async yieldTo => { busy(2); await yieldTo(); });
    assert.ok(timer.longestMs >= 25 && timer.longestMs < 300, `${timer.longestMs} ms`);
  });

  it('indexes a URL once when two files hold the same post', () => {
    const twice = ArticleSearch.build([...articles, ...articles]);
    assert.equal(twice.articleCount, 68);
    assert.equal(twice.search('s3.Bucket').hits.filter(hit => hit.url === CYBERARK).length, 1);
  });
});
