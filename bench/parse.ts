// `npm run bench:parse [-- --sizes 10,50,100]`
// Parser throughput against a baseline measured in the same run, on the seed corpus and on generated dumps
// of 10, 50 and 100 MB (bench/lib/generate.ts remixes the seed posts). Each measurement runs in a fresh
// child process so its peak memory (max RSS) is its own. Baseline: read the file, split lines, one regex per
// line — the least any parser must do. Targets: parser ≥ 1/5 of baseline throughput, time growing linearly
// with size, peak memory ≤ 4× the input. Prints a Markdown table; speed is never asserted in tests.
// A fresh process spends its first second or so of CPU compiling the parser (V8's optimising compiler runs on
// helper threads, which CPU time counts), a fixed cost that would otherwise be charged per MB of the smallest
// dump. It takes ≈ 16 MB of text to settle: parsing a 2 MB dump 14 times in one process took 329, 103, 89, 88,
// 81, 64, 43, 45, 35, 37, 48, 35, 45, 43 ms per MB (Node 20, 2026-11-22). So each timed child first parses a
// 16 MB warm-up dump generated from a different seed (the baseline child runs its own loop on it too), untimed,
// and the figure is the steady throughput. The cold figure, one run in a fresh process without warm-up, is
// printed beside it (that is what one CLI call on one file costs), and peak memory is the cold run's, so that
// nothing of the warm-up counts in it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decode } from '../src/core/decode';
import { parseText } from '../src/core/parse';
import { writeDump } from './lib/generate';

const MB = 1 << 20;
/** The warm-up dump: as long as V8 takes to settle, from a seed no benchmark size uses, so its text differs from the timed one. */
const WARM_UP_MB = 16;
const WARM_UP_SEED = 7919;
const SEED_DIR = process.env.TECH_ARTICLES_SEED_DIR ?? path.resolve(__dirname, '../../../shared/corpus');

/** `ms` is CPU time (user + system) of the work: on a shared machine it is steadier than wall time. */
interface Measurement { ms: number; wallMs: number; maxRssMb: number; posts: number; blocks: number }

/** Child mode: `node parse.js --child baseline|parser [--warm-up FILE] FILE…` prints one Measurement as JSON. */
function child(mode: string, args: string[]): void {
  const warmUp = args[0] === '--warm-up' ? args[1] : undefined;
  const files = warmUp ? args.slice(2) : args;
  if (warmUp) {
    work(mode, [warmUp]);
    // The warm-up's garbage is collected now, not on the timed run's clock.
    (globalThis as { gc?: () => void }).gc?.();
  }
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const { posts, blocks } = work(mode, files);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const ms = (cpu.user + cpu.system) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, wallMs, maxRssMb, posts, blocks } satisfies Measurement));
}

function work(mode: string, files: string[]): { posts: number; blocks: number } {
  let posts = 0;
  let blocks = 0;
  for (const file of files) {
    let bytes: Buffer | undefined = fs.readFileSync(file);
    if (mode === 'baseline') {
      const text = bytes.toString('utf8');
      const lines = text.split(/\r\n|\r|\n/);
      const marker = /^Post Syndicated from (.*) original (\S+)\s*$/;
      for (const line of lines) if (marker.test(line)) posts++;
    } else if (mode === 'idle') {
      posts += bytes.length > 0 ? 0 : 1;
    } else {
      const decoded = decode(bytes);
      bytes = undefined; // the text is all the parser needs: let the bytes go
      if ('error' in decoded) throw new Error(decoded.error);
      const parsed = parseText(decoded.text, file);
      posts += parsed.posts.length;
      for (const post of parsed.posts) blocks += post.codeBlocks.length;
    }
  }
  return { posts, blocks };
}

function measure(mode: string, files: string[], repeat: number, warmUp?: string): Measurement {
  let best: Measurement | undefined;
  for (let i = 0; i < repeat; i++) {
    const warmUpArgs = warmUp ? ['--warm-up', warmUp] : [];
    const run = spawnSync(process.execPath, ['--max-old-space-size=4096', '--expose-gc', __filename, '--child', mode, ...warmUpArgs, ...files], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${mode} failed: ${run.stderr}`);
    const m = JSON.parse(run.stdout) as Measurement;
    if (!best || m.ms < best.ms) best = { ...m, maxRssMb: Math.max(m.maxRssMb, best?.maxRssMb ?? 0) };
  }
  return best!;
}

function main(): void {
  const sizesArg = process.argv.indexOf('--sizes');
  const sizes = sizesArg >= 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [10, 50, 100];
  const corpora: Array<{ name: string; files: string[]; bytes: number }> = [];
  const seedFiles = fs.existsSync(SEED_DIR) ? fs.readdirSync(SEED_DIR).filter(f => f.endsWith('.txt')).map(f => path.join(SEED_DIR, f)) : [];
  if (seedFiles.length > 0) corpora.push({ name: 'seed corpus', files: seedFiles, bytes: seedFiles.reduce((n, f) => n + fs.statSync(f).size, 0) });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tech-articles-bench-'));
  try {
    const warmUp = path.join(tmp, 'warm-up.txt');
    const warmUpSummary = writeDump(warmUp, { bytes: WARM_UP_MB * MB, seed: WARM_UP_SEED, seedDir: seedFiles.length > 0 ? SEED_DIR : undefined });
    for (const size of sizes) {
      const file = path.join(tmp, `generated-${size}MB.txt`);
      writeDump(file, { bytes: size * MB, seed: size, seedDir: seedFiles.length > 0 ? SEED_DIR : undefined });
      corpora.push({ name: `generated ${size} MB`, files: [file], bytes: fs.statSync(file).size });
    }
    const idle = measure('idle', seedFiles.slice(0, 1), 1);
    console.log(`Node ${process.version}, ${os.cpus().length} CPU(s); node's own max RSS ≈ ${idle.maxRssMb.toFixed(0)} MB (subtracted below)\n`);
    console.log('Throughput from CPU time (user + system) of each run, best of 3 below 40 MB; wall time in brackets.');
    console.log(`Each timed run follows an untimed warm-up on a ${(warmUpSummary.bytes / MB).toFixed(1)} MB dump of ${warmUpSummary.articles} articles (seed ${WARM_UP_SEED}); "cold" is one run without it.\n`);
    console.log('| corpus | size | posts | code blocks | baseline MB/s | parser MB/s | parser / baseline | parser ms per MB | cold: parser ms per MB (ratio) | peak memory over node / input | baseline: peak memory |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const corpus of corpora) {
      const repeat = corpus.bytes > 40 * MB ? 1 : 3;
      const base = measure('baseline', corpus.files, repeat, warmUp);
      const parser = measure('parser', corpus.files, repeat, warmUp);
      const coldBase = measure('baseline', corpus.files, 1);
      const cold = measure('parser', corpus.files, 1);
      const mb = corpus.bytes / MB;
      const baseSpeed = mb / (base.ms / 1000);
      const parseSpeed = mb / (parser.ms / 1000);
      const memory = (cold.maxRssMb - idle.maxRssMb) / mb;
      const baselineMemory = (coldBase.maxRssMb - idle.maxRssMb) / mb;
      const wall = (m: Measurement): string => (mb / (m.wallMs / 1000)).toFixed(1);
      console.log(`| ${corpus.name} | ${mb.toFixed(1)} MB | ${parser.posts} | ${parser.blocks} | ${baseSpeed.toFixed(0)} (${wall(base)}) | ${parseSpeed.toFixed(1)} (${wall(parser)}) | ${(parseSpeed / baseSpeed).toFixed(2)} (target ≥ 0.20) | ${(parser.ms / mb).toFixed(1)} | ${(cold.ms / mb).toFixed(1)} (${(coldBase.ms / cold.ms).toFixed(2)}) | ${memory.toFixed(2)}× (target ≤ 4×) | ${baselineMemory.toFixed(2)}× |`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') child(process.argv[3], process.argv.slice(4));
else main();
