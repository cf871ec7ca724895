// `npm run bench:snippets [-- --sizes 10000,50000 --fuse-max 10000]`
// "Find Code Snippet" ranking per keystroke: queries typed character by character against 10k and 50k code
// blocks, p50/p95 per keystroke, next to a plain substring filter (the floor) and fuse.js over all blocks (the
// obvious approach) measured in the same run. Target: p95 ≤ 30 ms at 10k.
//
// The blocks: bench/lib/generate.ts remixes the seed dumps, and the parser extracts their code; that material
// has only the seed's ~100 distinct blocks, so each copy here gets a share of its identifiers renamed and its own
// article, so that the vocabulary grows with the corpus the way a real one's does.
import Fuse from 'fuse.js';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { Article } from '../src/core/model';
import { parseText } from '../src/core/parse';
import { languageName } from '../src/core/languageNames';
import { SnippetSearch, snippetEntries, type SnippetEntry } from '../src/core/snippetSearch';
import { generateDump } from './lib/generate';
import { createRandom } from './lib/random';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Typed character by character: every prefix is a keystroke. */
const TYPED = ['s3 bucket policy', 'CREATE TABLE iceberg', 'lang:sql customer', 'cdk.Stack region', 'pip install', 'assume role', 'bukcet polcy'];
/** fuse.js over every block is slow: it runs this sample of keystrokes only. */
const FUSE_SAMPLE = ['s3', 's3 bu', 'CREATE TAB', 'pip install', 'assume role', 'bukcet'];

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const SUFFIXES = ['orders', 'events', 'users', 'prod', 'dev', 'v2', 'raw', 'agg', 'stage', 'tmp', 'eu', 'us', 'daily', 'main', 'lake', 'stream'];

/** `count` blocks remixed from the parsed material: identifiers renamed in ~30% of cases, one article per 1–3 blocks. */
function remix(material: readonly Article[], count: number, seed: number): SnippetEntry[] {
  const random = createRandom(seed);
  const base = snippetEntries(material);
  const withTitles = material.map(article => article.title);
  const entries: SnippetEntry[] = [];
  let article: Article | undefined;
  for (let i = 0; i < count; i++) {
    if (!article || random() < 0.5) {
      const n = entries.length;
      const title = `${withTitles[Math.floor(random() * withTitles.length)]} (${n})`;
      article = { ...material[0], url: `https://example.invalid/${seed}/${n}`, title, codeBlocks: [] };
    }
    const source = base[Math.floor(random() * base.length)];
    const renamed = new Map<string, string>();
    const code = source.code.replace(/\b[A-Za-z_][A-Za-z0-9_]{3,}\b/g, word => {
      if (!renamed.has(word)) {
        renamed.set(word, random() < 0.3 ? `${word}_${SUFFIXES[Math.floor(random() * SUFFIXES.length)]}${Math.floor(random() * 1000)}` : word);
      }
      return renamed.get(word)!;
    });
    entries.push({ url: article.url, index: article.codeBlocks.length, article, lang: source.lang, kind: source.kind, code });
  }
  return entries;
}

function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap(query => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
}

interface Figures {
  p50: number;
  p95: number;
  max: number;
  count: number;
  /** CPU time of this process (all its threads) per keystroke: less disturbed by other processes than wall time. */
  cpuP50: number;
  cpuP95: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function latencies(run: (query: string) => void, queries: readonly string[], repeats: number): Figures {
  for (const query of queries) run(query); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const query of queries) {
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      run(query);
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times[times.length - 1], count: times.length,
    cpuP50: percentile(cpu, 0.5), cpuP95: percentile(cpu, 0.95),
  };
}

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const row = (values: (string | number)[]): string => `| ${values.join(' | ')} |`;
const cells = (f: Figures): string[] => [String(f.count), ms(f.p50), ms(f.p95), ms(f.max), ms(f.cpuP50), ms(f.cpuP95)];

function main(): void {
  const sizes = argument('sizes', '10000,50000').split(',').map(Number);
  const fuseMax = Number(argument('fuse-max', '10000'));
  const material = parseText(generateDump({ articles: 300, seed: 11 }), 'generated.txt').posts;
  const typed = keystrokes(TYPED);
  const lines = [
    row(['blocks', 'method', 'keystrokes', 'p50 ms', 'p95 ms', 'max ms', 'CPU p50 ms', 'CPU p95 ms']),
    row(['---:', '---', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  const notes: string[] = [];
  for (const size of sizes) {
    const entries = remix(material, size, size);
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const search = SnippetSearch.from(entries);
    const build = performance.now() - started;
    const cpuUsed = process.cpuUsage(cpuStarted);
    const buildCpu = (cpuUsed.user + cpuUsed.system) / 1000;
    gc();
    const heap = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const label = size.toLocaleString('en');
    notes.push(`${label} blocks: index built in ${ms(build)} ms (CPU ${ms(buildCpu)} ms), ${heap.toFixed(0)} MB of heap; ` +
      `${(entries.reduce((n, e) => n + e.code.length, 0) / 1e6).toFixed(1)} M characters of code.`);

    const ranked = latencies(query => search.search(query, { limit: 50 }), typed, 3);
    lines.push(row([label, '**index + fuse.js (shipped)**', ...cells(ranked)]));

    // The floor: a case-insensitive substring filter over pre-lowered code and title, first 50 in order.
    const lowered = entries.map(e => `${e.article.title}\n${languageName(e.lang)}\n${e.code}`.toLowerCase());
    const substring = latencies(query => {
      const needle = query.toLowerCase();
      const hits: number[] = [];
      for (let i = 0; i < lowered.length && hits.length < 50; i++) if (lowered[i].includes(needle)) hits.push(i);
      // Counting every match, as the picker's total does, makes the floor honest.
      let total = hits.length;
      for (let i = (hits[hits.length - 1] ?? -1) + 1; i < lowered.length; i++) if (lowered[i].includes(needle)) total++;
      return total;
    }, typed, 3);
    lines.push(row([label, 'substring filter (baseline)', ...cells(substring)]));

    if (size <= fuseMax) {
      const fuse = new Fuse(entries.map(e => ({ title: e.article.title, lang: languageName(e.lang), code: e.code })), {
        keys: ['title', 'lang', 'code'], ignoreLocation: true, threshold: 0.4,
      });
      const plain = latencies(query => fuse.search(query, { limit: 50 }), FUSE_SAMPLE, 1);
      lines.push(row([label, 'fuse.js over all blocks', ...cells(plain)]));
    }
  }
  console.log(lines.join('\n'));
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
  console.log(`- Keystrokes: every prefix of ${TYPED.map(q => JSON.stringify(q)).join(', ')}; 3 rounds after a warm-up.`);
  console.log(`- fuse.js over all blocks: ${FUSE_SAMPLE.map(q => JSON.stringify(q)).join(', ')}, once each.`);
}

main();
