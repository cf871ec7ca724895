// The parsed corpus. Loads every source after activation (never on the activation path), parsing in a worker
// thread (or in time slices without one) with progress on the Articles view, then keeps it current: a watcher
// re-reads only the files that changed. Headlines first: every article's summary is published within a moment,
// its body when parsed (`fullArticle` asks for one body first and waits for it).
import * as vscode from 'vscode';
import { canonicalUrl } from '../core/merge';
import type { Article, ArticleSummary, CodeBlock, CodeLanguage, ParsedFile } from '../core/model';
import type { ArticleLibrary, SourceProblem } from '../services';
import { looksLikeDump, parseInPieces } from './chunks';
import { Corpus, summaryOf } from './corpus';
import { decodeInSlices } from './decodeInSlices';
import { parseDump, type ParseSettings } from './parser';
import type { HeadlineCache, WorkerOutcome } from './parseProtocol';
import { ParseWorkerClient, type ParseJob } from './parseWorkerClient';
import { Slicer } from './slicer';
import { urlKey } from './urlKey';
import { configuredSources, displayPath, fileWatchPattern, listFiles, originOf, toUri, watchPattern, type FileOrigin, type ListedFile, type SourceSpec } from './sources';

/** The Articles view (package.json), where loading shows its progress. */
const ARTICLES_VIEW_ID = 'techArticles.articles';
const LANGUAGE_OVERRIDES_KEY = 'techArticles.languageOverrides';
/** File events arrive in bursts (a save writes twice, a git checkout touches many files): wait this long. */
const WATCH_DEBOUNCE_MS = 200;
/** While headlines come in, show what is there already this often (at once when every file's are in). */
const PARTIAL_UPDATE_MS = 400;
/** While bodies come in, tell listeners this often (code block counts in the tree); they are cheap then. */
const BODY_UPDATE_MS = 1500;
/** Under global storage: each dump's headline pass, so the next start lists its articles without one. */
const HEADLINE_CACHE_FOLDER = 'headlines';

interface FileEntry {
  uri: vscode.Uri;
  problem?: string;
  /** Posts the file has (0 with a problem). */
  posts: number;
}

/** A file's content read whole (the watcher's changes, the in-thread fallback). */
interface FileRead {
  entry?: FileEntry;
  parsed?: ParsedFile;
}

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
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  private generation = 0;
  private current: Promise<void> = Promise.resolve();
  private loadingCount = 0;
  private pendingEvents = new Map<string, 'changed' | 'deleted'>();
  private debounce: ReturnType<typeof setTimeout> | undefined;
  /** Parse jobs of the current load by file key: `fullArticle` asks them for a body first. */
  private jobs = new Map<string, ParseJob>();
  /** Callers of `fullArticle` waiting for a body, by canonical URL. */
  private waiters = new Map<string, Array<() => void>>();
  /** Figures of the last full load, for the benchmark and the log. */
  lastLoad: LoadStats | undefined;
  /** performance.now() at construction, i.e. during activation. */
  readonly createdAt = performance.now();

  /** Parses off the extension host's thread; when it is broken, files are parsed here in time slices. */
  private readonly worker: ParseWorkerClient;

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: vscode.LogOutputChannel) {
    this.worker = new ParseWorkerClient(vscode.Uri.joinPath(context.extensionUri, 'dist', 'parseWorker.js').fsPath);
    if (this.worker.broken) log.warn('parse worker not found: parsing on the extension host thread, in slices');
    this.disposables.push(
      { dispose: () => this.worker.dispose() },
      this.changed,
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('techArticles.sources') || event.affectsConfiguration('techArticles.topics')) void this.refresh();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()),
    );
    // The first load starts after activate() has returned.
    this.current = new Promise<void>(resolve => setTimeout(resolve, 0)).then(() => this.loadAll(++this.generation));
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
    const overrides = { ...this.languageOverrides(), [`${article?.url ?? url}#${index}`]: lang };
    await this.context.globalState.update(LANGUAGE_OVERRIDES_KEY, overrides);
    if (article && article.codeBlocks[index]) {
      article.codeBlocks[index] = { ...article.codeBlocks[index], lang };
      this.changed.fire();
    }
  }

  async addSource(source: string): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const uri = toUri(source, folders[0]?.uri);
    const config = vscode.workspace.getConfiguration('techArticles');
    const useWorkspace = folders.length > 0 && vscode.workspace.isTrusted;
    const inspected = config.inspect<string[]>('sources');
    const current = (useWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
    const entry = this.settingValueFor(uri);
    if (!current.includes(entry)) {
      // The default (dump files of the workspace) ends once a source is listed: keep the workspace's own
      // dumps by listing its folders too, so adding a source never makes articles disappear.
      const keep = (config.get<string[]>('sources') ?? []).length === 0 ? folders.map(f => this.settingValueFor(f.uri)) : [];
      const next = [...new Set([...keep, ...current, entry])];
      await config.update('sources', next, useWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
    }
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
    if (this.debounce) clearTimeout(this.debounce);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }

  /** Relative to the folder in a single-folder workspace (the settings file can move with it), else absolute. */
  private settingValueFor(uri: vscode.Uri): string {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder && vscode.workspace.workspaceFolders?.length === 1) {
      const relative = vscode.workspace.asRelativePath(uri, false);
      return relative === '' || relative === uri.fsPath || relative === uri.toString() ? '.' : relative;
    }
    return uri.scheme === 'file' ? uri.fsPath : uri.toString();
  }

  private settings(): ParseSettings {
    // A plain copy: configuration values are proxies, which cannot be posted to the parse worker.
    const configured: unknown = vscode.workspace.getConfiguration('techArticles').get('topics');
    const topics: Record<string, string[]> = {};
    if (configured && typeof configured === 'object') {
      for (const [name, rules] of Object.entries(configured)) {
        if (Array.isArray(rules)) topics[name] = rules.filter((rule): rule is string => typeof rule === 'string');
      }
    }
    return { topics };
  }

  private languageOverrides(): Record<string, CodeLanguage> {
    return this.context.globalState.get<Record<string, CodeLanguage>>(LANGUAGE_OVERRIDES_KEY) ?? {};
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
    this.worker.warmUp();
    const slicer = new Slicer();
    this.specs = configuredSources(this.sessionSources);
    this.watch(this.specs);

    const listed = new Map<string, ListedFile>();
    const sourceProblems: SourceProblem[] = [];
    for (const spec of this.specs) {
      slicer.endSlice();
      const { files, problem } = await listFiles(spec);
      slicer.resume();
      if (problem) sourceProblems.push(problem);
      for (const file of files) if (!listed.has(file.uri.toString())) listed.set(file.uri.toString(), file);
    }
    if (generation !== this.generation) return;
    const listedAt = performance.now();

    const corpus = new Corpus();
    const entries = new Map<string, FileEntry>();
    let published = false;
    let headlinesAt = NaN;
    const publish = () => {
      if (generation !== this.generation) return;
      this.corpus = corpus;
      this.entries = entries;
      this.sourceProblems = sourceProblems;
      this.updateProblems();
      published = true;
      this.changed.fire();
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
    };

    const done: Array<Promise<void>> = [];
    for (const [key, file] of listed) {
      // The worker reads local files itself (the host never holds their bytes); others are read here.
      const read = file.uri.scheme === 'file' && !this.worker.broken ? { path: file.uri.fsPath } : await this.readBytes(file.uri, file.origin, slicer);
      if (generation !== this.generation) return;
      if (!read || 'uri' in read) {
        if (read) entries.set(key, read);
        headlinesDone(key);
        continue;
      }
      if (this.worker.broken && read instanceof Uint8Array) {
        const whole = await this.parseHere(read, file.uri, file.origin, slicer, generation);
        if (whole.entry) entries.set(key, whole.entry);
        if (whole.parsed) corpus.setFile(key, whole.parsed.posts.map(summaryOf), whole.parsed.posts);
        headlinesDone(key);
        continue;
      }
      let expected = -1;
      let received = 0;
      const overrides = this.languageOverrides();
      const { topics } = this.settings();
      slicer.endSlice();
      const cache = await this.headlineCache(file.uri, topics);
      slicer.resume();
      const job = this.worker.start(read, key, topics, () => generation !== this.generation, {
        // The head comes before the summaries, or after them when the file was read as it streamed.
        head: (_head, count) => {
          expected = count;
          if (received >= count) headlinesDone(key);
        },
        summaries: summaries => {
          corpus.addSummaries(key, summaries);
          received += summaries.length;
          if (expected >= 0 && received >= expected) headlinesDone(key);
          else updates.schedule(PARTIAL_UPDATE_MS);
        },
        posts: posts => {
          applyOverrides(posts, overrides);
          const shown = corpus.addArticles(key, posts);
          if (published && shown.length > 0) {
            this.wakeWaiters(false);
            updates.schedule(BODY_UPDATE_MS);
          }
        },
      }, cache);
      jobs.set(key, job);
      done.push(job.done.then(
        ({ outcome, parsed }) => {
          const entry = this.entryOf(file.uri, file.origin, outcome, parsed);
          if (entry) entries.set(key, entry);
          if (parsed && entry?.posts && !corpus.reconcile(key, parsed.posts)) {
            this.log.warn(`${key}: the headline pass and the parser disagree; the parser's posts are kept`);
          }
          if (!entry?.posts) corpus.removeFile(key);
          headlinesDone(key);
        },
        error => {
          this.log.warn(`the parse worker failed on ${key}`, error);
          entries.set(key, { uri: file.uri, posts: 0, problem: vscode.l10n.t('The file could not be parsed: {0}', messageOf(error)) });
          corpus.removeFile(key);
          headlinesDone(key);
        },
      ));
    }
    slicer.endSlice(); // waiting for the worker is not holding the host
    await Promise.all(done);
    slicer.resume();
    updates.cancel();
    if (generation !== this.generation) return;
    if (Number.isNaN(headlinesAt)) headlinesAt = performance.now();
    this.jobs = new Map();
    // The last publish: final problems, and the listeners' signal (fired by loadAll) that loading ended.
    this.corpus = corpus;
    this.entries = entries;
    this.sourceProblems = sourceProblems;
    this.updateProblems();
    slicer.endSlice();
    const endedAt = performance.now();
    const articles = corpus.summaries().length;
    this.lastLoad = { startedAt: started, listedAt, headlinesAt, endedAt, files: entries.size, articles, ms: endedAt - started, longestSliceMs: slicer.longestSliceMs };
    if (corpus.corrected > 0) this.log.warn(`${corpus.corrected} headline(s) differed from the full parse and were corrected`);
    this.log.info(`loaded ${articles} articles from ${entries.size} files in ${this.lastLoad.ms.toFixed(0)} ms ` +
      `(listed after ${(listedAt - started).toFixed(0)} ms, headlines after ${(headlinesAt - started).toFixed(0)} ms; longest slice ${slicer.longestSliceMs.toFixed(1)} ms)`);
  }

  /**
   * Where the worker keeps this file's headline pass for the next start (global storage, keyed by the file),
   * valid for its size, modification time and the topic settings. Undefined when storage is not a local folder.
   */
  private async headlineCache(uri: vscode.Uri, topics: Record<string, string[]>): Promise<HeadlineCache | undefined> {
    const storage = this.context.globalStorageUri;
    if (storage.scheme !== 'file') return undefined;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      const path = vscode.Uri.joinPath(storage, HEADLINE_CACHE_FOLDER, `${urlKey(uri.toString())}.json`).fsPath;
      return { path, key: JSON.stringify([uri.toString(), stat.size, stat.mtime, topics]) };
    } catch {
      return undefined;
    }
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

  /** The file's bytes; an entry (a problem) or undefined (skipped) when there is nothing to parse. */
  private async readBytes(uri: vscode.Uri, origin: FileOrigin, slicer: Slicer): Promise<Uint8Array | FileEntry | undefined> {
    let bytes: Uint8Array;
    try {
      slicer.endSlice();
      bytes = await vscode.workspace.fs.readFile(uri);
      slicer.resume();
    } catch (error) {
      slicer.resume();
      this.log.warn(`cannot read ${uri.toString()}`, error);
      return { uri, posts: 0, problem: vscode.l10n.t('The file cannot be read: {0}', messageOf(error)) };
    }
    if (bytes.length === 0) return origin === 'workspace' ? undefined : { uri, posts: 0, problem: vscode.l10n.t('The file is empty.') };
    return bytes;
  }

  /** What a worker outcome means for the file: undefined when it is skipped silently. */
  private entryOf(uri: vscode.Uri, origin: FileOrigin, outcome: WorkerOutcome, parsed: ParsedFile | undefined): FileEntry | undefined {
    const silent = origin === 'workspace';
    switch (outcome.kind) {
      case 'parsed': return this.parsedEntry(uri, parsed!);
      case 'empty': return silent ? undefined : { uri, posts: 0, problem: vscode.l10n.t('The file is empty.') };
      case 'unreadable': return { uri, posts: 0, problem: vscode.l10n.t('The file cannot be read: {0}', outcome.reason) };
      case 'undecodable': return silent ? undefined : { uri, posts: 0, problem: outcome.reason };
      case 'notDump': return origin !== 'named' ? undefined : { uri, posts: 0, problem: notADump() };
      case 'cancelled': return undefined;
      case 'failed':
        this.log.error(`parsing ${uri.toString()} failed: ${outcome.reason}`);
        return { uri, posts: 0, problem: vscode.l10n.t('The file could not be parsed: {0}', outcome.reason) };
    }
  }

  /** One file read and parsed whole (file changes, and the in-thread fallback). */
  private async readFile(uri: vscode.Uri, origin: FileOrigin, slicer: Slicer, generation: number): Promise<FileRead> {
    const read = await this.readBytes(uri, origin, slicer);
    if (!(read instanceof Uint8Array)) return { entry: read };
    if (!this.worker.broken) {
      try {
        slicer.endSlice();
        const { outcome, parsed } = await this.worker.parse(read, uri.toString(), this.settings().topics, () => generation !== this.generation);
        slicer.resume();
        const entry = this.entryOf(uri, origin, outcome, parsed);
        if (parsed && entry?.posts) applyOverrides(parsed.posts, this.languageOverrides());
        return { entry, parsed: entry?.posts ? parsed : undefined };
      } catch (error) {
        slicer.resume();
        this.log.warn(`the parse worker failed on ${uri.toString()}; parsing on this thread`, error);
        // The bytes went to the worker; read them again for the in-thread path.
        if (this.worker.broken) return this.readFile(uri, origin, slicer, generation);
        return { entry: { uri, posts: 0, problem: vscode.l10n.t('The file could not be parsed: {0}', messageOf(error)) } };
      }
    }
    return this.parseHere(read, uri, origin, slicer, generation);
  }

  /** Parses on this thread in time slices (no worker threads here). */
  private async parseHere(bytes: Uint8Array, uri: vscode.Uri, origin: FileOrigin, slicer: Slicer, generation: number): Promise<FileRead> {
    const silent = origin === 'workspace';
    await slicer.maybePause();
    const decoded = await decodeInSlices(bytes, () => slicer.pause());
    if ('error' in decoded) return { entry: silent ? undefined : { uri, posts: 0, problem: decoded.error } };
    if (!looksLikeDump(decoded.text)) {
      return { entry: origin !== 'named' ? undefined : { uri, posts: 0, problem: notADump() } };
    }
    await slicer.maybePause();
    const settings = this.settings();
    let parsed: ParsedFile;
    try {
      parsed = await parseInPieces(decoded.text, uri.toString(), (text, file) => parseDump(text, file, settings), {
        pause: () => slicer.pause(),
        shouldPause: () => slicer.shouldPause(),
        isCancelled: () => generation !== this.generation,
      });
    } catch (error) {
      this.log.error(`parsing ${uri.toString()} failed`, error);
      return { entry: { uri, posts: 0, problem: vscode.l10n.t('The file could not be parsed: {0}', messageOf(error)) } };
    }
    parsed.encoding ??= decoded.encoding;
    const entry = this.parsedEntry(uri, parsed);
    if (entry.posts) applyOverrides(parsed.posts, this.languageOverrides());
    return { entry, parsed: entry.posts ? parsed : undefined };
  }

  private parsedEntry(uri: vscode.Uri, parsed: ParsedFile): FileEntry {
    if (parsed.error) return { uri, posts: 0, problem: parsed.error };
    if (parsed.posts.length === 0) return { uri, posts: 0, problem: vscode.l10n.t('No articles were found in this file.') };
    return { uri, posts: parsed.posts.length };
  }

  // ── watching ──────────────────────────────────────────────────────────────────────────────────────────

  private watch(specs: readonly SourceSpec[]): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    const patterns: vscode.GlobPattern[] = [];
    for (const spec of specs) {
      patterns.push(watchPattern(spec));
      if (spec.kind === 'path') patterns.push(fileWatchPattern(spec.uri));
    }
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate(uri => this.queue(uri, 'changed'));
      watcher.onDidChange(uri => this.queue(uri, 'changed'));
      watcher.onDidDelete(uri => this.queue(uri, 'deleted'));
      this.watchers.push(watcher);
    }
  }

  private queue(uri: vscode.Uri, kind: 'changed' | 'deleted'): void {
    this.pendingEvents.set(uri.toString(), kind);
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      const events = this.pendingEvents;
      this.pendingEvents = new Map();
      // Chained after the current load so that changes are applied to complete content, in order.
      this.current = this.current.then(() => this.applyFileEvents(events));
    }, WATCH_DEBOUNCE_MS);
  }

  /** Re-reads only the files that changed (each parsed whole, then swapped in); a deleted folder drops every file under it. */
  private async applyFileEvents(events: Map<string, 'changed' | 'deleted'>): Promise<void> {
    const generation = this.generation;
    const slicer = new Slicer();
    const changes = new Map<string, FileRead | 'deleted'>();
    this.loadingCount++;
    try {
      for (const [key, kind] of events) {
        const uri = vscode.Uri.parse(key);
        let exists = kind === 'changed';
        let isFolder = false;
        if (exists) {
          try {
            isFolder = ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
          } catch {
            exists = false;
          }
        }
        if (!exists) {
          for (const existing of new Set([...this.entries.keys(), ...changes.keys()])) {
            if (existing === key || existing.startsWith(key.endsWith('/') ? key : key + '/')) changes.set(existing, 'deleted');
          }
          continue;
        }
        const origin = originOf(uri, this.specs);
        if (isFolder || !origin) continue;
        changes.set(key, await this.readFile(uri, origin, slicer, generation));
        if (generation !== this.generation) return;
      }
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

function notADump(): string {
  return vscode.l10n.t('No "Post Syndicated from … original …" line: this is not an article dump.');
}

function messageOf(error: unknown): string {
  if (error instanceof vscode.FileSystemError) return error.code ? `${error.code}` : error.message;
  return error instanceof Error ? error.message : String(error);
}

function applyOverrides(posts: readonly Article[], overrides: Record<string, CodeLanguage>): void {
  if (Object.keys(overrides).length === 0) return;
  for (const post of posts) {
    post.codeBlocks = post.codeBlocks.map(block => {
      const lang = overrides[`${post.url}#${block.index}`];
      return lang ? { ...block, lang } : block;
    });
  }
}

/** Runs a job once after a delay; scheduling again while one is pending keeps the earlier time. */
class Throttle {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly job: () => void) {}

  schedule(ms: number): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.job();
    }, ms);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
