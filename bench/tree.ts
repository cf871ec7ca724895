// Benchmark of the Articles view's loading pipeline, outside VS Code, with the code the extension runs, on the
// seed corpus and a generated corpus:
//   npm run build && node --expose-gc dist/bench/tree.js [--articles 10000] [--files 1] [--worker-only]
// Per corpus: time to a populated tree (every article's summary merged and grouped by topic), time until every
// body is parsed, and the longest stretch the main thread was blocked, for
//   1. the parse worker (what the extension does): headlines first, then bodies in batches; the main thread
//      merges what arrives (the library's Corpus) and puts each of the library's publishes (every 0.4 s on a
//      first load) in title order, grouping once every headline is in, as the tree does for a hidden view;
//   2. the in-thread fallback (no worker): sliced decode and parse in pieces;
//   3. the baseline, measured in the same run: one synchronous whole-file parse per file;
// plus the headline pass alone (core/headlines.ts, on this thread, from the bytes).
// For the figure inside a real VS Code (activation → populated tree) see bench/treeHost.ts.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import { isUtf8 } from 'node:buffer';
import { scanHeadlines, utf8Source } from '../src/core/headlines';
import type { Article, ArticleSummary, ParsedFile } from '../src/core/model';
import { parseText } from '../src/core/parse';
import { decode } from '../src/core/decode';
import { parseInPieces } from '../src/library/chunks';
import { Corpus } from '../src/library/corpus';
import { decodeInSlices } from '../src/library/decodeInSlices';
import { mergeArticles } from '../src/library/parser';
import { ParseWorkerClient } from '../src/library/parseWorkerClient';
import { Slicer } from '../src/library/slicer';
import { Throttle } from '../src/library/throttle';
import { groupArticles, groupArticlesInSlices, sortByTitleInSlices } from '../src/tree/grouping';
import { writeDump } from './lib/generate';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const generatedArticles = option('articles', 10_000);
const generatedFiles = option('files', 1);
/** --worker-only: the parse worker's figures and the headline pass alone (no in-thread fallback, no baseline). */
const workerOnly = args.includes('--worker-only');
const corpusDir = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

/**
 * A copy of dist/parseWorker.js taken at the start: a saved headline pass is tied to the worker's code, and a
 * build running meanwhile (others share this tree) must not change it between the cold and the warm run.
 */
const workerScript = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tech-articles-bench-worker-')), 'parseWorker.js');
fs.copyFileSync(path.join(__dirname, '..', 'parseWorker.js'), workerScript);
process.on('exit', () => fs.rmSync(path.dirname(workerScript), { recursive: true, force: true }));

/** The library's PARTIAL_UPDATE_MS: how often a first load publishes the summaries so far. */
const PARTIAL_UPDATE_MS = 400;

const NONE = { noTopic: 'Other', unknownSource: 'Unknown', unknownAuthor: 'Unknown', noCode: 'No Code' };

/** CPU time of the whole process (every thread: the worker's, the compiler's, the collector's) since `since`. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** The longest garbage-collection pause while a job runs. */
function gcProbe(): { worst(): number; stop(): number } {
  let worst = 0;
  const observer = new PerformanceObserver(list => { for (const entry of list.getEntries()) worst = Math.max(worst, entry.duration); });
  observer.observe({ entryTypes: ['gc'] });
  return { worst: () => worst, stop: () => { observer.disconnect(); return worst; } };
}

/** Measures the worst event-loop delay while a job runs: a 2 ms timer that should fire every 2 ms. */
function lagProbe(): { worst(): number; stop(): number } {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 2);
    last = now;
  }, 2);
  return { worst: () => worst, stop: () => { clearInterval(timer); return worst; } };
}

async function slicedLoad(files: string[]): Promise<{ ms: number; longestSlice: number; lag: number; articles: number; groups: number }> {
  const probe = lagProbe();
  const started = performance.now();
  const slicer = new Slicer();
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    slicer.endSlice();
    const bytes = new Uint8Array(await fs.promises.readFile(file));
    slicer.resume();
    const decoded = await decodeInSlices(bytes, () => slicer.pause());
    if ('error' in decoded) throw new Error(decoded.error);
    await slicer.maybePause();
    parsed.push(await parseInPieces(decoded.text, file, (text, name) => parseText(text, name), {
      pause: () => slicer.pause(), shouldPause: () => slicer.shouldPause(),
    }));
    await slicer.maybePause();
  }
  const articles: Article[] = mergeArticles(parsed);
  const groups = groupArticles(articles, 'topic', NONE);
  slicer.endSlice();
  const ms = performance.now() - started;
  await new Promise(resolve => setTimeout(resolve, 5));
  return { ms, longestSlice: slicer.longestSliceMs, lag: probe.stop(), articles: articles.length, groups: groups.length };
}

interface WorkerFigures {
  populatedMs: number; populatedCpuMs: number; lagToPopulated: number; groupMs: number; groupSliceMs: number; bodiesMs: number; lag: number; longestMessageMs: number; gc: number; heapMB: number;
  articles: number; groups: number; full: number;
}

/**
 * What the library does: every file to the worker at once (by path: the worker reads it), summaries merged as
 * they arrive and grouped as the tree groups them; with a folder for the saved headline passes.
 */
async function workerLoad(files: string[], cacheDir: string, warm = false): Promise<WorkerFigures> {
  const client = new ParseWorkerClient(workerScript);
  if (client.broken) throw new Error('dist/parseWorker.js is missing: run npm run build');
  client.warmUp();
  await new Promise(resolve => setTimeout(resolve, 1500)); // the extension starts the worker while listing files
  const probe = lagProbe();
  const gc = gcProbe();
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const corpus = new Corpus();
  let longestMessageMs = 0;
  const timed = (job: () => void) => {
    const t = performance.now();
    job();
    longestMessageMs = Math.max(longestMessageMs, performance.now() - t);
  };
  let waiting = files.length;
  let populated: { ms: number; cpuMs: number; lag: number; groupMs: number; groups: number; longestSliceMs: number } | undefined;
  // What the library and the tree do on a first load: the library publishes the summaries so far every 0.4 s
  // (PARTIAL_UPDATE_MS) and once every headline is in; the tree puts each publish in title order (merging the
  // titles that arrived into the previous order) and groups once every headline is in, in slices of at most
  // 8 ms (a view on screen is also grouped on each publish, for display; the figure is the hidden view's).
  const slicer = new Slicer(8);
  let byTitle: { articles: readonly ArticleSummary[]; sorted: ArticleSummary[] } | undefined;
  const regroup = async (final: boolean) => {
    const t = performance.now();
    slicer.resume();
    const all = corpus.summaries();
    const sorted = await sortByTitleInSlices(all, () => slicer.shouldPause(), () => slicer.pause(), byTitle);
    byTitle = { articles: all, sorted };
    if (!final) return slicer.endSlice();
    const groups = await groupArticlesInSlices(sorted, 'topic', NONE, f => f, () => undefined, () => slicer.shouldPause(), () => slicer.pause());
    slicer.endSlice();
    const now = performance.now();
    populated = { ms: now - started, cpuMs: cpuMs(cpuAtStart), lag: probe.worst(), groupMs: now - t, groups: groups.length, longestSliceMs: slicer.longestSliceMs };
  };
  const publishes = new Throttle(() => void regroup(false));
  let grouping: Promise<void> | undefined;
  const headlinesIn = (key: string, seen: Set<string>) => {
    if (seen.has(key)) return;
    seen.add(key);
    if (--waiting > 0) return;
    publishes.cancel();
    grouping = regroup(true);
  };
  const seen = new Set<string>();
  const jobs: Promise<unknown>[] = [];
  for (const file of files) {
    // Local files: the worker reads them itself, as in the extension.
    const stat = fs.statSync(file);
    const cache = { path: path.join(cacheDir, `${path.basename(file)}.json`), key: JSON.stringify([file, stat.size, stat.mtimeMs]) };
    // Warm: only the time to a populated tree is measured; the bodies are then cancelled.
    let expected = -1;
    let received = 0;
    const job = client.start({ path: file }, file, {}, () => warm && populated !== undefined, {
      // The head comes before the summaries, or after them for a file summarised as it was read.
      head: (_head, count) => {
        expected = count;
        if (received >= count) headlinesIn(file, seen);
      },
      summaries: summaries => timed(() => {
        corpus.addSummaries(file, summaries);
        received += summaries.length;
        if (expected >= 0 && received >= expected) headlinesIn(file, seen);
        else publishes.schedule(PARTIAL_UPDATE_MS);
      }),
      posts: posts => timed(() => corpus.addArticles(file, posts)),
    }, cache);
    jobs.push(job.done.then(result => {
      if (warm && result.outcome.kind === 'cancelled') return;
      if (!result.parsed) throw new Error(`${file}: ${result.outcome.kind}`);
      headlinesIn(file, seen);
      corpus.reconcile(file, result.parsed.posts);
    }));
  }
  await Promise.all(jobs);
  await grouping;
  const bodiesMs = performance.now() - started;
  await new Promise(resolve => setTimeout(resolve, 5));
  client.dispose();
  return {
    populatedMs: populated!.ms, populatedCpuMs: populated!.cpuMs, lagToPopulated: populated!.lag, groupMs: populated!.groupMs, groups: populated!.groups, groupSliceMs: populated!.longestSliceMs,
    bodiesMs, lag: probe.stop(), longestMessageMs, articles: corpus.summaries().length, full: corpus.articles().length,
    gc: gc.stop(), heapMB: process.memoryUsage().heapUsed / 1e6,
  };
}

/** The headline pass alone, on this thread, from the bytes (what the worker does first). */
function headlinePass(files: string[]): { ms: number; cpuMs: number; articles: number; summaries: ArticleSummary[] } {
  let ms = 0;
  const summaries: ArticleSummary[] = [];
  const cpuAtStart = process.cpuUsage();
  for (const file of files) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const t = performance.now();
    const source = utf8Source(bytes, isUtf8);
    if (!source) throw new Error(`${file} is not plain UTF-8`);
    for (const summary of scanHeadlines(source, file).summaries) summaries.push(summary);
    ms += performance.now() - t;
  }
  return { ms, cpuMs: cpuMs(cpuAtStart), articles: summaries.length, summaries };
}

/**
 * Heap held per summary on the host, after a collection: the batches as they arrive from the worker (structured
 * clones, kept as they are: the baseline) and the library's Corpus holding the same copies (its maps included).
 */
function summaryMemory(summaries: readonly ArticleSummary[]): { arrivedBytes: number; corpusBytes: number } {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect || summaries.length === 0) return { arrivedBytes: NaN, corpusBytes: NaN };
  const batches: Buffer[] = [];
  for (let at = 0; at < summaries.length; at += 500) batches.push(v8.serialize(summaries.slice(at, at + 500)));
  // Collected twice: a single collection left some of the run's earlier garbage (its figure varied by 40%).
  const heldBy = (keep: (batch: ArticleSummary[]) => void): number => {
    collect();
    collect();
    const before = process.memoryUsage().heapUsed;
    for (const batch of batches) keep(v8.deserialize(batch) as ArticleSummary[]);
    collect();
    collect();
    return (process.memoryUsage().heapUsed - before) / summaries.length;
  };
  const arrived: ArticleSummary[][] = [];
  const arrivedBytes = heldBy(batch => arrived.push(batch));
  arrived.length = 0;
  const corpus = new Corpus();
  const corpusBytes = heldBy(batch => corpus.addSummaries('file:///bench.txt', batch));
  if (corpus.summaries().length !== summaries.length) throw new Error('the corpus lost summaries');
  return { arrivedBytes, corpusBytes };
}

function wholeFileParse(files: string[]): { ms: number; longest: number } {
  let longest = 0;
  const started = performance.now();
  for (const file of files) {
    const t = performance.now();
    const decoded = decode(new Uint8Array(fs.readFileSync(file)));
    if ('error' in decoded) throw new Error(decoded.error);
    parseText(decoded.text, file);
    longest = Math.max(longest, performance.now() - t);
  }
  return { ms: performance.now() - started, longest };
}

async function measure(label: string, files: string[]): Promise<void> {
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  console.log(`${label}: ${files.length} file(s), ${(bytes / 1e6).toFixed(1)} MB`);
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tech-articles-bench-headlines-'));
  const worker = await workerLoad(files, cacheDir);
  console.log(`  1. parse worker, headlines first → populated tree (${worker.articles} articles, ${worker.groups} topic groups): ${worker.populatedMs.toFixed(0)} ms (CPU ${worker.populatedCpuMs.toFixed(0)} ms, every thread) ` +
    `(the last sort and grouping, after every headline was in: ${worker.groupMs.toFixed(1)} ms of it, in slices of ≤ ${worker.groupSliceMs.toFixed(1)} ms); main thread blocked at most ${worker.lagToPopulated.toFixed(1)} ms until then`);
  console.log(`     … every body parsed (${worker.full} articles): ${worker.bodiesMs.toFixed(0)} ms; main thread blocked at most ${worker.lag.toFixed(1)} ms ` +
    `(lag probe), longest message handled in ${worker.longestMessageMs.toFixed(1)} ms, longest GC pause ${worker.gc.toFixed(1)} ms; heap ${worker.heapMB.toFixed(0)} MB with every article`);
  // The cold run's garbage (every parsed article) is collected first: it is not the warm run's cost.
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise(resolve => setTimeout(resolve, 1000));
  const warm = await workerLoad(files, cacheDir, true);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  console.log(`     next start, headline pass saved (warm) → populated tree: ${warm.populatedMs.toFixed(0)} ms; main thread blocked at most ${warm.lagToPopulated.toFixed(1)} ms until then`);
  const headlines = headlinePass(files);
  console.log(`     the headline pass alone, on this thread: ${headlines.ms.toFixed(0)} ms (CPU ${headlines.cpuMs.toFixed(0)} ms) for ${headlines.articles} articles`);
  const held = summaryMemory(headlines.summaries);
  console.log(`     host heap per summary: ${held.corpusBytes.toFixed(0)} bytes in the library's corpus (baseline: the worker's copies kept as they arrive, ${held.arrivedBytes.toFixed(0)} bytes)`);
  if (workerOnly) return;
  const sliced = await slicedLoad(files);
  console.log(`  2. in-thread sliced fallback → populated tree: ${sliced.ms.toFixed(0)} ms; ` +
    `longest slice ${sliced.longestSlice.toFixed(1)} ms (lag probe: ${sliced.lag.toFixed(1)} ms)`);
  const baseline = wholeFileParse(files);
  console.log(`  3. baseline, synchronous whole-file parse: ${baseline.ms.toFixed(0)} ms; blocked up to ${baseline.longest.toFixed(0)} ms at a time`);
}

async function main(): Promise<void> {
  const seed = fs.readdirSync(corpusDir).filter(n => n.endsWith('.txt')).map(n => path.join(corpusDir, n)).sort();
  await measure('seed corpus', seed);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tech-articles-bench-tree-'));
  try {
    const files: string[] = [];
    const perFile = Math.ceil(generatedArticles / generatedFiles);
    for (let i = 0; i < generatedFiles; i++) {
      const file = path.join(dir, `generated-${i}.txt`);
      writeDump(file, { articles: Math.min(perFile, generatedArticles - i * perFile), seed: i + 1, seedDir: corpusDir });
      files.push(file);
    }
    await measure(`generated corpus`, files);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
