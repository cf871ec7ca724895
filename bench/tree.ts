// Benchmark of the Articles view's loading pipeline, outside VS Code, with the code the extension runs, on the
// seed corpus and a generated corpus:
//   npm run build && node dist/bench/tree.js [--articles 10000] [--files 1]
// Per corpus: time to a populated tree (merged and grouped by topic) and the longest stretch the main thread
// was blocked, for
//   1. the parse worker (what the extension does): main thread only receives batches of posts;
//   2. the in-thread fallback (no worker): sliced decode and parse in pieces;
//   3. the baseline, measured in the same run: one synchronous whole-file parse per file.
// For the figure inside a real VS Code (activation → populated tree) see bench/treeHost.ts.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Article, ParsedFile } from '../src/core/model';
import { parseText } from '../src/core/parse';
import { decode } from '../src/core/decode';
import { parseInPieces } from '../src/library/chunks';
import { decodeInSlices } from '../src/library/decodeInSlices';
import { mergeArticles } from '../src/library/parser';
import { ParseWorkerClient } from '../src/library/parseWorkerClient';
import { Slicer } from '../src/library/slicer';
import { groupArticles } from '../src/tree/grouping';
import { writeDump } from './lib/generate';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const generatedArticles = option('articles', 10_000);
const generatedFiles = option('files', 1);
const corpusDir = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

const NONE = { noTopic: 'Other', unknownSource: 'Unknown', unknownAuthor: 'Unknown', noCode: 'No Code' };

/** Measures the worst event-loop delay while a job runs: a 2 ms timer that should fire every 2 ms. */
function lagProbe(): { stop(): number } {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 2);
    last = now;
  }, 2);
  return { stop: () => { clearInterval(timer); return worst; } };
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

async function workerLoad(files: string[]): Promise<{ ms: number; lag: number; articles: number; groups: number }> {
  const client = new ParseWorkerClient(path.join(__dirname, '..', 'parseWorker.js'));
  if (client.broken) throw new Error('dist/parseWorker.js is missing: run npm run build');
  const probe = lagProbe();
  const started = performance.now();
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await fs.promises.readFile(file));
    const result = await client.parse(bytes, file, {}, () => false);
    if (!result.parsed) throw new Error(`${file}: ${result.outcome.kind}`);
    parsed.push(result.parsed);
  }
  const articles = mergeArticles(parsed);
  const groups = groupArticles(articles, 'topic', NONE);
  const ms = performance.now() - started;
  await new Promise(resolve => setTimeout(resolve, 5));
  client.dispose();
  return { ms, lag: probe.stop(), articles: articles.length, groups: groups.length };
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
  const worker = await workerLoad(files);
  console.log(`  1. parse worker → populated tree (${worker.articles} articles, ${worker.groups} topic groups): ${worker.ms.toFixed(0)} ms; ` +
    `main thread blocked at most ${worker.lag.toFixed(1)} ms (event-loop lag probe)`);
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
