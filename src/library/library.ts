// The parsed corpus. Loads every source after activation (never on the activation path), parsing in a worker
// thread (or in time slices without one) with progress on the Articles view, then keeps it current: a watcher
// re-reads only the files that changed. Headlines first: every article's summary is published within a moment,
// its body when parsed (`fullArticle` asks for one body first and waits for it).
import * as vscode from 'vscode';
import { canonicalUrl } from '../core/merge';
import type { Article, ArticleSummary, CodeBlock, CodeLanguage } from '../core/model';
import type { ArticleLibrary, SourceProblem } from '../services';
import { Corpus, summaryOf } from './corpus';
import { FileLoader, messageOf, parseSettings, type FileEntry } from './fileLoad';
import { CatchUp, fileStat, stampOf } from './catchUp';
import { headlineCacheFor } from './headlineCache';
import { applyOverrides, storedOverrides, storeOverride, type LanguageOverrides } from './languageOverrides';
import { epochNow, LoadTrace, type Mark } from './loadTrace';
import type { HeadlineCache } from './parseProtocol';
import { ParseWorkerClient, type ParseJob } from './parseWorkerClient';
import { Slicer } from './slicer';
import { addToSourcesSetting } from './sourceSetting';
import { configuredSources, displayPath, listFiles, originOf, type ListedFile, type SourceSpec } from './sources';
import { Throttle } from './throttle';
import { changesOf, SourceWatcher, type FileEvents } from './watcher';

/** The Articles view (package.json), where loading shows its progress. */
const ARTICLES_VIEW_ID = 'techArticles.articles';
/** While headlines come in, show what is there already this often (at once when every file's are in). */
const PARTIAL_UPDATE_MS = 400;
/** While bodies come in, tell listeners this often (code block counts in the tree); they are cheap then. */
const BODY_UPDATE_MS = 1500;

export interface LoadStats {
  /** performance.now() when the load started, its files were listed, every headline was published, and it ended. */
  startedAt: number;
  listedAt: number;
  headlinesAt: number;
  endedAt: number;
  files: number;
  articles: number;
  ms: number;
  /** Longest stretch the load held the extension host without yielding. */
  longestSliceMs: number;
  /** Its phases on the host and in the parse worker (loadTrace.ts), activation first for the first load. */
  trace: Mark[];
}

export class Library implements ArticleLibrary, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  private entries = new Map<string, FileEntry>();
  private corpus = new Corpus();
  private problemList: SourceProblem[] = [];
  /** Problems of the sources themselves (a missing folder), as opposed to those of their files. */
  private sourceProblems: SourceProblem[] = [];
  private sessionSources: vscode.Uri[] = [];
  private specs: SourceSpec[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  private generation = 0;
  private current: Promise<void> = Promise.resolve();
  private loadingCount = 0;
  /** Parse jobs of the current load by file key: `fullArticle` asks them for a body first. */
  private jobs = new Map<string, ParseJob>();
  /** Callers of `fullArticle` waiting for a body, by canonical URL. */
  private waiters = new Map<string, Array<() => void>>();
  /** Figures of the last full load, for the benchmark and the log. */
  lastLoad: LoadStats | undefined;
  /** performance.now() at construction, i.e. during activation. */
  readonly createdAt = performance.now();
  private readonly createdEpoch = epochNow();
  private readonly spawnedEpoch: number;

  /** Parses off the extension host's thread; when it is broken, files are parsed here in time slices. */
  private readonly worker: ParseWorkerClient;
  private readonly loader: FileLoader;
  private readonly watcher = new SourceWatcher(events => this.queueFileEvents(events));
  /** Changes the watcher was not listening for yet when a load read the files. */
  private readonly catchUp = new CatchUp(events => this.queueFileEvents(events));

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: vscode.LogOutputChannel) {
    this.worker = new ParseWorkerClient(vscode.Uri.joinPath(context.extensionUri, 'dist', 'parseWorker.js').fsPath);
    // Started now, not when the first load begins: its boot (loading and compiling ~2 MB of code, 0.2–0.5 s
    // in a starting window) then overlaps the rest of activation and the listing of the sources.
    this.worker.warmUp();
    this.spawnedEpoch = epochNow();
    if (this.worker.broken) log.warn('parse worker not found: parsing on the extension host thread, in slices');
    this.loader = new FileLoader(this.worker, log, () => this.languageOverrides());
    this.disposables.push(
      { dispose: () => this.worker.dispose() },
      this.changed,
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('techArticles.sources') || event.affectsConfiguration('techArticles.topics')) void this.refresh();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()),
    );
    // The first load starts right after activate() has returned (every feature is listening by then), in a
    // microtask: a timer fired 6-18 ms later in a starting window.
    this.current = Promise.resolve().then(() => this.loadAll(++this.generation));
  }

  get loading(): boolean {
    return this.loadingCount > 0;
  }

  /** Waits for the latest load, also when another one started while waiting. */
  async whenReady(): Promise<void> {
    let awaited: Promise<void>;
    do {
      awaited = this.current;
      await awaited;
    } while (awaited !== this.current);
  }

  articles(): readonly Article[] {
    return this.corpus.articles();
  }

  article(url: string): Article | undefined {
    return this.corpus.article(url);
  }

  summaries(): readonly ArticleSummary[] {
    return this.corpus.summaries();
  }

  summary(url: string): ArticleSummary | undefined {
    return this.corpus.summary(url);
  }

  async fullArticle(url: string): Promise<Article | undefined> {
    const found = this.article(url);
    if (found) return found;
    const summary = this.loading ? this.summary(url) : undefined;
    if (!summary) {
      // Its headline is not in yet (or it is not in the library at all): the load decides.
      await this.whenReady();
      return this.article(url);
    }
    const key = canonicalUrl(summary.url);
    const arrived = new Promise<void>(resolve => this.waiters.set(key, [...(this.waiters.get(key) ?? []), resolve]));
    this.jobs.get(summary.file)?.prioritize(summary.titleLine);
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Loading “{0}”…', summary.title) },
      () => Promise.race([arrived, this.whenReady()]),
    );
    return this.article(url);
  }

  problems(): readonly SourceProblem[] {
    return this.problemList;
  }

  files(): readonly string[] {
    return [...this.entries.values()].filter(entry => entry.posts > 0).map(entry => entry.uri.toString());
  }

  codeBlock(url: string, index: number): CodeBlock | undefined {
    return this.article(url)?.codeBlocks[index];
  }

  async setLanguageOverride(url: string, index: number, lang: CodeLanguage): Promise<void> {
    const article = this.article(url);
    await storeOverride(this.context.globalState, article?.url ?? url, index, lang);
    if (article && article.codeBlocks[index]) {
      article.codeBlocks[index] = { ...article.codeBlocks[index], lang };
      this.changed.fire();
    }
  }

  async addSource(source: string): Promise<void> {
    await addToSourcesSetting(source);
    await this.refresh();
  }

  async openSamples(): Promise<void> {
    const samples = vscode.Uri.joinPath(this.context.extensionUri, 'samples');
    if (!this.sessionSources.some(uri => uri.toString() === samples.toString())) this.sessionSources.push(samples);
    await this.refresh();
  }

  refresh(): Promise<void> {
    this.current = this.loadAll(++this.generation);
    return this.whenReady();
  }

  dispose(): void {
    this.generation++;
    this.watcher.dispose();
    this.catchUp.dispose();
    for (const d of this.disposables) d.dispose();
  }

  /** Chained after the current load so that changes are applied to complete content, in order. */
  private queueFileEvents(events: FileEvents): void {
    this.current = this.current.then(() => this.applyFileEvents(events));
  }

  private languageOverrides(): LanguageOverrides {
    return storedOverrides(this.context.globalState);
  }

  /** Reads every source; a newer load (higher generation) makes an older one stop at its next pause. */
  private async loadAll(generation: number): Promise<void> {
    this.loadingCount++;
    this.changed.fire();
    try {
      await vscode.window.withProgress({ location: { viewId: ARTICLES_VIEW_ID } }, () => this.loadAllInner(generation));
    } catch (error) {
      this.log.error('loading the articles failed', error);
    } finally {
      this.loadingCount--;
      if (!this.loading) this.wakeWaiters(true);
      this.changed.fire();
    }
  }

  /**
   * Headlines first: every file's summaries are published as the parse worker finds them (at once for a
   * first load; a refresh keeps the old content until all headlines are in), then bodies fill in.
   */
  private async loadAllInner(generation: number): Promise<void> {
    const started = performance.now();
    const trace = new LoadTrace();
    if (generation === 1) trace.add([['activation', this.createdEpoch], ['worker spawned', this.spawnedEpoch]]);
    trace.mark('load started');
    this.worker.warmUp();
    const slicer = new Slicer();
    this.specs = configuredSources(this.sessionSources);
    this.watcher.watch(this.specs);
    const { listed, sourceProblems } = await listSources(this.specs, slicer);
    if (generation !== this.generation) return;
    const listedAt = performance.now();
    trace.mark('sources listed');

    const corpus = new Corpus();
    const entries = new Map<string, FileEntry>();
    let published = false;
    let headlinesAt = NaN;
    let everyHeadlinePublished = false;
    const publish = () => {
      if (generation !== this.generation) return;
      this.adopt(corpus, entries, sourceProblems);
      published = true;
      this.changed.fire();
      if (!everyHeadlinePublished) trace.mark(`published ${round.received}`);
    };
    // Show articles as they come only on a first load; a refresh swaps once every headline is in.
    const progressive = this.corpus.isEmpty;
    const updates = new Throttle(() => {
      if (progressive || published) publish();
    });
    const jobs = new Map<string, ParseJob>();
    this.jobs = jobs;
    const awaiting = new Set<string>(listed.keys());
    const headlinesDone = (key: string) => {
      if (!awaiting.delete(key) || awaiting.size > 0) return;
      headlinesAt = performance.now();
      updates.cancel();
      publish();
      everyHeadlinePublished = true;
    };
    const round: LoadRound = { generation, corpus, entries, jobs, updates, isPublished: () => published, headlinesDone, trace, received: 0 };

    const done: Array<Promise<void>> = [];
    const stamps = new Map<string, string>();
    for (const [key, file] of listed) {
      // The worker reads local files itself (the host never holds their bytes); others are read here.
      const read = file.uri.scheme === 'file' && !this.worker.broken ? { path: file.uri.fsPath } : await this.loader.readBytes(file.uri, file.origin, slicer);
      if (generation !== this.generation) return;
      if (!read || 'uri' in read) {
        if (read) entries.set(key, read);
        headlinesDone(key);
        continue;
      }
      if (this.worker.broken && read instanceof Uint8Array) {
        const whole = await this.loader.parseHere(read, file.uri, file.origin, slicer, () => generation !== this.generation);
        if (whole.entry) entries.set(key, whole.entry);
        if (whole.parsed) corpus.setFile(key, whole.parsed.posts.map(summaryOf), whole.parsed.posts);
        headlinesDone(key);
        continue;
      }
      const overrides = this.languageOverrides();
      const { topics } = parseSettings();
      slicer.endSlice();
      const stat = await fileStat(file.uri);
      if (stat) stamps.set(key, stampOf(stat));
      const cache = headlineCacheFor(this.context.globalStorageUri, file.uri, topics, stat);
      slicer.resume();
      trace.mark('saved pass looked up');
      done.push(this.parseInWorker(key, file, read, { topics, overrides, cache }, round));
      trace.mark('parse job sent');
    }
    slicer.endSlice(); // waiting for the worker is not holding the host
    await Promise.all(done);
    slicer.resume();
    updates.cancel();
    if (generation !== this.generation) return;
    if (Number.isNaN(headlinesAt)) headlinesAt = performance.now();
    else trace.mark('every headline published', performance.timeOrigin + headlinesAt);
    this.jobs = new Map();
    // The last publish: final problems, and the listeners' signal (fired by loadAll) that loading ended.
    this.adopt(corpus, entries, sourceProblems);
    this.catchUp.schedule(stamps);
    slicer.endSlice();
    this.recordLoad({ startedAt: started, listedAt, headlinesAt, endedAt: performance.now() }, corpus, slicer, trace);
  }

  /**
   * Starts the worker on one file: its summaries and bodies go into the round's corpus as they arrive;
   * settles once the file is parsed (or failed), with its entry recorded.
   */
  private parseInWorker(key: string, file: ListedFile, read: Uint8Array | { path: string }, input: WorkerInput, round: LoadRound): Promise<void> {
    const { generation, corpus, entries, updates } = round;
    let expected = -1;
    let received = 0;
    const job = this.worker.start(read, key, input.topics, () => generation !== this.generation, {
      // The head comes before the summaries, or after them when the file was read as it streamed.
      head: (_head, count) => {
        expected = count;
        if (received >= count) round.headlinesDone(key);
      },
      summaries: summaries => {
        corpus.addSummaries(key, summaries);
        if (round.received === 0) round.trace.mark(`first ${summaries.length} summaries received`);
        round.received += summaries.length;
        received += summaries.length;
        if (expected >= 0 && received >= expected) round.headlinesDone(key);
        // The first screenful at once; then at most every PARTIAL_UPDATE_MS (each publish re-sorts the view).
        else updates.schedule(round.isPublished() ? PARTIAL_UPDATE_MS : 0);
      },
      posts: posts => {
        applyOverrides(posts, input.overrides);
        const shown = corpus.addArticles(key, posts);
        if (round.isPublished() && shown.length > 0) {
          this.wakeWaiters(false);
          updates.schedule(BODY_UPDATE_MS);
        }
      },
      marks: marks => round.trace.add(marks),
    }, input.cache);
    round.jobs.set(key, job);
    return job.done.then(
      ({ outcome, parsed }) => {
        const entry = this.loader.entryOf(file.uri, file.origin, outcome, parsed);
        if (entry) entries.set(key, entry);
        if (parsed && entry?.posts && !corpus.reconcile(key, parsed.posts)) {
          this.log.warn(`${key}: the headline pass and the parser disagree; the parser's posts are kept`);
        }
        if (!entry?.posts) corpus.removeFile(key);
        round.headlinesDone(key);
      },
      error => {
        this.log.warn(`the parse worker failed on ${key}`, error);
        entries.set(key, { uri: file.uri, posts: 0, problem: vscode.l10n.t('The file could not be parsed: {0}', messageOf(error)) });
        corpus.removeFile(key);
        round.headlinesDone(key);
      },
    );
  }

  /** Makes a load's content the library's. */
  private adopt(corpus: Corpus, entries: Map<string, FileEntry>, sourceProblems: SourceProblem[]): void {
    this.corpus = corpus;
    this.entries = entries;
    this.sourceProblems = sourceProblems;
    this.updateProblems();
  }

  private recordLoad(times: Pick<LoadStats, 'startedAt' | 'listedAt' | 'headlinesAt' | 'endedAt'>, corpus: Corpus, slicer: Slicer, trace: LoadTrace): void {
    const { startedAt, listedAt, headlinesAt, endedAt } = times;
    const files = this.entries.size;
    const articles = corpus.summaries().length;
    this.lastLoad = { ...times, files, articles, ms: endedAt - startedAt, longestSliceMs: slicer.longestSliceMs, trace: trace.marks };
    if (corpus.corrected > 0) this.log.warn(`${corpus.corrected} headline(s) differed from the full parse and were corrected`);
    this.log.info(`loaded ${articles} articles from ${files} files in ${this.lastLoad.ms.toFixed(0)} ms ` +
      `(listed after ${(listedAt - startedAt).toFixed(0)} ms, headlines after ${(headlinesAt - startedAt).toFixed(0)} ms; longest slice ${slicer.longestSliceMs.toFixed(1)} ms)`);
    const origin = trace.marks[0]?.[1] ?? 0;
    this.log.debug(`load phases (ms from ${trace.marks[0]?.[0] ?? 'start'}): ${trace.describe(origin)}`);
  }

  private updateProblems(): void {
    const key = (entry: FileEntry) => entry.uri.toString();
    const ordered = [...this.entries.values()].filter(entry => entry.problem).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    this.problemList = [...this.sourceProblems, ...ordered.map(entry => ({ file: displayPath(entry.uri), reason: entry.problem!, uri: entry.uri.toString() }))];
  }

  /** Resolves `fullArticle` callers whose article has its body now (all of them when `all`). */
  private wakeWaiters(all: boolean): void {
    for (const [key, wake] of this.waiters) {
      if (!all && !this.corpus.article(key)) continue;
      this.waiters.delete(key);
      for (const resolve of wake) resolve();
    }
  }

  /** Re-reads only the files that changed (each parsed whole, then swapped in); a deleted folder drops every file under it. */
  private async applyFileEvents(events: FileEvents): Promise<void> {
    const generation = this.generation;
    const slicer = new Slicer();
    const isCancelled = () => generation !== this.generation;
    this.loadingCount++;
    try {
      const changes = await changesOf(events, {
        knownFiles: () => this.entries.keys(),
        originOf: uri => originOf(uri, this.specs),
        read: (uri, origin) => this.loader.readFile(uri, origin, slicer, isCancelled),
        isCancelled,
      });
      if (!changes) return;
      if (changes.size > 0) {
        const entries = new Map(this.entries);
        for (const [key, change] of changes) {
          if (change === 'deleted' || !change.entry) {
            entries.delete(key);
            this.corpus.removeFile(key);
            continue;
          }
          entries.set(key, change.entry);
          if (change.parsed) this.corpus.setFile(key, change.parsed.posts.map(summaryOf), change.parsed.posts);
          else this.corpus.removeFile(key);
        }
        this.entries = entries;
        this.updateProblems();
        this.log.info(`updated ${events.size} changed file(s): ${this.corpus.summaries().length} articles`);
      }
    } catch (error) {
      this.log.error('applying file changes failed', error);
    } finally {
      this.loadingCount--;
      this.changed.fire();
    }
  }
}

/** What one load builds while its files come in, until it becomes the library's content. */
interface LoadRound {
  readonly generation: number;
  readonly corpus: Corpus;
  readonly entries: Map<string, FileEntry>;
  /** The load's parse jobs by file key, for `fullArticle` to ask for a body first. */
  readonly jobs: Map<string, ParseJob>;
  /** Publishes what is there so far, at most this often. */
  readonly updates: Throttle;
  isPublished(): boolean;
  headlinesDone(key: string): void;
  readonly trace: LoadTrace;
  /** Summaries received so far, of every file. */
  received: number;
}

/** Read once per file before its job starts, so a file is parsed with one consistent set. */
interface WorkerInput {
  topics: Record<string, string[]>;
  overrides: LanguageOverrides;
  cache: HeadlineCache | undefined;
}

/** Every file of the sources once (the first source listing a file names its origin), and the sources' own problems. */
async function listSources(specs: readonly SourceSpec[], slicer: Slicer): Promise<{ listed: Map<string, ListedFile>; sourceProblems: SourceProblem[] }> {
  const listed = new Map<string, ListedFile>();
  const sourceProblems: SourceProblem[] = [];
  for (const spec of specs) {
    slicer.endSlice();
    const { files, problem } = await listFiles(spec);
    slicer.resume();
    if (problem) sourceProblems.push(problem);
    for (const file of files) if (!listed.has(file.uri.toString())) listed.set(file.uri.toString(), file);
  }
  return { listed, sourceProblems };
}
