// `npm run bench:search [-- --sizes 1000,10000,50000 --minisearch-max 1000 --fuse-max 50000 --clock cpu|wall]`
// Article search on generated corpora of realistic articles (bench/lib/generate.ts remixes the seed dumps):
// index build (at once and in background slices), index size and memory, cache save/load, and query latency
// per keystroke, against fuse.js over the same bodies measured in the same run (and MiniSearch up to
// --minisearch-max articles, because it is the obvious alternative). Prints a Markdown table.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import * as os from 'node:os';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { Article } from '../src/core/model';
import { parseText } from '../src/core/parse';
import { ArticleSearch } from '../src/core/search/articleSearch';
import { searchDocument } from '../src/core/search/documents';
import { TurnTimer } from '../src/core/search/slices';
import { terms } from '../src/core/search/tokens';
import { generateDump } from './lib/generate';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** What people type, keystroke by keystroke for some: prefixes, typos, code tokens, Cyrillic, filters. */
const QUERIES = [
  'k', 'ki', 'kin', 'kine', 'kines', 'kinesis',
  'redshift serverless', 'iceberg tables', 'lambda functon', 'kinesys', 'cloudfront origin acess',
  's3.Bucket', 'aws_iam_role', 'spark.sql', 'CREATE TABLE', 'pip install',
  'Лукойл', 'образование', 'президент',
  'data', 'the', 'a', 'zabbix podman', 'traceroute',
  'lang:sql iceberg', 'author:corbet kernel', 'source:lwn', 'has:code redshift',
];
/** fuse.js over bodies is seconds per query at 10,000 articles: a sample of the queries above. */
const FUSE_SAMPLE = ['kinesis', 'redshift serverless', 'lambda functon', 's3.Bucket', 'Лукойл', 'data'];

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/**
 * `--clock cpu` (default): this process's CPU time, so that other work on a shared machine does not inflate
 * the figures (on an idle machine it is about the wall time: the work is single-threaded). `--clock wall`.
 */
const CLOCK = argument('clock', 'cpu');
function now(): number {
  if (CLOCK === 'wall') return performance.now();
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function generateArticles(count: number): { articles: Article[]; bytes: number } {
  const articles: Article[] = [];
  let bytes = 0;
  // Chunks keep each dump string small; each chunk has its own seed, so URLs stay distinct.
  for (let chunk = 0; articles.length < count; chunk++) {
    const text = generateDump({ articles: Math.min(1000, count - articles.length), seed: 1000 + chunk });
    bytes += Buffer.byteLength(text);
    articles.push(...parseText(text, `generated-${chunk}.txt`).posts);
  }
  return { articles, bytes };
}

/**
 * JS heap plus ArrayBuffers (the index keeps its postings in typed arrays, outside the heap). V8 releases the
 * memory of dead ArrayBuffers a moment after the GC that found them (the builder's 78 MB of postings pages at
 * 10,000 articles were still counted right after the build): wait for that.
 */
async function heapMB(): Promise<number> {
  gc();
  await new Promise(resolve => setTimeout(resolve, 300));
  gc();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1e6;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function latencies(run: (query: string) => void, queries: readonly string[], repeats: number): { p50: number; p95: number; max: number; count: number } {
  for (const query of queries) run(query); // warm-up: JIT, caches
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const query of queries) {
      const started = now();
      run(query);
      times.push(now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times[times.length - 1], count: times.length };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

async function benchSize(count: number, miniSearchMax: number, fuseMax: number): Promise<string[]> {
  const rows: string[] = [];
  const { articles, bytes } = generateArticles(count);
  const label = `${count.toLocaleString('en')} (${(bytes / 1e6).toFixed(0)} MB)`;
  const before = await heapMB();

  let started = now();
  const keyStarted = now();
  const key = ArticleSearch.corpusKey(articles);
  const keyMs = now() - keyStarted;
  const buildTimer = new TurnTimer();
  const search = await buildTimer.time(yieldTo => ArticleSearch.buildInBackground(articles, { yieldTo }));
  const buildStretch = buildTimer.longestMs;
  const backgroundMs = now() - started - keyMs;
  const heap = await heapMB() - before;
  started = now();
  ArticleSearch.build(articles);
  const buildMs = now() - started;
  started = now();
  const bytesSaved = search.toBytes(key);
  const saveMs = now() - started;
  started = now();
  const loaded = ArticleSearch.fromBytes(bytesSaved, articles, key);
  const loadMs = now() - started;
  if (!loaded) throw new Error('the saved index did not load');
  const loadTimer = new TurnTimer();
  started = now();
  await loadTimer.time(yieldTo => ArticleSearch.fromBytesInBackground(bytesSaved, articles, key, { yieldTo }));
  const loadStretch = loadTimer.longestMs;
  const backgroundLoadMs = now() - started;
  const ours = latencies(query => search.search(query, { limit: 50 }), QUERIES, count >= 10000 ? 3 : 10);
  const ranking = latencies(query => search.search(query, { limit: 0 }), QUERIES, count >= 10000 ? 3 : 10);
  rows.push(`| ${label} | ours | ${ms(buildMs)} | ${ms(backgroundMs)} (longest stretch ${ms(buildStretch)}) | ${heap.toFixed(0)} | ${(bytesSaved.length / 1e6).toFixed(1)} (save ${ms(saveMs)}, load ${ms(loadMs)}, in background ${ms(backgroundLoadMs)} with longest stretch ${ms(loadStretch)}, key ${ms(keyMs)}) | ${ms(ours.p50)} | ${ms(ours.p95)} | ${ms(ours.max)} | ${ours.count} |`);
  rows.push(`| ${label} | ours, ranking only (no snippets) | | | | | ${ms(ranking.p50)} | ${ms(ranking.p95)} | ${ms(ranking.max)} | ${ranking.count} |`);
  process.stderr.write(`${label}: ours done, ${search.index.termCount} terms, ${search.index.postingCount} postings, process RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB\n`);

  if (count <= miniSearchMax) {
    const fields = ['title', 'meta', 'text', 'code'];
    const documents = articles.map(article => ({ id: article.url, ...searchDocument(article) }));
    const heapBefore = await heapMB();
    started = now();
    const mini = new MiniSearch({ fields, tokenize: text => terms(text), processTerm: term => term });
    mini.addAll(documents);
    const miniBuild = now() - started;
    const miniHeap = await heapMB() - heapBefore;
    started = now();
    const miniJson = JSON.stringify(mini);
    const miniSave = now() - started;
    const miniLatency = latencies(
      query => mini.search(query, { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { title: 5, meta: 3 } }),
      QUERIES.filter(q => !q.includes(':') || /[._]/.test(q)), count >= 10000 ? 3 : 10);
    rows.push(`| ${label} | MiniSearch | ${ms(miniBuild)} | – | ${miniHeap.toFixed(0)} | ${(miniJson.length / 1e6).toFixed(1)} (JSON ${ms(miniSave)}) | ${ms(miniLatency.p50)} | ${ms(miniLatency.p95)} | ${ms(miniLatency.max)} | ${miniLatency.count} |`);
    process.stderr.write(`${label}: MiniSearch done\n`);
  }

  if (count > fuseMax) return rows;
  const records = articles.map(article => ({ ...searchDocument(article) }));
  const fuseHeapBefore = await heapMB();
  started = now();
  const fuse = new Fuse(records, {
    keys: [{ name: 'title', weight: 5 }, { name: 'meta', weight: 3 }, { name: 'text', weight: 1 }, { name: 'code', weight: 1 }],
    ignoreLocation: true, ignoreDiacritics: true, threshold: 0.3, includeScore: true,
  });
  const fuseBuild = now() - started;
  const fuseHeap = await heapMB() - fuseHeapBefore;
  const sample = count >= 10000 ? FUSE_SAMPLE.slice(0, count >= 50000 ? 2 : 4) : FUSE_SAMPLE;
  const fuseLatency = latencies(query => fuse.search(query, { limit: 50 }), sample, 1);
  rows.push(`| ${label} | fuse.js over bodies | ${ms(fuseBuild)} | – | ${fuseHeap.toFixed(0)} | – | ${ms(fuseLatency.p50)} | ${ms(fuseLatency.p95)} | ${ms(fuseLatency.max)} | ${fuseLatency.count} |`);
  process.stderr.write(`${label}: fuse.js done\n`);
  return rows;
}

async function main(): Promise<void> {
  const sizes = argument('sizes', '1000,10000,50000').split(',').map(Number);
  const miniSearchMax = Number(argument('minisearch-max', '1000'));
  const fuseMax = Number(argument('fuse-max', '50000'));
  const header = [
    `Article search, Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)} at start, ${CLOCK === 'wall' ? 'wall-clock' : 'CPU'} time; ${QUERIES.length} queries (typing prefixes, typos, code tokens, Cyrillic, filters), top 50 with snippets.`,
    '',
    '| articles (dump size) | engine | build ms | background build ms | index heap MB | saved index MB | p50 ms | p95 ms | max ms | queries timed |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  process.stdout.write(header.join('\n') + '\n');
  for (const size of sizes) {
    for (const row of await benchSize(size, miniSearchMax, fuseMax)) process.stdout.write(row + '\n');
  }
  process.stdout.write(`\nload average ${os.loadavg()[0].toFixed(1)} at the end.\n`);
  process.stdout.write('\nfuse.js is timed on a sample of the queries (1 run each; 2 queries at 50,000 articles): it is linear in the corpus per query.\n');
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
