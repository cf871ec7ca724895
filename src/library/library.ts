// The parsed corpus. Loads every source after activation (never on the activation path), parsing in a worker
// thread (or in time slices without one) with progress on the Articles view, then keeps it current: a watcher
// re-reads only the files that changed.
import * as vscode from 'vscode';
import { canonicalUrl } from '../core/merge';
import type { Article, CodeBlock, CodeLanguage, ParsedFile } from '../core/model';
import type { ArticleLibrary, SourceProblem } from '../services';
import { looksLikeDump, parseInPieces } from './chunks';
import { decodeInSlices } from './decodeInSlices';
import { mergeArticles, parseDump, type ParseSettings } from './parser';
import { ParseWorkerClient } from './parseWorkerClient';
import { Slicer } from './slicer';
import { configuredSources, displayPath, fileWatchPattern, listFiles, originOf, toUri, watchPattern, type FileOrigin, type ListedFile, type SourceSpec } from './sources';

/** The Articles view (package.json), where loading shows its progress. */
const ARTICLES_VIEW_ID = 'techArticles.articles';
const LANGUAGE_OVERRIDES_KEY = 'techArticles.languageOverrides';
/** File events arrive in bursts (a save writes twice, a git checkout touches many files): wait this long. */
const WATCH_DEBOUNCE_MS = 200;
/** During a long first load, show what is there already this often. */
const PARTIAL_UPDATE_MS = 400;

interface FileEntry {
  uri: vscode.Uri;
  parsed?: ParsedFile;
  problem?: string;
}

export interface LoadStats {
  /** performance.now() when the load started and when its articles were published. */
  startedAt: number;
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
  private merged: Article[] = [];
  private byUrl = new Map<string, Article>();
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
    return this.merged;
  }

  article(url: string): Article | undefined {
    return this.byUrl.get(url) ?? this.byUrl.get(canonicalUrl(url));
  }

  problems(): readonly SourceProblem[] {
    return this.problemList;
  }

  files(): readonly string[] {
    return [...this.entries.values()].filter(entry => entry.parsed && entry.parsed.posts.length > 0).map(entry => entry.uri.toString());
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
      this.changed.fire();
    }
  }

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

    const next = new Map<string, FileEntry>();
    // Show articles as they come only on a first load; a refresh keeps the old content until it is done.
    const showPartial = this.merged.length === 0;
    let lastPartial = performance.now();
    for (const [key, file] of listed) {
      const entry = await this.readFile(file.uri, file.origin, slicer, generation);
      if (generation !== this.generation) return;
      if (entry) next.set(key, entry);
      if (showPartial && performance.now() - lastPartial > PARTIAL_UPDATE_MS) {
        this.publish(next, sourceProblems, false);
        lastPartial = performance.now();
        await slicer.pause();
      }
    }
    this.publish(next, sourceProblems, true);
    slicer.endSlice();
    const endedAt = performance.now();
    this.lastLoad = { startedAt: started, endedAt, files: next.size, articles: this.merged.length, ms: endedAt - started, longestSliceMs: slicer.longestSliceMs };
    this.log.info(`loaded ${this.merged.length} articles from ${next.size} files in ${this.lastLoad.ms.toFixed(0)} ms (longest slice ${slicer.longestSliceMs.toFixed(1)} ms)`);
  }

  /** Makes `entries` the library's content and tells listeners. */
  private publish(entries: Map<string, FileEntry>, sourceProblems: SourceProblem[], final: boolean): void {
    this.entries = final ? entries : new Map(entries);
    this.sourceProblems = sourceProblems;
    this.rebuild();
    if (!final) this.changed.fire();
  }

  private rebuild(): void {
    const key = (entry: FileEntry) => entry.uri.toString();
    const ordered = [...this.entries.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    this.merged = mergeArticles(ordered.flatMap(entry => (entry.parsed ? [entry.parsed] : [])));
    // By the exact URL and by its canonical form, so a copy's URL (http vs https, trailing slash) finds the article.
    this.byUrl = new Map(this.merged.flatMap(article => [[canonicalUrl(article.url), article], [article.url, article]]));
    this.problemList = [
      ...this.sourceProblems,
      ...ordered.filter(entry => entry.problem).map(entry => ({ file: displayPath(entry.uri), reason: entry.problem! })),
    ];
  }

  /** One file → its entry; undefined when the file is not a dump (or is skipped silently). */
  private async readFile(uri: vscode.Uri, origin: FileOrigin, slicer: Slicer, generation: number): Promise<FileEntry | undefined> {
    const silent = origin === 'workspace';
    let bytes: Uint8Array;
    try {
      slicer.endSlice();
      bytes = await vscode.workspace.fs.readFile(uri);
      slicer.resume();
    } catch (error) {
      slicer.resume();
      this.log.warn(`cannot read ${uri.toString()}`, error);
      return { uri, problem: vscode.l10n.t('The file cannot be read: {0}', messageOf(error)) };
    }
    if (bytes.length === 0) return silent ? undefined : { uri, problem: vscode.l10n.t('The file is empty.') };
    if (!this.worker.broken) {
      try {
        slicer.endSlice();
        const { outcome, parsed } = await this.worker.parse(bytes, uri.toString(), this.settings().topics, () => generation !== this.generation);
        slicer.resume();
        switch (outcome.kind) {
          case 'parsed': return this.parsedEntry(uri, parsed!);
          case 'empty': return silent ? undefined : { uri, problem: vscode.l10n.t('The file is empty.') };
          case 'undecodable': return silent ? undefined : { uri, problem: outcome.reason };
          case 'notDump': return origin !== 'named' ? undefined : { uri, problem: notADump() };
          case 'cancelled': return undefined;
          case 'failed':
            this.log.error(`parsing ${uri.toString()} failed: ${outcome.reason}`);
            return { uri, problem: vscode.l10n.t('The file could not be parsed: {0}', outcome.reason) };
        }
      } catch (error) {
        slicer.resume();
        this.log.warn(`the parse worker failed on ${uri.toString()}; parsing on this thread`, error);
        // The bytes went to the worker; read them again for the in-thread path.
        if (this.worker.broken) return this.readFile(uri, origin, slicer, generation);
        return { uri, problem: vscode.l10n.t('The file could not be parsed: {0}', messageOf(error)) };
      }
    }
    await slicer.maybePause();
    const decoded = await decodeInSlices(bytes, () => slicer.pause());
    if ('error' in decoded) return silent ? undefined : { uri, problem: decoded.error };
    if (!looksLikeDump(decoded.text)) {
      return origin !== 'named' ? undefined : { uri, problem: notADump() };
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
      return { uri, problem: vscode.l10n.t('The file could not be parsed: {0}', messageOf(error)) };
    }
    parsed.encoding ??= decoded.encoding;
    return this.parsedEntry(uri, parsed);
  }

  private parsedEntry(uri: vscode.Uri, parsed: ParsedFile): FileEntry {
    if (parsed.error) return { uri, problem: parsed.error };
    if (parsed.posts.length === 0) return { uri, problem: vscode.l10n.t('No articles were found in this file.') };
    this.applyOverrides(parsed.posts);
    return { uri, parsed };
  }

  private applyOverrides(posts: Article[]): void {
    const overrides = this.languageOverrides();
    if (Object.keys(overrides).length === 0) return;
    for (const post of posts) {
      post.codeBlocks = post.codeBlocks.map(block => {
        const lang = overrides[`${post.url}#${block.index}`];
        return lang ? { ...block, lang } : block;
      });
    }
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

  /** Re-reads only the files that changed; a deleted folder drops every file under it. */
  private async applyFileEvents(events: Map<string, 'changed' | 'deleted'>): Promise<void> {
    const generation = this.generation;
    const slicer = new Slicer();
    const entries = new Map(this.entries);
    let touched = false;
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
          for (const existing of [...entries.keys()]) {
            if (existing === key || existing.startsWith(key.endsWith('/') ? key : key + '/')) {
              entries.delete(existing);
              touched = true;
            }
          }
          continue;
        }
        const origin = originOf(uri, this.specs);
        if (isFolder || !origin) continue;
        const entry = await this.readFile(uri, origin, slicer, generation);
        if (generation !== this.generation) return;
        if (entry) entries.set(key, entry);
        else entries.delete(key);
        touched = true;
      }
      if (touched) {
        this.entries = entries;
        this.rebuild();
        this.log.info(`updated ${events.size} changed file(s): ${this.merged.length} articles`);
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
