// `npm run build && node dist/bench/annotations.js [--count 10000]`
// Loading and saving the notes file with N annotations (target: ≤ 100 ms each at 10,000), against plain
// JSON.parse / JSON.stringify of the same data measured in the same run; plus re-anchoring every annotation of
// a long article after an edit. Prints a Markdown table of medians.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anchorAll, quoteSelector } from '../src/core/annotations/anchor';
import { NodeNotesFile } from '../src/core/annotations/nodeNotesFile';
import { emptyNotes, parseNotes, serializeNotes } from '../src/core/annotations/notesFile';
import { NotesStore } from '../src/core/annotations/notesStore';
import { HIGHLIGHT_COLORS, type Annotation } from '../src/core/model';

const count = Number(argument('count', '10000'));
const runs = Number(argument('runs', '7'));

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const WORDS = ('the table partition query bucket lambda function role policy stream shard consumer kernel ' +
  'scheduler memory page cache index snapshot replica region cluster node pod container image layer build ' +
  'deploy stack resource output parameter metric alarm log event rule target queue topic message').split(' ');

function sentence(next: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

function annotations(n: number): Annotation[] {
  const next = random(7);
  return Array.from({ length: n }, (_, i) => {
    const quote = sentence(next, 4 + Math.floor(next() * 20));
    const start = Math.floor(next() * 40_000);
    const time = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const annotation: Annotation = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      url: `https://aws.amazon.com/blogs/big-data/post-${i % 400}`,
      quote,
      prefix: sentence(next, 5).slice(-32),
      suffix: sentence(next, 5).slice(0, 32),
      start,
      end: start + quote.length,
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length],
      created: time,
      updated: time,
    };
    if (i % 3 === 0) annotation.note = sentence(next, 12 + Math.floor(next() * 30));
    return annotation;
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall-clock and CPU milliseconds (medians). CPU time is what to compare on a busy machine: it leaves out the
 * time other processes had the cores. */
interface Timing {
  wall: number;
  cpu: number;
}

/** Starts a stopwatch on both clocks; calling the result records one sample into `into`. */
function stopwatch(into: { wall: number[]; cpu: number[] }): () => void {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpuStarted);
    into.wall.push(performance.now() - started);
    into.cpu.push((used.user + used.system) / 1000);
  };
}

function time(run: () => unknown): Timing {
  const samples = { wall: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const stop = stopwatch(samples);
    run();
    stop();
  }
  return { wall: median(samples.wall), cpu: median(samples.cpu) };
}

async function timeAsync(run: () => Promise<unknown>, setup?: () => Promise<unknown>): Promise<Timing> {
  const samples = { wall: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < runs; i++) {
    await setup?.();
    const stop = stopwatch(samples);
    await run();
    stop();
  }
  return { wall: median(samples.wall), cpu: median(samples.cpu) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'notes-bench-'));
  try {
    const doc = { ...emptyNotes(), annotations: annotations(count) };
    const text = serializeNotes(doc);
    const plain = JSON.parse(text);
    const rows: [string, Timing, Timing | undefined][] = [];

    rows.push(['parse file text', time(() => parseNotes(text)), time(() => JSON.parse(text))]);
    rows.push(['serialize (stable order)', time(() => serializeNotes(doc)), time(() => JSON.stringify(plain, null, 2))]);

    const path = join(dir, 'notes.json');
    const writer = new NotesStore(new NodeNotesFile(path));
    await writer.import(doc);
    rows.push(['load: read file + parse (new store)', await timeAsync(async () => {
      const store = new NotesStore(new NodeNotesFile(path));
      await store.load();
      if (store.all().length !== count) throw new Error('lost annotations');
    }), time(() => JSON.parse(readFileSync(path, 'utf8')))]);

    const store = new NotesStore(new NodeNotesFile(path));
    await store.load();
    let n = 0;
    rows.push(['save: add one + merge + atomic write', await timeAsync(() => store.add({
      url: 'https://example.com/new', quote: `new quote ${n++}`, prefix: '', suffix: '', start: 0, end: 11, color: 'yellow',
    })), undefined]);
    const otherWindow = new NotesStore(new NodeNotesFile(path));
    rows.push(['merge a change made by another window', await timeAsync(() => store.load(), () =>
      otherWindow.add({ url: 'https://example.com/other', quote: 'x', prefix: '', suffix: '', start: 0, end: 1, color: 'blue' })), undefined]);

    // Re-anchoring: 200 annotations on one long article (~60 KB) after a paragraph was inserted at the top.
    const next = random(11);
    const article = Array.from({ length: 600 }, () => sentence(next, 15)).join('\n');
    const targets = Array.from({ length: 200 }, (_, i) => {
      const start = Math.floor(next() * (article.length - 200));
      return { id: String(i), ...quoteSelector(article, start, start + 40 + Math.floor(next() * 80)) };
    });
    const edited = 'An inserted paragraph at the top of the article.\n' + article;
    rows.push(['anchor 200 notes, text unchanged', time(() => anchorAll(article, targets)), undefined]);
    rows.push(['anchor 200 notes after an insertion', time(() => anchorAll(edited, targets)), undefined]);
    const fuzzy = edited.replaceAll(' the ', ' a ');
    const result = anchorAll(fuzzy, targets);
    rows.push([`anchor 200 notes, words changed (${result.orphans.length} orphans)`, time(() => anchorAll(fuzzy, targets)), undefined]);

    console.log(`\n### Annotations: ${count.toLocaleString('en')} annotations, ${(text.length / 1e6).toFixed(1)} MB file, median of ${runs} runs\n`);
    console.log('| operation | wall ms | CPU ms | baseline (plain JSON) wall ms | baseline CPU ms |');
    console.log('|---|---:|---:|---:|---:|');
    for (const [name, ms, baseline] of rows) {
      const base = baseline === undefined ? '— | —' : `${baseline.wall.toFixed(1)} | ${baseline.cpu.toFixed(1)}`;
      console.log(`| ${name} | ${ms.wall.toFixed(1)} | ${ms.cpu.toFixed(1)} | ${base} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
