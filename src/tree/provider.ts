// The Articles view's data: groups (with a Favorites group on top and a Problems group at the bottom),
// articles, and each article's code blocks. Rebuilt lazily after changes; expansion survives because ids
// are stable.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Article, ArticleSummary, BodyBlock } from '../core/model';
import { formatQuery, matchesQuery, type ParsedQuery } from '../core/query';
import type { Services } from '../services';
import { languageName } from '../core/languageNames';
import { codeLanguages, groupArticles, groupArticlesInSlices, sortByTitle, sortByTitleInSlices, type Group, type GroupBy, type NoneLabels } from './grouping';
import type { ArticleNode, CodeBlockNode, GroupNode, ProblemNode, ProblemsNode, TreeNode } from './nodes';

/** The longest the tree holds the extension host while sorting, filtering and grouping. */
const SORT_SLICE_MS = 8;

/** Article items point at this scheme so the unread badge can be a file decoration. */
export const ARTICLE_SCHEME = 'tech-articles-item';

export function articleUri(url: string): vscode.Uri {
  return vscode.Uri.from({ scheme: ARTICLE_SCHEME, path: '/' + encodeURIComponent(url) });
}

export function urlOfArticleUri(uri: vscode.Uri): string | undefined {
  return uri.scheme === ARTICLE_SCHEME ? decodeURIComponent(uri.path.slice(1)) : undefined;
}

/** What grouped articles are computed from: when none of it changed, they are reused. */
interface GroupingInputs {
  articles: readonly ArticleSummary[];
  by: GroupBy;
  query: ParsedQuery | undefined;
  stateVersion: number;
  bodiesVersion: number;
}

function sameInputs(a: GroupingInputs, b: GroupingInputs): boolean {
  return a.articles === b.articles && a.by === b.by && a.query === b.query && a.stateVersion === b.stateVersion && a.bodiesVersion === b.bodiesVersion;
}

export class ArticlesTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  private readonly groupingChanged = new vscode.EventEmitter<GroupBy>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: TreeNode[] | undefined;
  /**
   * The filtered, grouped articles and what they were computed from. Sorting and grouping 10,000 articles
   * takes ~100 ms, so they are reused when only read state or notes changed (unless the filter uses them).
   */
  private grouped: (GroupingInputs & { visible: ArticleSummary[]; groups: Group[] }) | undefined;
  private byTitle: { articles: readonly ArticleSummary[]; sorted: ArticleSummary[] } | undefined;
  /** A sort by title under way (new headlines, sorted before anyone asks). */
  private sorting: { articles: readonly ArticleSummary[]; done: Promise<void> } | undefined;
  /** A grouping in slices under way. */
  private pendingGrouping: { inputs: GroupingInputs; done: Promise<void> } | undefined;
  private stateVersion = 0;
  /** Bumped when bodies arrive: only groups by code language and filters on code depend on them. */
  private bodiesVersion = 0;
  private groupBy: GroupBy = 'topic';
  private query: ParsedQuery | undefined;
  private visible: ArticleSummary[] = [];
  /** What the filter sees of an article whose body is not parsed yet: its headline, no code (yet). */
  private readonly standIns = new WeakMap<ArticleSummary, Article>();

  /** `isShown`: whether the view is on screen (VS Code then asks for the roots after each change). */
  constructor(private readonly services: Services, private readonly isShown: () => boolean = () => true) {}

  /** The grouping changed, from the Group By command or the setting: the view's header follows it at once. */
  readonly onDidChangeGrouping = this.groupingChanged.event;

  setGroupBy(by: GroupBy): void {
    if (by === this.groupBy) return;
    this.groupBy = by;
    this.invalidate();
    this.groupingChanged.fire(by);
  }

  get grouping(): GroupBy {
    return this.groupBy;
  }

  setFilter(query: ParsedQuery | undefined): void {
    this.query = query;
    this.invalidate();
  }

  get filter(): ParsedQuery | undefined {
    return this.query;
  }

  /** Articles that pass the filter (all of them without one). */
  visibleArticles(): readonly ArticleSummary[] {
    this.ensureRoots();
    return this.visible;
  }

  invalidate(): void {
    this.markStale();
    this.changed.fire(undefined);
  }

  /** The next getChildren recomputes; the view is told later (changes come in bursts). */
  markStale(): void {
    this.roots = undefined;
  }

  /**
   * The library changed: new headlines (a new list: everything is recomputed), or bodies parsed, or a code
   * block's language set (the same list: groups are reused unless they depend on code).
   */
  libraryChanged(): void {
    this.bodiesVersion++;
    this.markStale();
    // New headlines are put in title order now, in slices, not when the view next asks: a first load publishes
    // every 0.4 s, so each round merges in only the titles that arrived (10,000 sorted at once took ~100 ms of
    // a cold host). A shown view is asked to refresh anyway, so it is grouped too; a hidden one groups when opened.
    const articles = this.services.library.summaries();
    if (articles === this.byTitle?.articles || this.sorting?.articles === articles) return;
    // A failure here shows when the view asks for its roots.
    const job = this.isShown() ? (async () => this.rootsInSlices())() : this.sortInSlices(articles);
    void job.catch(() => undefined);
  }

  /** `byTitle` for `articles`, merging into the last order when they extend it; one sort per list. */
  private sortInSlices(articles: readonly ArticleSummary[]): Promise<void> {
    if (this.byTitle?.articles === articles) return Promise.resolve();
    if (this.sorting?.articles === articles) return this.sorting.done;
    let sliceStart = performance.now();
    const shouldPause = () => performance.now() - sliceStart > SORT_SLICE_MS;
    const pause = () => new Promise<void>(resolve => setImmediate(resolve)).then(() => { sliceStart = performance.now(); });
    const done = sortByTitleInSlices(articles, shouldPause, pause, this.byTitle).then(sorted => {
      // An older list sorted late does not replace a newer one.
      if (this.sorting?.done === done || !this.byTitle) this.byTitle = { articles, sorted };
      if (this.sorting?.done === done) this.sorting = undefined;
    });
    this.sorting = { articles, done };
    return done;
  }

  /** Read state, favorites or notes changed: groups are reused unless the filter depends on these. */
  stateChanged(): void {
    this.stateVersion++;
    this.markStale();
  }

  dispose(): void {
    this.changed.dispose();
    this.groupingChanged.dispose();
  }

  getChildren(node?: TreeNode): TreeNode[] | Promise<TreeNode[]> {
    if (!node) return this.rootsInSlices();
    switch (node.kind) {
      case 'group':
        return node.group.articles.map(article => ({ kind: 'article', url: article.url, article, parentKey: node.group.key, parent: node }));
      case 'article': {
        // Blocks come from the library so a language override shows at once; a body still being parsed is
        // asked for first and waited for (the view shows progress meanwhile).
        const article = this.services.library.article(node.url);
        if (article) return codeBlockNodes(article, node);
        return this.services.library.fullArticle(node.url).then(full => (full ? codeBlockNodes(full, node) : []));
      }
      case 'problems':
        return node.problems.map(problem => ({ kind: 'problem', problem, parent: node }));
      default:
        return [];
    }
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return 'parent' in node ? node.parent : undefined;
  }

  /** What the grouped articles depend on now. */
  private groupingInputs(): GroupingInputs {
    const query = this.query;
    const stateVersion = query && query.filters.is.length + query.filters.has.length > 0 ? this.stateVersion : 0;
    const onCode = this.groupBy === 'language' || (query !== undefined && (query.filters.lang.length > 0 || query.filters.has.includes('code')));
    return { articles: this.services.library.summaries(), by: this.groupBy, query, stateVersion, bodiesVersion: onCode ? this.bodiesVersion : 0 };
  }

  private isCurrent(inputs: GroupingInputs): boolean {
    return !!this.grouped && sameInputs(this.grouped, inputs);
  }

  /**
   * The roots, at once when the grouped articles are current; otherwise sorted, filtered and grouped in
   * slices of at most SORT_SLICE_MS (10,000 articles take ~100 ms in all: too long to hold the host).
   */
  private rootsInSlices(): TreeNode[] | Promise<TreeNode[]> {
    const inputs = this.groupingInputs();
    if (this.roots || this.isCurrent(inputs)) return this.ensureRoots();
    if (!this.pendingGrouping || !sameInputs(this.pendingGrouping.inputs, inputs)) {
      const done = this.groupInSlices(inputs).then(() => {
        if (this.pendingGrouping?.done === done) this.pendingGrouping = undefined;
      });
      this.pendingGrouping = { inputs, done };
    }
    return this.pendingGrouping.done.then(() => this.ensureRoots());
  }

  private async groupInSlices(inputs: GroupingInputs): Promise<void> {
    let sliceStart = performance.now();
    const shouldPause = () => performance.now() - sliceStart > SORT_SLICE_MS;
    const pause = () => new Promise<void>(resolve => setImmediate(resolve)).then(() => { sliceStart = performance.now(); });
    const { articles: all, query } = inputs;
    if (this.byTitle?.articles !== all) {
      await this.sortInSlices(all);
      if (this.byTitle?.articles !== all) this.byTitle = { articles: all, sorted: await sortByTitleInSlices(all, shouldPause, pause, this.byTitle) };
    }
    const sorted = this.byTitle.sorted;
    let visible = sorted;
    if (query) {
      const state = this.articleState();
      visible = [];
      for (let k = 0; k < sorted.length; k++) {
        if (matchesQuery(this.filterable(sorted[k]), query, state)) visible.push(sorted[k]);
        if ((k & 255) === 255 && shouldPause()) await pause();
      }
    }
    const groups = await groupArticlesInSlices(visible, inputs.by, this.noneLabels(), fileLabel, this.languagesOf, shouldPause, pause);
    // Kept only if nothing changed meanwhile (a newer grouping is under way then).
    if (sameInputs(inputs, this.groupingInputs())) this.grouped = { ...inputs, visible, groups };
  }

  private readonly languagesOf = (summary: ArticleSummary): string[] | undefined => {
    const full = this.services.library.article(summary.url);
    return full ? codeLanguages(full) : undefined;
  };

  private noneLabels(): NoneLabels {
    return {
      noTopic: vscode.l10n.t('Other'),
      unknownSource: vscode.l10n.t('Unknown Source'),
      unknownAuthor: vscode.l10n.t('Unknown Author'),
      noCode: vscode.l10n.t('No Code'),
      pending: vscode.l10n.t('Loading…'),
    };
  }

  private articleState() {
    const { reading, annotations } = this.services;
    return {
      isRead: (url: string) => reading.isRead(url),
      isFavorite: (url: string) => reading.isFavorite(url),
      noteCount: (url: string) => annotations.forArticle(url).length,
    };
  }

  /** The roots from the grouped articles, computed here at once when they are not current. */
  private ensureRoots(): TreeNode[] {
    if (this.roots) return this.roots;
    const { library, reading } = this.services;
    const inputs = this.groupingInputs();
    if (!this.isCurrent(inputs)) {
      const { articles: all, query } = inputs;
      if (this.byTitle?.articles !== all) this.byTitle = { articles: all, sorted: sortByTitle(all) };
      const sorted = this.byTitle.sorted;
      const state = this.articleState();
      const visible = query ? sorted.filter(summary => matchesQuery(this.filterable(summary), query, state)) : sorted;
      const groups = groupArticles(visible, inputs.by, this.noneLabels(), fileLabel, true, this.languagesOf);
      this.grouped = { ...inputs, visible, groups };
    }
    const grouped = this.grouped!;
    this.visible = grouped.visible;
    const roots: TreeNode[] = [];
    const favorites = grouped.visible.filter(article => reading.isFavorite(article.url));
    if (favorites.length > 0) {
      const group: Group = { key: 'favorites', label: vscode.l10n.t('Favorites'), articles: favorites };
      roots.push({ kind: 'group', group, favorites: true });
    }
    for (const group of grouped.groups) roots.push({ kind: 'group', group, favorites: false });
    const problems = library.problems();
    if (problems.length > 0) roots.push({ kind: 'problems', problems });
    this.roots = roots;
    return roots;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': return this.groupItem(node);
      case 'article': return this.articleItem(node);
      case 'codeBlock': return codeBlockItem(node);
      case 'problems': return problemsItem(node);
      case 'problem': return problemItem(node);
    }
  }

  /** The tooltip is built only when the pointer rests on an item: cheap trees at 10,000 articles. */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.kind === 'article') item.tooltip = this.articleTooltip(node.article);
    return item;
  }

  private groupItem(node: GroupNode): vscode.TreeItem {
    const count = node.group.articles.length;
    const item = new vscode.TreeItem(node.group.label, node.favorites ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `group/${node.group.key}`;
    item.description = String(count);
    item.contextValue = node.favorites ? 'favorites' : 'group';
    item.iconPath = new vscode.ThemeIcon(node.favorites ? 'star-full' : groupIcon(this.groupBy));
    if (this.groupBy === 'file' && !node.favorites) item.tooltip = node.group.articles[0]?.file;
    const label = count === 1 ? vscode.l10n.t('{0}, 1 article', node.group.label) : vscode.l10n.t('{0}, {1} articles', node.group.label, count);
    item.accessibilityInformation = { label, role: 'treeitem' };
    return item;
  }

  private articleItem(node: ArticleNode): vscode.TreeItem {
    const { article } = node;
    const { reading, annotations, library } = this.services;
    const read = reading.isRead(article.url);
    const favorite = reading.isFavorite(article.url);
    const notes = annotations.forArticle(article.url).length;
    // Undefined while the body is being parsed: the item can still be expanded (its blocks are waited for).
    const blocks = library.article(article.url)?.codeBlocks.length;
    const label: vscode.TreeItemLabel = { label: article.title || article.url, highlights: this.highlights(article.title) };
    const item = new vscode.TreeItem(label, blocks === 0 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `article/${node.parentKey}/${article.url}`;
    item.resourceUri = articleUri(article.url);
    item.description = articleDescription(article.source, blocks, notes);
    item.iconPath = new vscode.ThemeIcon(favorite ? 'star-full' : blocks === undefined ? 'file' : blocks > 0 ? 'file-code' : 'file-text');
    item.contextValue = `article${read ? '.read' : '.unread'}${favorite ? '.favorite' : ''}`;
    // A click opens a preview reader (replaced by the next click, like Explorer's preview editors). The tree
    // runs this command on every click, so a double click or Enter arrives as a second call for the same URL
    // right after the first: the reader pins the tab when that happens. `techArticles.openArticle` is
    // registered by the reader feature.
    item.command = { command: 'techArticles.openArticle', title: vscode.l10n.t('Open Article'), arguments: [{ url: article.url, preview: true }] };
    const parts = [article.title, article.source];
    if (blocks !== undefined) parts.push(codeBlockCount(blocks));
    if (notes > 0) parts.push(noteCount(notes));
    parts.push(read ? vscode.l10n.t('read') : vscode.l10n.t('unread'));
    if (favorite) parts.push(vscode.l10n.t('favorite'));
    item.accessibilityInformation = { label: parts.join(', '), role: 'treeitem' };
    return item;
  }

  /** The full article when its body is parsed, else its headline with no code (yet), for the filter. */
  private filterable(summary: ArticleSummary): Article {
    const full = this.services.library.article(summary.url);
    if (full) return full;
    let standIn = this.standIns.get(summary);
    if (!standIn) {
      standIn = { ...summary, body: [], codeBlocks: [], wordCount: 0 };
      this.standIns.set(summary, standIn);
    }
    return standIn;
  }

  private highlights(title: string): [number, number][] | undefined {
    if (!this.query || this.query.terms.length === 0) return undefined;
    const lower = title.toLocaleLowerCase();
    const ranges: [number, number][] = [];
    for (const term of this.query.terms) {
      const at = lower.indexOf(term.toLocaleLowerCase());
      if (at >= 0) ranges.push([at, at + term.length]);
    }
    return ranges.length > 0 ? ranges.sort((a, b) => a[0] - b[0]) : undefined;
  }

  /** Untrusted article text goes in through appendText (escaped); no HTML, no command links. */
  private articleTooltip(article: ArticleSummary): vscode.MarkdownString {
    const full = this.services.library.article(article.url);
    const md = new vscode.MarkdownString(undefined, false);
    md.isTrusted = false;
    md.supportHtml = false;
    md.appendMarkdown('**').appendText(article.title).appendMarkdown('**\n\n');
    const field = (name: string, value: string) => {
      if (!value) return;
      md.appendMarkdown('*').appendText(name).appendMarkdown(':* ').appendText(value).appendMarkdown('  \n');
    };
    field(vscode.l10n.t('Authors'), article.authors.join(', ') || article.author);
    field(vscode.l10n.t('Source'), article.source);
    field(vscode.l10n.t('Topics'), article.topics.join(', '));
    const languages = full ? [...new Set(full.codeBlocks.map(block => languageName(block.lang)))] : [];
    field(vscode.l10n.t('Code'), full && languages.length ? `${codeBlockCount(full.codeBlocks.length)} (${languages.join(', ')})` : '');
    const notes = this.services.annotations.forArticle(article.url).length;
    if (notes > 0) field(vscode.l10n.t('Notes'), String(notes));
    const paragraph = full ? firstParagraph(full.body) : undefined;
    if (paragraph) md.appendMarkdown('\n').appendText(paragraph.length > 400 ? paragraph.slice(0, 399) + '…' : paragraph);
    return md;
  }

  /** A line for the view's message while a filter is on. */
  filterMessage(): string | undefined {
    if (!this.query) return undefined;
    this.ensureRoots();
    return vscode.l10n.t('Filter: {0} ({1} of {2} articles)', formatQuery(this.query), this.visible.length, this.services.library.summaries().length);
  }
}

/** "source · N code blocks · N notes"; the count of code blocks once the body is parsed. */
function articleDescription(source: string, blocks: number | undefined, notes: number): string {
  const parts = [source, blocks === undefined ? '' : codeBlockCount(blocks)];
  if (notes > 0) parts.push(noteCount(notes));
  return parts.filter(Boolean).join(' · ');
}

function codeBlockNodes(article: Article, parent: ArticleNode): CodeBlockNode[] {
  return article.codeBlocks.map(block => ({ kind: 'codeBlock', url: parent.url, index: block.index, block, parent }));
}

function codeBlockCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 code block') : vscode.l10n.t('{0} code blocks', n);
}

function noteCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', n);
}

function firstParagraph(body: readonly BodyBlock[]): string | undefined {
  return body.find((block): block is Extract<BodyBlock, { type: 'paragraph' }> => block.type === 'paragraph')?.text;
}

function groupIcon(by: GroupBy): string {
  return { topic: 'tag', source: 'globe', author: 'person', language: 'code', file: 'file' }[by];
}

function fileLabel(file: string): string {
  try {
    const uri = vscode.Uri.parse(file, true);
    const relative = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
    return relative === uri.toString() || relative === uri.fsPath ? path.posix.basename(uri.path) : relative;
  } catch {
    return file;
  }
}

function codeBlockItem(node: CodeBlockNode): vscode.TreeItem {
  const { block } = node;
  const shown = codeSummary(block.code);
  const item = new vscode.TreeItem(shown || vscode.l10n.t('(empty)'), vscode.TreeItemCollapsibleState.None);
  item.id = `code/${node.parent.parentKey}/${node.url}#${node.index}`;
  item.description = languageName(block.lang);
  item.iconPath = new vscode.ThemeIcon('symbol-snippet');
  item.contextValue = 'codeBlock';
  const lines = block.code.split('\n').length;
  const tooltip = new vscode.MarkdownString(undefined, false);
  tooltip.isTrusted = false;
  tooltip.appendCodeblock(block.code.split('\n').slice(0, 15).join('\n') + (lines > 15 ? '\n…' : ''), block.lang);
  item.tooltip = tooltip;
  item.command = { command: 'techArticles.openArticle', title: vscode.l10n.t('Open Article'), arguments: [{ url: node.url, preview: true }] };
  item.accessibilityInformation = {
    label: vscode.l10n.t('{0} code, {1} lines: {2}', languageName(block.lang), lines, shown),
    role: 'treeitem',
  };
  return item;
}

/** The block's first line; lines as short as `{` or `[` get the next lines joined on, so the label says something. */
export function codeSummary(code: string, max = 80): string {
  let text = '';
  for (const line of code.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    text = text ? `${text} ${trimmed}` : trimmed;
    if (text.length >= 16) break;
  }
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

function problemsItem(node: ProblemsNode): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('Problems'), vscode.TreeItemCollapsibleState.Expanded);
  item.id = 'problems';
  item.description = String(node.problems.length);
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  item.contextValue = 'problems';
  item.tooltip = vscode.l10n.t('Files that could not be read as article dumps');
  item.accessibilityInformation = { label: vscode.l10n.t('Problems, {0} files', node.problems.length), role: 'treeitem' };
  return item;
}

function problemItem(node: ProblemNode): vscode.TreeItem {
  const { file, reason } = node.problem;
  const item = new vscode.TreeItem(path.basename(file) || file, vscode.TreeItemCollapsibleState.None);
  item.id = `problem/${file}`;
  item.description = reason;
  item.tooltip = `${file}\n${reason}`;
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  item.contextValue = 'problem';
  if (node.problem.uri) {
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open File'), arguments: [vscode.Uri.parse(node.problem.uri)] };
  }
  item.accessibilityInformation = { label: vscode.l10n.t('{0}: {1}', file, reason), role: 'treeitem' };
  return item;
}
