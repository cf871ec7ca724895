// Benchmark of the Articles view inside a real VS Code (code-server via the test harness):
//   npm run build && node dist/bench/treeVscode.js [--articles 10000]
// 1. Activation → populated tree over a copy of the seed corpus (the workspace): from the library's creation
//    during activate() to its first load being published, plus the tree provider building its root groups.
// 2. A generated corpus set as `techArticles.sources`: setting changed → populated tree, with an event-loop
//    lag probe in the extension host (the longest time the host could not answer anything) and the library's
//    own longest slice. Baseline in the same run: a synchronous whole-file parse of the same file in the host.
// This file is both the driver (run with node) and the code that runs in the extension host (`run()`).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscodeTypes from 'vscode';
import { parseText } from '../src/core/parse';
import type { Services } from '../src/services';
import { writeDump } from './lib/generate';

interface Figures {
  seed: { articles: number; activationToLoadedMs: number; rootsMs: number; longestSliceMs: number };
  generated: { articles: number; mb: number; toPopulatedMs: number; lagMs: number; gcMs: number; longestSliceMs: number; baselineSyncParseMs: number };
  refresh: { ms: number; lag: number; gc: number };
  tree: { rootsMs: number; groupMs: number };
}

interface LibraryInternals {
  createdAt: number;
  lastLoad?: { endedAt: number; longestSliceMs: number };
}

/** Loaded at run time: this file is bundled, and neither `vscode` nor the harness can be bundled. */
const load = (id: string) => module.require(id);

/** In the extension host. */
export async function run(): Promise<void> {
  const vscode = load('vscode') as typeof vscodeTypes;
  const logFile = process.env.TECH_ARTICLES_TEST_LOG;
  const say = (line: string) => { if (logFile) fs.appendFileSync(logFile, line + '\n'); };
  say('tree benchmark: started');
  const out = process.env.TECH_ARTICLES_BENCH_OUT!;
  const articles = Number(process.env.TECH_ARTICLES_BENCH_ARTICLES ?? 10_000);
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
      activationToLoadedMs: (library.lastLoad?.endedAt ?? NaN) - library.createdAt,
      rootsMs,
      longestSliceMs: library.lastLoad?.longestSliceMs ?? NaN,
    };
    say(`seed: ${JSON.stringify(seed)} (${roots.length} root nodes)`);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tech-articles-bench-'));
    const file = path.join(dir, 'generated.txt');
    const corpus = path.resolve(process.env.TECH_ARTICLES_REPO ?? '.', '..', 'shared', 'corpus');
    writeDump(file, { articles, seed: 7, seedDir: corpus });
    const mb = fs.statSync(file).size / 1e6;
    say(`generated ${articles} articles, ${mb.toFixed(1)} MB`);

    const { PerformanceObserver } = load('node:perf_hooks') as typeof import('node:perf_hooks');
    /** Runs `job` with an event-loop lag probe (5 ms timer) and a GC observer in this extension host. */
    const probed = async (job: () => Promise<void>) => {
      let worstGc = 0;
      const gcObserver = new PerformanceObserver(list => { for (const entry of list.getEntries()) worstGc = Math.max(worstGc, entry.duration); });
      gcObserver.observe({ entryTypes: ['gc'] });
      let last = performance.now();
      let lag = 0;
      const probe = setInterval(() => {
        const now = performance.now();
        lag = Math.max(lag, now - last - 5);
        last = now;
      }, 5);
      const started = performance.now();
      await job();
      const ms = performance.now() - started;
      clearInterval(probe);
      gcObserver.disconnect();
      return { ms, lag, gc: worstGc };
    };
    const populated = async () => {
      await services.library.whenReady();
      await tree.getChildren(undefined);
    };
    const first = await probed(async () => {
      await vscode.workspace.getConfiguration('techArticles').update('sources', [dir], vscode.ConfigurationTarget.Workspace);
      await new Promise(resolve => setTimeout(resolve, 0));
      await populated();
    });
    const loaded = services.library.articles().length;
    say(`generated loaded: ${loaded} articles: ${JSON.stringify(first)}`);
    // The tree's own work at this size: root groups rebuilt from scratch, and one group's articles.
    const provider = tree as unknown as { libraryChanged(): void; getChildren(node?: unknown): unknown[] };
    t = performance.now();
    provider.libraryChanged();
    const bigRoots = provider.getChildren(undefined);
    const rootsMs10k = performance.now() - t;
    t = performance.now();
    provider.getChildren(bigRoots[0]);
    const groupMs10k = performance.now() - t;
    say(`tree at ${loaded}: roots ${rootsMs10k.toFixed(1)} ms, first group's children ${groupMs10k.toFixed(1)} ms`);
    // Let the other features (search index…) settle, then measure a plain refresh of the same corpus.
    await new Promise(resolve => setTimeout(resolve, 3000));
    const again = await probed(() => services.library.refresh().then(populated));
    say(`refresh: ${JSON.stringify(again)}`);
    const toPopulatedMs = first.ms;
    const lag = first.lag;
    const worstGc = first.gc;

    t = performance.now();
    parseText(fs.readFileSync(file, 'utf8'), file);
    const baselineSyncParseMs = performance.now() - t;

    const figures: Figures = {
      seed,
      generated: { articles: loaded, mb, toPopulatedMs, lagMs: lag, gcMs: worstGc, longestSliceMs: library.lastLoad?.longestSliceMs ?? NaN, baselineSyncParseMs },
      refresh: again,
      tree: { rootsMs: rootsMs10k, groupMs: groupMs10k },
    };
    fs.writeFileSync(out, JSON.stringify(figures, null, 2));
    await vscode.workspace.getConfiguration('techArticles').update('sources', undefined, vscode.ConfigurationTarget.Workspace);
    fs.rmSync(dir, { recursive: true, force: true });
    say('0 passed, 0 failed');
  } catch (error) {
    say(`tree benchmark failed: ${error instanceof Error ? error.stack : error}`);
    throw error;
  }
}

/** The driver: one VS Code session over a copy of the corpus, then prints the figures. */
async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '..', '..');
  const harness = (name: string) => load(path.join(repoRoot, 'out', 'test', 'harness', `${name}.js`));
  const at = process.argv.indexOf('--articles');
  const articles = at >= 0 ? Number(process.argv[at + 1]) : 10_000;
  const install = await harness('install').ensureVSCode();
  const workspace = harness('workspace').prepareWorkspace('corpus');
  const out = path.join(os.tmpdir(), `tech-articles-bench-tree-${process.pid}.json`);
  try {
    const result = await harness('session').runSession(install, {
      label: 'bench-tree',
      folder: workspace.folder,
      extensionTestsPath: __filename,
      env: { TECH_ARTICLES_BENCH_OUT: out, TECH_ARTICLES_BENCH_ARTICLES: String(articles) },
      timeoutMs: 900_000,
    });
    if (!fs.existsSync(out)) throw new Error(`no figures (session exit ${result.exitCode}${result.problem ? `: ${result.problem}` : ''})`);
    const figures = JSON.parse(fs.readFileSync(out, 'utf8')) as Figures;
    const { seed, generated } = figures;
    console.log(`seed corpus (${seed.articles} articles): activation → articles loaded ${seed.activationToLoadedMs.toFixed(0)} ms; ` +
      `tree roots built in ${seed.rootsMs.toFixed(1)} ms; longest slice ${seed.longestSliceMs.toFixed(1)} ms`);
    console.log(`generated corpus (${generated.articles} articles, ${generated.mb.toFixed(1)} MB): setting changed → populated tree ` +
      `${generated.toPopulatedMs.toFixed(0)} ms; extension host blocked at most ${generated.lagMs.toFixed(0)} ms (lag probe; longest GC pause ${generated.gcMs.toFixed(0)} ms), ` +
      `library's longest slice ${generated.longestSliceMs.toFixed(1)} ms`);
    console.log(`  tree provider at that size: root groups ${figures.tree.rootsMs.toFixed(1)} ms, a group's articles ${figures.tree.groupMs.toFixed(1)} ms`);
    console.log(`  Refresh of that corpus (nothing else changing): ${figures.refresh.ms.toFixed(0)} ms; host blocked at most ` +
      `${figures.refresh.lag.toFixed(0)} ms (longest GC pause ${figures.refresh.gc.toFixed(0)} ms)`);
    console.log(`  baseline in the same host: synchronous whole-file parse ${generated.baselineSyncParseMs.toFixed(0)} ms (blocking throughout)`);
  } finally {
    workspace.dispose();
    fs.rmSync(out, { force: true });
  }
}

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}
