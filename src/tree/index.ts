// The Articles view: grouped articles with their code blocks, unread badges, favorites, filter, welcome
// content, and the context keys menus depend on.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerTreeCommands } from './commands';
import { UnreadDecorations } from './decorations';
import { isGroupBy } from './grouping';
import type { TreeNode } from './nodes';
import { ArticlesTreeProvider } from './provider';
import { ARTICLES_VIEW } from './viewId';

export function registerTree(services: Services): vscode.Disposable {
  const { library, reading, annotations } = services;
  // The provider asks the view, made with it, whether it is on screen.
  const made: { view?: vscode.TreeView<TreeNode> } = {};
  const provider = new ArticlesTreeProvider(services, () => made.view?.visible ?? false);
  const view = vscode.window.createTreeView<TreeNode>(ARTICLES_VIEW, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });
  made.view = view;
  const decorations = new UnreadDecorations(reading);
  services.articlesTree = provider;

  // The Group By command regroups at once and writes the setting after: the header follows the grouping, not the setting.
  const showGrouping = () => {
    view.description = groupLabel(provider.grouping);
    void vscode.commands.executeCommand('setContext', 'techArticles.groupBy', provider.grouping);
  };
  const readGroupBy = () => {
    const value = vscode.workspace.getConfiguration('techArticles').get<string>('groupBy');
    provider.setGroupBy(isGroupBy(value) ? value : 'topic');
  };

  let lastState = '';
  let lastFiltered: boolean | undefined;
  /** View chrome that follows the content: welcome state, filter message, unread badge. */
  const updateChrome = () => {
    const state = library.summaries().length > 0 || library.problems().length > 0 ? 'ready' : library.loading ? 'loading' : 'empty';
    if (state !== lastState) {
      lastState = state;
      void vscode.commands.executeCommand('setContext', 'techArticles.state', state);
    }
    const filtered = provider.filter !== undefined;
    if (filtered !== lastFiltered) {
      lastFiltered = filtered;
      void vscode.commands.executeCommand('setContext', 'techArticles.filtered', filtered);
    }
    view.message = provider.filterMessage();
    const unread = library.summaries().reduce((n, article) => n + (reading.isRead(article.url) ? 0 : 1), 0);
    view.badge = unread > 0 ? { value: unread, tooltip: unread === 1 ? vscode.l10n.t('1 unread article') : vscode.l10n.t('{0} unread articles', unread) } : undefined;
  };

  // Changes come in bursts (a load publishes, then read state changes…): redraw once per burst.
  let scheduled: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    if (scheduled) return;
    scheduled = setTimeout(() => {
      scheduled = undefined;
      provider.invalidate(); // fires onDidChangeTreeData, which updates the chrome
    }, 30);
  };

  readGroupBy();
  showGrouping();
  updateChrome();
  const providerChanges = provider.onDidChangeTreeData(() => updateChrome());
  const groupingChanges = provider.onDidChangeGrouping(showGrouping);

  return vscode.Disposable.from(
    provider,
    view,
    decorations,
    providerChanges,
    groupingChanges,
    vscode.window.registerFileDecorationProvider(decorations),
    library.onDidChange(() => {
      provider.libraryChanged();
      refresh();
    }),
    reading.onDidChange(() => {
      provider.stateChanged();
      refresh();
    }),
    annotations.onDidChange(() => {
      provider.stateChanged();
      refresh();
    }),
    vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration('techArticles.groupBy')) readGroupBy();
    }),
    ...registerTreeCommands(services, provider, view),
    new vscode.Disposable(() => {
      if (scheduled) clearTimeout(scheduled);
      if (services.articlesTree === provider) services.articlesTree = undefined;
    }),
  );
}

function groupLabel(by: string): string {
  switch (by) {
    case 'source': return vscode.l10n.t('by Source');
    case 'author': return vscode.l10n.t('by Author');
    case 'language': return vscode.l10n.t('by Code Language');
    case 'file': return vscode.l10n.t('by File');
    default: return vscode.l10n.t('by Topic');
  }
}
