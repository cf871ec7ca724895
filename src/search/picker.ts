// "Articles: Search": a QuickPick ranked by our own index and recomputed per keystroke. VS Code's own filter is
// kept out of the way (matchOnDescription/Detail off, alwaysShow on every item), so the order is ours.
import * as vscode from 'vscode';
import type { ArticleState } from '../core/query';
import type { ArticleSearch, SearchHit, SearchOutcome } from '../core/search/articleSearch';
import type { Services } from '../services';
import type { SearchIndexer } from './indexer';

/** The QuickPick shows this many results: enough to scan, few enough to stay fast (vscode#20136). */
export const SHOWN_RESULTS = 50;

/**
 * The argument of `techArticles.openArticle` as search sends it. `highlight` is the first matched text as it
 * appears in the article: the reader scrolls to its first occurrence and highlights it.
 */
export interface OpenArticleRequest {
  url: string;
  preview?: boolean;
  toSide?: boolean;
  highlight?: string;
}

interface ResultItem extends vscode.QuickPickItem {
  hit?: SearchHit;
  /** For the items shown when nothing is loaded: the command to run. */
  command?: string;
}

/** What the open picker shows, for tests (command `techArticles.search.state`, not in the palette). */
export interface PickerSnapshot {
  value: string;
  busy: boolean;
  items: Array<{ label: string; description?: string; detail?: string; url?: string; highlight?: string }>;
}

export class SearchPicker {
  private active: vscode.QuickPick<ResultItem> | undefined;

  constructor(private readonly services: Services, private readonly indexer: SearchIndexer) {}

  snapshot(): PickerSnapshot | undefined {
    const pick = this.active;
    if (!pick) return undefined;
    return {
      value: pick.value,
      busy: pick.busy,
      items: pick.items.map(item => ({
        label: item.label, description: item.description, detail: item.detail, url: item.hit?.url, highlight: item.hit?.highlight,
      })),
    };
  }

  show(initialQuery?: string): void {
    this.active?.dispose();
    const pick = vscode.window.createQuickPick<ResultItem>();
    this.active = pick;
    pick.title = vscode.l10n.t('Search Articles');
    pick.placeholder = vscode.l10n.t('Search titles, text and code — filters: topic: source: author: lang: is:unread is:favorite has:notes');
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    pick.value = typeof initialQuery === 'string' ? initialQuery : '';

    const openButton: vscode.QuickInputButton = {
      iconPath: new vscode.ThemeIcon('split-horizontal'),
      tooltip: vscode.l10n.t('Open to the Side'),
    };
    const render = () => this.render(pick, openButton);
    const disposables: vscode.Disposable[] = [
      pick.onDidChangeValue(render),
      this.indexer.onDidChange(render),
      pick.onDidAccept(() => {
        const item = pick.selectedItems[0] ?? pick.activeItems[0];
        if (!item) return;
        if (item.command) {
          pick.hide();
          void vscode.commands.executeCommand(item.command);
        } else if (item.hit) {
          pick.hide();
          void this.open(item.hit, false);
        }
      }),
      pick.onDidTriggerItemButton(event => {
        // Like Quick Open: the picker stays, so several results can be opened side by side.
        if (event.item.hit) void this.open(event.item.hit, true);
      }),
      pick.onDidHide(() => {
        for (const disposable of disposables) disposable.dispose();
        pick.dispose();
        if (this.active === pick) this.active = undefined;
      }),
    ];
    render();
    pick.show();
    if (!this.indexer.current()) {
      // The first search of a session may arrive before the index: show results as soon as it is there.
      this.indexer.ready().then(render, () => undefined);
    }
  }

  private render(pick: vscode.QuickPick<ResultItem>, openButton: vscode.QuickInputButton): void {
    const search = this.indexer.current();
    pick.busy = this.indexer.indexing;
    if (!search) {
      pick.items = [{ label: `$(sync~spin) ${vscode.l10n.t('Indexing the articles…')}`, detail: vscode.l10n.t('Results appear as soon as the index is ready.'), alwaysShow: true }];
      return;
    }
    if (search.articleCount === 0 && !this.services.library.loading) {
      pick.items = this.emptyLibraryItems();
      return;
    }
    let outcome: SearchOutcome;
    try {
      outcome = search.search(pick.value, { limit: SHOWN_RESULTS, state: this.state() });
    } catch (error) {
      this.services.log.error(`search failed for "${pick.value}"`, error);
      pick.items = [];
      return;
    }
    pick.title = this.title(outcome);
    pick.items = this.items(search, outcome, openButton);
  }

  /** Counts and notes go in the title: VS Code hides separators while the input has text. */
  private title(outcome: SearchOutcome): string {
    const parts = [vscode.l10n.t('Search Articles')];
    if (outcome.query.invalid.length > 0) parts.push(vscode.l10n.t('not understood: {0}', outcome.query.invalid.join(' ')));
    if (outcome.partial) parts.push(vscode.l10n.t('no article has every word; these have some'));
    else if (outcome.total > outcome.hits.length) parts.push(vscode.l10n.t('{0} of {1}', outcome.hits.length, outcome.total));
    return parts.join(' — ');
  }

  private items(search: ArticleSearch, outcome: SearchOutcome, openButton: vscode.QuickInputButton): ResultItem[] {
    const items: ResultItem[] = [];
    for (const hit of outcome.hits) {
      const { article } = hit;
      const topics = article.topics.length > 0 ? ` · ${article.topics.join(', ')}` : '';
      items.push({
        label: article.title,
        description: `${article.source}${topics}`,
        detail: hit.snippet,
        alwaysShow: true,
        buttons: [openButton],
        hit,
      });
    }
    if (outcome.hits.length === 0 && search.articleCount > 0) {
      items.push({
        label: vscode.l10n.t('No matching articles'),
        detail: vscode.l10n.t('Check the spelling, use fewer words, or remove a filter.'),
        alwaysShow: true,
      });
    }
    return items;
  }

  private emptyLibraryItems(): ResultItem[] {
    return [
      { label: `$(add) ${vscode.l10n.t('Add a Source of Articles…')}`, detail: vscode.l10n.t('No articles are loaded yet.'), alwaysShow: true, command: 'techArticles.addSource' },
      { label: `$(book) ${vscode.l10n.t('Open the Sample Articles')}`, alwaysShow: true, command: 'techArticles.openSamples' },
    ];
  }

  private state(): ArticleState {
    const { reading, annotations } = this.services;
    return {
      isRead: url => reading.isRead(url),
      isFavorite: url => reading.isFavorite(url),
      noteCount: url => annotations.forArticle(url).length,
    };
  }

  private async open(hit: SearchHit, toSide: boolean): Promise<void> {
    const request: OpenArticleRequest = { url: hit.url, preview: false, toSide, highlight: hit.highlight };
    try {
      await vscode.commands.executeCommand('techArticles.openArticle', request);
    } catch (error) {
      this.services.log.error(`opening ${hit.url} from search failed`, error);
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not open the article: {0}', error instanceof Error ? error.message : String(error)));
    }
  }

  dispose(): void {
    this.active?.dispose();
  }
}
