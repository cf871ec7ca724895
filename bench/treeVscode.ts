// Benchmark of the Articles view inside a real VS Code (code-server via the test harness):
//   npm run build && node dist/bench/treeVscode.js [--articles 10000] [--activation-only] [--repeat N] [--extension <folder>]
// The generated corpus is written by the driver before VS Code starts (as a user's dumps are on disk already).
// Session 1, the seed corpus as the workspace:
// 1. Activation → populated tree over a copy of the seed corpus: from the library's creation during
//    activate() to every headline published, and to every body parsed.
// 2. The generated corpus set as `techArticles.sources`: setting changed → populated tree (the tree's root
//    groups hold every article) and → every body parsed, with an event-loop lag probe in the extension host
//    (the longest time the host could not answer anything) and a GC observer.
// 3. The same after switching back and forth: its headline pass comes from the saved one (a warm start's path).
// Baseline in the same run: a synchronous whole-file parse of the same file in the host.
// Session 2, the generated corpus's folder as the workspace (a fresh profile: nothing saved): activation →
// populated tree → every body, the issue's "time from activation to a populated tree", cold.
// This file is both the driver (run with node) and the code that runs in the extension host (`run()`).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscodeTypes from 'vscode';
import { parseText } from '../src/core/parse';
import type { Services } from '../src/services';
import { writeDump } from './lib/generate';

interface Probed {
  /** Setting changed (or refresh) → every summary in the tree's root groups. */
  populatedMs: number;
  /** → every body parsed (the load ended). */
  loadedMs: number;
  lagToPopulated: number;
  lag: number;
  /** When the longest block began, from the start. */
  lagAt: number;
  gc: number;
  /** Of the longest GC pause: 'major' (the whole heap: every extension's), 'minor' (the young generation)… */
  gcKind: string;
  /** The library's own figures: setting changed → its load started → files listed → every headline published. */
  loadStartedMs: number;
  listedMs: number;
  headlinesMs: number;
  /** The load's phases (host and worker) and the tree's, in ms from the setting change. */
  phases: string;
}

interface Figures {
  seed: { articles: number; activationToListedMs: number; activationToPopulatedMs: number; activationToLoadedMs: number; rootsMs: number; longestSliceMs: number };
  generated: Probed & { articles: number; mb: number; baselineSyncParseMs: number };
  refresh: Probed;
  tree: { rootsMs: number; groupMs: number };
  load: string;
}

interface LibraryInternals {
  createdAt: number;
  lastLoad?: { startedAt: number; listedAt: number; headlinesAt: number; endedAt: number; longestSliceMs: number; trace?: Array<[string, number]> };
}

/** What a GC performance entry was: major, minor, incremental (marking) or weak callbacks. */
function gcKindOf(entry: object): string {
  const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
  return kind === 4 ? 'major' : kind === 1 ? 'minor' : kind === 8 ? 'incremental' : kind === 16 ? 'weak callbacks' : String(kind);
}

/** Loaded at run time: this file is bundled, and neither `vscode` nor the harness can be bundled. */
const load = (id: string) => module.require(id);

/**
 * TECH_ARTICLES_BENCH_PROFILE=<file>: a CPU profile of the extension host (sampled every 0.5 ms) from `start`
 * until `stop()`, written to `file` (session 1's setting-changed load to `<file>.setting.cpuprofile`).
 */
async function hostProfiler(file: string | undefined): Promise<{ stop(): Promise<void> }> {
  if (!file) return { stop: async () => undefined };
  const session = new (load('node:inspector') as typeof import('node:inspector')).Session();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await post('Profiler.stop') as { profile: unknown };
      fs.writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

/** In the extension host. */
export async function run(): Promise<void> {
  const vscode = load('vscode') as typeof vscodeTypes;
  const logFile = process.env.TECH_ARTICLES_TEST_LOG;
  const say = (line: string) => { if (logFile) fs.appendFileSync(logFile, line + '\n'); };
  say('tree benchmark: started');
  const out = process.env.TECH_ARTICLES_BENCH_OUT!;
  const articles = Number(process.env.TECH_ARTICLES_BENCH_ARTICLES ?? 10_000);
  if (process.env.TECH_ARTICLES_BENCH_MODE === 'activation') return activationRun(vscode, say, out, articles);
  try {
    const extension = vscode.extensions.getExtension<Services>('tech-articles.tech-articles')!;
    const services = await extension.activate();
    await services.library.whenReady();
    const library = services.library as unknown as LibraryInternals;
    const tree = services.articlesTree!;
    let t = performance.now();
    const roots = (await tree.getChildren(undefined)) ?? [];
    const rootsMs = performance.now() - t;
    const seed = {
      articles: services.library.articles().length,
      activationToListedMs: (library.lastLoad?.listedAt ?? NaN) - library.createdAt,
      activationToPopulatedMs: (library.lastLoad?.headlinesAt ?? NaN) - library.createdAt,
      activationToLoadedMs: (library.lastLoad?.endedAt ?? NaN) - library.createdAt,
      rootsMs,
      longestSliceMs: library.lastLoad?.longestSliceMs ?? NaN,
    };
    say(`seed: ${JSON.stringify(seed)} (${roots.length} root nodes)`);

    const file = process.env.TECH_ARTICLES_BENCH_DUMP!;
    const dir = path.dirname(file);
    const mb = fs.statSync(file).size / 1e6;
    say(`generated ${articles} articles, ${mb.toFixed(1)} MB`);

    const { PerformanceObserver } = load('node:perf_hooks') as typeof import('node:perf_hooks');
    /** The tree's root groups hold `count` articles (the tree sorts and groups in slices: awaited). */
    const treeHolds = async (count: number) => {
      const groups = ((await tree.getChildren(undefined)) ?? []) as Array<{ kind: string; favorites?: boolean; group?: { articles: unknown[] } }>;
      const listed = new Set<unknown>();
      for (const node of groups) if (node.kind === 'group' && !node.favorites) for (const a of node.group!.articles) listed.add(a);
      return listed.size >= count;
    };
    /**
     * Runs `start` with an event-loop lag probe (5 ms timer) and a GC observer in this extension host, until
     * the tree holds `count` articles (populated) and then until the load ended.
     */
    const probed = async (start: () => Promise<unknown>, count: number, whenPopulated?: () => Promise<void>): Promise<Probed> => {
      let worstGc = 0;
      let gcKind = '';
      const gcObserver = new PerformanceObserver(list => {
        for (const entry of list.getEntries()) {
          if (entry.duration <= worstGc) continue;
          worstGc = entry.duration;
          gcKind = gcKindOf(entry);
        }
      });
      gcObserver.observe({ entryTypes: ['gc'] });
      let last = performance.now();
      let lag = 0;
      let lagAt = 0;
      const started = performance.now();
      const probe = setInterval(() => {
        const now = performance.now();
        if (now - last - 5 > lag) {
          lag = now - last - 5;
          lagAt = last - started;
        }
        last = now;
      }, 5);
      const ended = start();
      let populatedMs = NaN;
      let lagToPopulated = NaN;
      let populatedAt = NaN;
      while (Number.isNaN(populatedMs)) {
        if (services.library.summaries().length >= count && (await treeHolds(count))) {
          populatedAt = performance.now();
          populatedMs = populatedAt - started;
          lagToPopulated = lag;
        } else await new Promise(resolve => setTimeout(resolve, 10));
      }
      await whenPopulated?.();
      await ended;
      await services.library.whenReady();
      const loadedMs = performance.now() - started;
      clearInterval(probe);
      gcObserver.disconnect();
      const stats = library.lastLoad!;
      return {
        populatedMs, loadedMs, lagToPopulated, lag, lagAt, gc: worstGc, gcKind,
        loadStartedMs: stats.startedAt - started, listedMs: stats.listedAt - stats.startedAt, headlinesMs: stats.headlinesAt - stats.listedAt,
        phases: phasesOf([['setting changed', performance.timeOrigin + started], ...(stats.trace ?? []), ['tree populated', performance.timeOrigin + populatedAt]], started),
      };
    };
    const profileTo = process.env.TECH_ARTICLES_BENCH_PROFILE;
    const profiler = await hostProfiler(profileTo && `${profileTo}.setting.cpuprofile`);
    const first = await probed(async () => {
      await vscode.workspace.getConfiguration('techArticles').update('sources', [dir], vscode.ConfigurationTarget.Workspace);
    }, articles, () => profiler.stop());
    const loaded = services.library.articles().length;
    say(`generated loaded: ${loaded} articles: ${JSON.stringify(first)}`);
    // The tree's own work at this size, synchronously: root groups rebuilt from scratch, and one group's articles.
    const provider = tree as unknown as { libraryChanged(): void; ensureRoots(): unknown[]; getChildren(node?: unknown): unknown };
    const internals = tree as unknown as { grouped: unknown; byTitle: unknown };
    internals.grouped = undefined;
    internals.byTitle = undefined;
    provider.libraryChanged();
    t = performance.now();
    const bigRoots = provider.ensureRoots();
    const rootsMs10k = performance.now() - t;
    t = performance.now();
    provider.getChildren(bigRoots[0]);
    const groupMs10k = performance.now() - t;
    say(`tree at ${loaded}: roots ${rootsMs10k.toFixed(1)} ms, first group's children ${groupMs10k.toFixed(1)} ms`);
    // Let the other features (search index…) settle; back to the seed corpus; then the generated corpus again:
    // its headline pass comes from the one saved by the first load (what the next start of VS Code does).
    await new Promise(resolve => setTimeout(resolve, 5000));
    await vscode.workspace.getConfiguration('techArticles').update('sources', undefined, vscode.ConfigurationTarget.Workspace);
    await services.library.whenReady();
    await new Promise(resolve => setTimeout(resolve, 3000));
    const again = await probed(async () => {
      await vscode.workspace.getConfiguration('techArticles').update('sources', [dir], vscode.ConfigurationTarget.Workspace);
    }, articles);
    say(`again, headline pass saved: ${JSON.stringify(again)}`);

    t = performance.now();
    parseText(fs.readFileSync(file, 'utf8'), file);
    const baselineSyncParseMs = performance.now() - t;

    const figures: Figures = {
      seed,
      generated: { articles: loaded, mb, ...first, baselineSyncParseMs },
      refresh: again,
      tree: { rootsMs: rootsMs10k, groupMs: groupMs10k },
      load: os.loadavg().map(n => n.toFixed(1)).join(' '),
    };
    fs.writeFileSync(out, JSON.stringify(figures, null, 2));
    await vscode.workspace.getConfiguration('techArticles').update('sources', undefined, vscode.ConfigurationTarget.Workspace);
    say('0 passed, 0 failed');
  } catch (error) {
    say(`tree benchmark failed: ${error instanceof Error ? error.stack : error}`);
    throw error;
  }
}

interface ActivationFigures {
  articles: number;
  /** From the library's creation during activate(): files listed, every headline published, the tree's root groups hold every article, every body parsed. */
  listedMs: number;
  headlinesMs: number;
  populatedMs: number;
  loadedMs: number;
  /** Measured from when this entry ran (the load was under way by then) until every body was parsed. */
  /**
   * The longest block of the host from the start of the load (until populated, until every body), and before
   * it (the extension host starting, extensions activating, ours included).
   */
  lag: number;
  lagToPopulated: number;
  lagBefore: number;
  gc: number;
  gcToPopulated: number;
  load: string;
  /** The load's phases (host and worker) and the tree's, in ms from activation. */
  phases: string;
}

/** "phase +ms" from `origin` (performance.now() of this thread), the marks in time order. */
function phasesOf(marks: ReadonlyArray<[string, number]>, origin: number): string {
  const zero = performance.timeOrigin + origin;
  return [...marks].sort((a, b) => a[1] - b[1]).map(([phase, at]) => `${phase} +${(at - zero).toFixed(0)}`).join(', ');
}

/** Session 2: the generated corpus is the workspace; activation → populated tree, cold (fresh profile). */
async function activationRun(vscode: typeof vscodeTypes, say: (line: string) => void, out: string, articles: number): Promise<void> {
  const { PerformanceObserver } = load('node:perf_hooks') as typeof import('node:perf_hooks');
  let gc = 0;
  let gcToPopulated = NaN;
  /** Pauses of 20 ms or more: when (this thread's clock), how long, which kind. */
  const longGcs: Array<[number, number, string]> = [];
  const gcObserver = new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      gc = Math.max(gc, entry.duration);
      if (entry.duration >= 20) longGcs.push([entry.startTime, entry.duration, gcKindOf(entry)]);
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  // Every block of the host (start, length), so that those before the library existed (the extension host
  // starting, extensions loading) can be told from the load's own.
  let last = performance.now();
  const blocks: Array<[number, number]> = [];
  const probe = setInterval(() => {
    const now = performance.now();
    if (now - last - 5 > 1) blocks.push([last, now - last - 5]);
    last = now;
  }, 5);
  /** The longest block that began at or after `from` and ended before `to`. */
  const worstBlock = (from: number, to: number) => blocks.filter(([at, ms]) => at >= from && at + ms + 5 <= to).reduce((worst, [, ms]) => Math.max(worst, ms), 0);
  const profiler = await hostProfiler(process.env.TECH_ARTICLES_BENCH_PROFILE);
  try {
    const extension = vscode.extensions.getExtension<Services>('tech-articles.tech-articles')!;
    const services = await extension.activate();
    const library = services.library as unknown as LibraryInternals;
    const tree = services.articlesTree!;
    let populatedAt = NaN;
    while (Number.isNaN(populatedAt)) {
      const groups = services.library.summaries().length >= articles
        ? ((await tree.getChildren(undefined)) ?? []) as Array<{ kind: string; favorites?: boolean; group?: { articles: unknown[] } }>
        : [];
      const listed = new Set<unknown>();
      for (const node of groups) if (node.kind === 'group' && !node.favorites) for (const a of node.group!.articles) listed.add(a);
      if (listed.size >= articles) {
        populatedAt = performance.now();
        gcToPopulated = gc;
      } else await new Promise(resolve => setTimeout(resolve, 10));
    }
    await profiler.stop();
    await services.library.whenReady();
    const stats = library.lastLoad!;
    const figures: ActivationFigures = {
      articles: services.library.articles().length,
      listedMs: stats.listedAt - library.createdAt,
      headlinesMs: stats.headlinesAt - library.createdAt,
      populatedMs: populatedAt - library.createdAt,
      loadedMs: stats.endedAt - library.createdAt,
      lagBefore: worstBlock(-Infinity, stats.startedAt), lagToPopulated: worstBlock(stats.startedAt, populatedAt), lag: worstBlock(stats.startedAt, Infinity),
      gc, gcToPopulated,
      load: os.loadavg().map(n => n.toFixed(1)).join(' '),
      phases: phasesOf([...(stats.trace ?? []), ['tree populated', performance.timeOrigin + populatedAt]], library.createdAt),
    };
    const longest = [...blocks].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([at, ms]) => `${ms.toFixed(0)} ms at ${(at - stats.startedAt).toFixed(0)}`);
    const gcs = longGcs.map(([at, ms, kind]) => `${ms.toFixed(0)} ms ${kind} at ${(at - stats.startedAt).toFixed(0)}`);
    say(`activation: ${JSON.stringify(figures)}; longest blocks, from the load's start: ${longest.join(', ')}; GC pauses ≥ 20 ms: ${gcs.join(', ') || 'none'}; headlines at ${(stats.headlinesAt - stats.startedAt).toFixed(0)}`);
    fs.writeFileSync(out, JSON.stringify(figures, null, 2));
    say('0 passed, 0 failed');
  } catch (error) {
    say(`tree benchmark failed: ${error instanceof Error ? error.stack : error}`);
    throw error;
  } finally {
    clearInterval(probe);
    gcObserver.disconnect();
  }
}

/** The driver: the generated dump, then one VS Code session over a copy of the seed corpus and one over the dump's folder; prints the figures. */

async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '..', '..');
  const harness = (name: string) => load(path.join(repoRoot, 'out', 'test', 'harness', `${name}.js`));
  const at = process.argv.indexOf('--articles');
  const articles = at >= 0 ? Number(process.argv[at + 1]) : 10_000;
  const install = await harness('install').ensureVSCode();
  const dumpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tech-articles-bench-dump-'));
  const dump = path.join(dumpDir, 'generated.txt');
  writeDump(dump, { articles, seed: 7, seedDir: path.resolve(repoRoot, '..', 'shared', 'corpus') });
  const workspace = harness('workspace').prepareWorkspace('corpus');
  const out = path.join(os.tmpdir(), `tech-articles-bench-tree-${process.pid}.json`);
  const env = { TECH_ARTICLES_BENCH_OUT: out, TECH_ARTICLES_BENCH_ARTICLES: String(articles), TECH_ARTICLES_BENCH_DUMP: dump };
  // --activation-only: session 2 alone (a quicker look at the cold start). --extension <folder>: another build
  // of the extension (e.g. an older commit's, for a before/after in the same conditions).
  const activationOnly = process.argv.includes('--activation-only');
  const extensionAt = process.argv.indexOf('--extension');
  const extensionDevelopmentPath = extensionAt >= 0 ? path.resolve(process.argv[extensionAt + 1]) : undefined;
  try {
    let figures: Figures | undefined;
    if (!activationOnly) {
      const result = await harness('session').runSession(install, {
        label: 'bench-tree', folder: workspace.folder, extensionDevelopmentPath, extensionTestsPath: __filename, env, timeoutMs: 900_000,
      });
      if (!fs.existsSync(out)) throw new Error(`no figures (session exit ${result.exitCode}${result.problem ? `: ${result.problem}` : ''})`);
      figures = JSON.parse(fs.readFileSync(out, 'utf8')) as Figures;
      fs.rmSync(out, { force: true });
    }
    // --repeat N: the cold start N times (a fresh profile each), each printed, then the spread: in a starting
    // window the figure moves by 2x from run to run with how much of VS Code's own start overlaps ours.
    const repeatAt = process.argv.indexOf('--repeat');
    const repeat = repeatAt >= 0 ? Math.max(1, Number(process.argv[repeatAt + 1]) || 1) : 1;
    const populated: number[] = [];
    for (let run = 0; run < repeat; run++) {
      const cold = await harness('session').runSession(install, {
        label: 'bench-tree-activation', folder: dumpDir, extensionDevelopmentPath, extensionTestsPath: __filename, env: { ...env, TECH_ARTICLES_BENCH_MODE: 'activation' }, timeoutMs: 900_000,
      });
      if (!fs.existsSync(out)) throw new Error(`no activation figures (session exit ${cold.exitCode}${cold.problem ? `: ${cold.problem}` : ''})`);
      const activation = JSON.parse(fs.readFileSync(out, 'utf8')) as ActivationFigures;
      fs.rmSync(out, { force: true });
      if (figures && run === 0) printSession1(figures);
      printActivation(activation, repeat > 1 ? ` (run ${run + 1} of ${repeat})` : '');
      populated.push(activation.populatedMs);
    }
    if (repeat > 1) {
      const sorted = [...populated].sort((a, b) => a - b);
      const median = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
      console.log(`cold start, activation → populated tree over ${repeat} runs: lowest ${sorted[0].toFixed(0)} ms, median ${median.toFixed(0)} ms, ` +
        `highest ${sorted[sorted.length - 1].toFixed(0)} ms (${sorted.map(ms => ms.toFixed(0)).join(', ')})`);
    }
  } finally {
    workspace.dispose();
    fs.rmSync(out, { force: true });
    fs.rmSync(dumpDir, { recursive: true, force: true });
  }
}

function printActivation(activation: ActivationFigures, label: string): void {
  console.log(`load average at the end of session 2${label}: ${activation.load}`);
  console.log(`generated corpus as the workspace, cold start (${activation.articles} articles): activation → files listed ${activation.listedMs.toFixed(0)} ms, ` +
    `→ every headline ${activation.headlinesMs.toFixed(0)} ms, → populated tree ${activation.populatedMs.toFixed(0)} ms, → every body ${activation.loadedMs.toFixed(0)} ms`);
  console.log(`  host blocked at most ${activation.lagToPopulated.toFixed(0)} ms until populated, ${activation.lag.toFixed(0)} ms until every body ` +
    `(before the load, while the extension host started and activated extensions: ${activation.lagBefore.toFixed(0)} ms); ` +
    `longest GC pause ${activation.gcToPopulated.toFixed(0)} ms / ${activation.gc.toFixed(0)} ms`);
  console.log(`  phases, ms from activation: ${activation.phases}`);
}

function printSession1(figures: Figures): void {
  const { seed, generated, refresh } = figures;
  console.log(`load average at the end of session 1: ${figures.load}`);
  console.log(`seed corpus (${seed.articles} articles): activation → files listed ${seed.activationToListedMs.toFixed(0)} ms, → populated tree (headlines) ${seed.activationToPopulatedMs.toFixed(0)} ms, ` +
    `→ every body parsed ${seed.activationToLoadedMs.toFixed(0)} ms; tree roots built in ${seed.rootsMs.toFixed(1)} ms; longest slice ${seed.longestSliceMs.toFixed(1)} ms`);
  console.log(`generated corpus (${generated.articles} articles, ${generated.mb.toFixed(1)} MB): setting changed → populated tree ` +
    `${generated.populatedMs.toFixed(0)} ms (host blocked at most ${generated.lagToPopulated.toFixed(0)} ms until then), → every body parsed ` +
    `${generated.loadedMs.toFixed(0)} ms (host blocked at most ${generated.lag.toFixed(0)} ms, at ${generated.lagAt.toFixed(0)} ms; longest GC pause ${generated.gc.toFixed(0)} ms, ${generated.gcKind})`);
  for (const [name, run] of [['first', generated], ['again', refresh]] as const) {
    console.log(`  ${name}: the library's load started after ${run.loadStartedMs.toFixed(0)} ms, listed the files in ${run.listedMs.toFixed(0)} ms, ` +
      `then published every headline ${run.headlinesMs.toFixed(0)} ms later`);
    console.log(`    phases, ms from the setting change: ${run.phases}`);
  }
  console.log(`  the same again, headline pass saved (the warm-start path): populated tree ${refresh.populatedMs.toFixed(0)} ms ` +
    `(host blocked at most ${refresh.lagToPopulated.toFixed(0)} ms), every body ${refresh.loadedMs.toFixed(0)} ms (blocked at most ${refresh.lag.toFixed(0)} ms, at ${refresh.lagAt.toFixed(0)} ms; GC ${refresh.gc.toFixed(0)} ms, ${refresh.gcKind})`);
  console.log(`  tree provider at that size, synchronously: root groups ${figures.tree.rootsMs.toFixed(1)} ms, a group's articles ${figures.tree.groupMs.toFixed(1)} ms`);
  console.log(`  baseline in the same host: synchronous whole-file parse ${generated.baselineSyncParseMs.toFixed(0)} ms (blocking throughout)`);
}

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}
