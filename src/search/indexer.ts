// Keeps the article search index current: built in the background after the library (re)loads, saved under
// globalStorageUri keyed by the corpus content, so a window reload loads it instead of rebuilding.
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { Article } from '../core/model';
import { ArticleSearch } from '../core/search/articleSearch';
import { TurnTimer } from '../core/search/slices';
import type { ArticleLibrary } from '../services';

/** Library changes arrive in bursts while files load; wait for quiet before indexing. */
const SETTLE_MS = 400;
const CACHE_FOLDER = 'search-index';
const KEEP_SAVED = 3;

export class SearchIndexer implements vscode.Disposable {
  private search: ArticleSearch | undefined;
  private indexed: readonly Article[] = [];
  private build: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: Promise<ArticleSearch> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Fires when a new index is ready. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly library: ArticleLibrary,
    private readonly storage: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(library.onDidChange(() => this.schedule()));
    this.schedule();
  }

  /** True while an index for the current articles is being loaded or built. */
  get indexing(): boolean {
    return this.pending !== undefined || this.timer !== undefined || this.library.loading;
  }

  /** The index as it is now (possibly for the previous corpus while a new one is built). */
  current(): ArticleSearch | undefined {
    return this.search;
  }

  /** The index for the library once it has loaded. */
  async ready(): Promise<ArticleSearch> {
    await this.library.whenReady();
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    return this.pending ?? this.refresh() ?? this.search!;
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.library.loading) return; // the end of loading fires another change
      void this.refresh()?.catch(() => undefined);
    }, SETTLE_MS);
  }

  /** Starts indexing the library's articles unless they are the ones indexed already. */
  private refresh(): Promise<ArticleSearch> | undefined {
    const articles = this.library.articles();
    if (this.search && sameArticles(articles, this.indexed)) return undefined;
    this.build?.abort(new Error('superseded by a newer corpus'));
    const controller = new AbortController();
    this.build = controller;
    const started = performance.now();
    const timer = new TurnTimer();
    const gcPauses = watchGcPauses();
    const pending = this.loadOrBuild(articles, controller.signal, timer).finally(() => gcPauses.stop()).then(
      search => {
        if (this.build === controller) {
          this.search = search;
          this.indexed = articles;
          this.pending = undefined;
          this.changed.fire();
          // The longest stretch shows whether the host stayed responsive (issue #4: never more than 50 ms).
          this.log.info(`search index ready: ${search.articleCount} articles in ${(performance.now() - started).toFixed(0)} ms, longest stretch without yielding ${timer.longestMs.toFixed(1)} ms (${timer.longestCpuMs?.toFixed(1) ?? '?'} ms of CPU at most; longest GC pause meanwhile ${gcPauses.longestMs().toFixed(1)} ms)`);
        }
        return search;
      },
      (error: unknown) => {
        if (this.build === controller) this.pending = undefined;
        if (!controller.signal.aborted) this.log.error('building the search index failed', error);
        throw error;
      },
    );
    this.pending = pending;
    return pending;
  }

  private async loadOrBuild(articles: readonly Article[], signal: AbortSignal, timer: TurnTimer): Promise<ArticleSearch> {
    const key = await timer.time(yieldTo => ArticleSearch.corpusKeyInBackground(articles, { signal, yieldTo }));
    const file = vscode.Uri.joinPath(this.storage, CACHE_FOLDER, `${key.slice(0, 32)}.bin`);
    try {
      const bytes = await vscode.workspace.fs.readFile(file);
      const cached = await timer.time(yieldTo => ArticleSearch.fromBytesInBackground(bytes, articles, key, { signal, yieldTo }));
      if (cached) {
        this.log.info(`search index loaded from ${file.fsPath}`);
        return cached;
      }
    } catch (error) {
      if (signal.aborted) throw error;
      // No saved index for this corpus yet.
    }
    const search = await timer.time(yieldTo => ArticleSearch.buildInBackground(articles, { signal, yieldTo }));
    void search.toBytesInBackground(key).then(
      bytes => this.save(file, bytes),
      (error: unknown) => this.log.warn(`could not save the search index: ${error instanceof Error ? error.message : String(error)}`),
    );
    return search;
  }

  /** Writes the index and removes all but the newest few (other windows may use other corpora). */
  private async save(file: vscode.Uri, bytes: Uint8Array): Promise<void> {
    const folder = vscode.Uri.joinPath(this.storage, CACHE_FOLDER);
    try {
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.workspace.fs.writeFile(file, bytes);
      const saved: Array<{ uri: vscode.Uri; mtime: number }> = [];
      for (const [name] of await vscode.workspace.fs.readDirectory(folder)) {
        if (!name.endsWith('.bin')) continue;
        const uri = vscode.Uri.joinPath(folder, name);
        saved.push({ uri, mtime: (await vscode.workspace.fs.stat(uri)).mtime });
      }
      saved.sort((a, b) => b.mtime - a.mtime);
      for (const old of saved.slice(KEEP_SAVED)) await vscode.workspace.fs.delete(old.uri);
    } catch (error) {
      // Only a cache: the next session rebuilds it.
      this.log.warn(`could not save the search index: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.build?.abort(new Error('disposed'));
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/**
 * The longest garbage-collection pause until stop(): V8 collects the whole host's heap (every extension's), and
 * a pause that falls inside an index slice shows up as a long stretch without yielding.
 */
function watchGcPauses(): { stop(): void; longestMs(): number } {
  let longest = 0;
  const note = (entries: PerformanceEntry[]) => { for (const entry of entries) longest = Math.max(longest, entry.duration); };
  const observer = new PerformanceObserver(list => note(list.getEntries()));
  try {
    observer.observe({ entryTypes: ['gc'] });
  } catch {
    // Not available: the log line then says 0.
  }
  return {
    stop: () => {
      note(observer.takeRecords());
      observer.disconnect();
    },
    longestMs: () => longest,
  };
}

function sameArticles(a: readonly Article[], b: readonly Article[]): boolean {
  return a === b || (a.length === b.length && a.every((article, i) => article === b[i]));
}
