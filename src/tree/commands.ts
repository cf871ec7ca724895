// Commands of the Articles view and its sources (ids and arguments: ../shared/contracts/commands.md).
// Every handler catches its errors: a clear message for the user, the details in the log.
import * as vscode from 'vscode';
import type { ArticleSummary } from '../core/model';
import { formatQuery, isEmptyQuery, parseQuery } from '../core/query';
import type { Services } from '../services';
import { GROUP_BY, isGroupBy, type GroupBy } from './grouping';
import type { TreeNode } from './nodes';
import type { ArticlesTreeProvider } from './provider';
import { ARTICLES_VIEW } from './viewId';

// Handlers take `unknown` arguments: commands can be called with anything (palette, menus, other extensions).
type Handler = (...args: unknown[]) => unknown;

function guarded(services: Services, id: string, handler: Handler): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (error) {
      services.log.error(`${id} failed`, error);
      void vscode.window.showErrorMessage(vscode.l10n.t('Tech Articles: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  });
}

/** `{url}`, a tree node or a URL string → the URL. */
function urlOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object' && typeof (arg as { url?: unknown }).url === 'string') return (arg as { url: string }).url;
  return undefined;
}

export function registerTreeCommands(services: Services, provider: ArticlesTreeProvider, view: vscode.TreeView<TreeNode>): vscode.Disposable[] {
  const { library, reading } = services;

  /** The articles a state command applies to: its argument(s), else the view's selection, else a pick. */
  async function targetUrls(arg: unknown, selected: unknown, title: string): Promise<string[]> {
    const fromArgs = Array.isArray(selected) && selected.length > 1 ? selected.map(urlOf) : [urlOf(arg)];
    const urls = fromArgs.filter((url): url is string => url !== undefined);
    if (urls.length > 0) return urls;
    const fromSelection = view.selection.map(urlOf).filter((url): url is string => url !== undefined);
    if (fromSelection.length > 0) return [...new Set(fromSelection)];
    const picked = await pickArticle(library.summaries(), title);
    return picked ? [picked.url] : [];
  }

  const addSource = async (arg?: unknown) => {
    let targets: string[];
    if (arg instanceof vscode.Uri) targets = [arg.scheme === 'file' ? arg.fsPath : arg.toString()];
    else if (typeof arg === 'string' && arg.trim()) targets = [arg];
    else {
      const picked = await vscode.window.showOpenDialog({
        canSelectFiles: true, canSelectFolders: true, canSelectMany: true,
        openLabel: vscode.l10n.t('Add to Articles'), title: vscode.l10n.t('Add Folder or File of Articles'),
      });
      targets = (picked ?? []).map(uri => (uri.scheme === 'file' ? uri.fsPath : uri.toString()));
    }
    for (const target of targets) await library.addSource(target);
  };

  const groupBy = async (arg?: unknown) => {
    let by: GroupBy | undefined = isGroupBy(arg) ? arg : undefined;
    if (arg !== undefined && !by && typeof arg === 'string') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Cannot group articles by "{0}". Choose topic, source, author, language or file.', arg));
      return;
    }
    if (!by) {
      const labels: Record<GroupBy, string> = {
        topic: vscode.l10n.t('Topic'), source: vscode.l10n.t('Source'), author: vscode.l10n.t('Author'),
        language: vscode.l10n.t('Code Language'), file: vscode.l10n.t('File'),
      };
      const items = GROUP_BY.map(value => ({ label: labels[value], value, picked: value === provider.grouping, description: value === provider.grouping ? vscode.l10n.t('current') : undefined }));
      by = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Group Articles By') }))?.value;
    }
    if (!by) return;
    provider.setGroupBy(by);
    const config = vscode.workspace.getConfiguration('techArticles');
    const inWorkspace = config.inspect('groupBy')?.workspaceValue !== undefined;
    await config.update('groupBy', by, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  };

  const filter = async (arg?: unknown) => {
    let text: string | undefined = typeof arg === 'string' ? arg : undefined;
    if (text === undefined) {
      text = await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter Articles'),
        value: provider.filter ? formatQuery(provider.filter) : '',
        placeHolder: vscode.l10n.t('words topic:X source:"Y" lang:sql author:Z is:unread is:favorite has:notes'),
        prompt: vscode.l10n.t('Words match titles, authors, sources and topics; filters combine with AND.'),
        validateInput: value => {
          const invalid = parseQuery(value).invalid;
          return invalid.length ? { message: vscode.l10n.t('Not understood: {0}', invalid.join(' ')), severity: vscode.InputBoxValidationSeverity.Warning } : undefined;
        },
      });
      if (text === undefined) return; // cancelled
    }
    const query = parseQuery(text);
    provider.setFilter(isEmptyQuery(query) ? undefined : query);
  };

  const toggleRead = async (arg?: unknown, selected?: unknown) => {
    const urls = await targetUrls(arg, selected, vscode.l10n.t('Toggle Read'));
    if (urls.length === 0) return;
    const allRead = urls.every(url => reading.isRead(url));
    await reading.setRead(urls, !allRead);
  };

  const toggleFavorite = async (arg?: unknown, selected?: unknown) => {
    const urls = await targetUrls(arg, selected, vscode.l10n.t('Toggle Favorite'));
    if (urls.length === 0) return;
    const allFavorite = urls.every(url => reading.isFavorite(url));
    for (const url of urls) await reading.setFavorite(url, !allFavorite);
  };

  /** On a group: its articles. Otherwise every article the view shows (all of them without a filter). */
  const markAllRead = async (arg?: unknown) => {
    const node = arg as TreeNode | undefined;
    const articles = node && typeof node === 'object' && node.kind === 'group' ? node.group.articles : provider.visibleArticles();
    await reading.setRead(articles.map(article => article.url), true);
  };

  return [
    guarded(services, 'techArticles.addSource', addSource),
    guarded(services, 'techArticles.openSamples', async () => {
      await library.openSamples();
      await vscode.commands.executeCommand(`${ARTICLES_VIEW}.focus`);
    }),
    guarded(services, 'techArticles.refresh', () => library.refresh()),
    guarded(services, 'techArticles.groupBy', groupBy),
    guarded(services, 'techArticles.filter', filter),
    guarded(services, 'techArticles.clearFilter', () => provider.setFilter(undefined)),
    guarded(services, 'techArticles.toggleRead', toggleRead),
    guarded(services, 'techArticles.toggleFavorite', toggleFavorite),
    guarded(services, 'techArticles.markAllRead', markAllRead),
  ];
}

async function pickArticle(articles: readonly ArticleSummary[], title: string): Promise<ArticleSummary | undefined> {
  if (articles.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There are no articles yet. Add a folder or file of articles first.'));
    return undefined;
  }
  const items = articles.map(article => ({ label: article.title, description: article.source, article }));
  return (await vscode.window.showQuickPick(items, { title, matchOnDescription: true }))?.article;
}
