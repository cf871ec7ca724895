// The Notes view: annotations grouped by article, orphans (whose text is gone from the article) in a group of
// their own so they are never silently dropped.
import * as vscode from 'vscode';
import type { Annotation, Article } from '../core/model';
import { isHighlightColor } from '../core/annotations/notesFile';
import { placeAnnotations, type Placement } from '../core/annotations/placement';
import { readingText } from '../core/readingText';
import type { ArticleLibrary } from '../services';
import type { WorkspaceAnnotationStore } from './annotationStore';
import { colorLabel } from './colors';

export type NotesNode =
  | { kind: 'article'; url: string; title: string; annotations: Annotation[]; loaded: boolean }
  | { kind: 'orphans'; annotations: Annotation[] }
  | { kind: 'annotation'; annotation: Annotation; placement: Placement };

const QUOTE_LABEL_LENGTH = 50;

export class NotesView implements vscode.TreeDataProvider<NotesNode>, vscode.Disposable {
  static readonly id = 'techArticles.notes';
  private readonly changed = new vscode.EventEmitter<NotesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private placements: Map<string, Placement> | undefined;
  /** Reading texts by article object: recomputed only when the library hands out a new Article. */
  private readonly texts = new WeakMap<Article, string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: WorkspaceAnnotationStore, private readonly library: ArticleLibrary) {
    this.subscriptions = [
      this.changed,
      store.onDidChange(() => this.refresh()),
      library.onDidChange(() => this.refresh()),
    ];
  }

  refresh(): void {
    this.placements = undefined;
    this.changed.fire(undefined);
  }

  /** Where each annotation is now in its article (cached until the notes or the library change). */
  placementsNow(): Map<string, Placement> {
    this.placements ??= placeAnnotations(this.store.all(), url => this.textOf(url));
    return this.placements;
  }

  getChildren(node?: NotesNode): NotesNode[] {
    if (!node) return this.roots();
    if (node.kind === 'annotation') return [];
    const placements = this.placementsNow();
    return node.annotations.map(annotation => ({
      kind: 'annotation' as const, annotation, placement: placements.get(annotation.id) ?? { status: 'orphan' },
    }));
  }

  getTreeItem(node: NotesNode): vscode.TreeItem {
    switch (node.kind) {
      case 'article': return this.articleItem(node);
      case 'orphans': return this.orphansItem(node);
      case 'annotation': return this.annotationItem(node);
    }
  }

  getParent(node: NotesNode): NotesNode | undefined {
    if (node.kind !== 'annotation') return undefined;
    return this.roots().find(root => root.kind !== 'annotation' && root.annotations.some(a => a.id === node.annotation.id));
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private roots(): NotesNode[] {
    const placements = this.placementsNow();
    const byUrl = new Map<string, Annotation[]>();
    const orphans: Annotation[] = [];
    for (const annotation of this.store.all()) {
      if (placements.get(annotation.id)?.status === 'orphan') {
        orphans.push(annotation);
        continue;
      }
      const list = byUrl.get(annotation.url) ?? [];
      list.push(annotation);
      byUrl.set(annotation.url, list);
    }
    const articles: NotesNode[] = [...byUrl].map(([url, annotations]) => {
      // The headline is known before the body is parsed.
      const article = this.library.summary(url);
      const ordered = [...annotations].sort((a, b) => position(placements, a) - position(placements, b));
      return { kind: 'article' as const, url, title: article?.title ?? url, annotations: ordered, loaded: !!article };
    });
    articles.sort((a, b) => (a.kind === 'article' && b.kind === 'article' ? a.title.localeCompare(b.title) : 0));
    if (orphans.length) articles.push({ kind: 'orphans', annotations: orphans });
    return articles;
  }

  private articleItem(node: Extract<NotesNode, { kind: 'article' }>): vscode.TreeItem {
    const item = new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `article:${node.url}`;
    item.contextValue = 'notesArticle';
    item.iconPath = new vscode.ThemeIcon('book');
    const count = node.annotations.length;
    item.description = node.loaded
      ? String(count)
      : vscode.l10n.t('{0} · article not loaded', count);
    item.tooltip = node.loaded ? node.url : vscode.l10n.t('{0}\nThe article is not among the loaded sources.', node.url);
    item.accessibilityInformation = {
      label: count === 1 ? vscode.l10n.t('{0}, 1 annotation', node.title) : vscode.l10n.t('{0}, {1} annotations', node.title, count),
    };
    return item;
  }

  private orphansItem(node: Extract<NotesNode, { kind: 'orphans' }>): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Orphaned'), vscode.TreeItemCollapsibleState.Expanded);
    item.id = 'orphans';
    item.contextValue = 'notesOrphans';
    item.iconPath = new vscode.ThemeIcon('warning');
    item.description = String(node.annotations.length);
    item.tooltip = vscode.l10n.t('The quoted text of these annotations can no longer be found in their articles. They are kept until you delete them.');
    item.accessibilityInformation = {
      label: vscode.l10n.t('Orphaned, {0} annotations whose text is no longer in their article', node.annotations.length),
    };
    return item;
  }

  private annotationItem(node: Extract<NotesNode, { kind: 'annotation' }>): vscode.TreeItem {
    const { annotation, placement } = node;
    const quote = oneLine(annotation.quote);
    const item = new vscode.TreeItem(truncate(quote, QUOTE_LABEL_LENGTH), vscode.TreeItemCollapsibleState.None);
    item.id = `annotation:${annotation.id}`;
    item.contextValue = placement.status === 'orphan' ? 'annotation.orphan' : 'annotation';
    const color = isHighlightColor(annotation.color) ? annotation.color : 'yellow';
    item.iconPath = new vscode.ThemeIcon(annotation.note ? 'note' : 'circle-filled', new vscode.ThemeColor(`techArticles.highlight.${color}`));
    const note = annotation.note ? oneLine(annotation.note) : '';
    item.description = note;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${colorLabel(color)} · ${annotation.quote}`);
    if (annotation.note) tooltip.appendMarkdown('\n\n---\n\n').appendMarkdown(annotation.note);
    if (placement.status === 'orphan') {
      tooltip.appendMarkdown('\n\n---\n\n').appendText(vscode.l10n.t('This text is no longer in the article: {0}', annotation.url));
    }
    item.tooltip = tooltip;
    item.accessibilityInformation = {
      label: note
        ? vscode.l10n.t('{0} highlight: {1}. Note: {2}', colorLabel(color), quote, note)
        : vscode.l10n.t('{0} highlight: {1}', colorLabel(color), quote),
    };
    item.command = {
      command: 'techArticles.openArticle',
      title: vscode.l10n.t('Open in Reader'),
      arguments: [{ url: annotation.url, annotationId: annotation.id }],
    };
    return item;
  }

  private textOf(url: string): string | undefined {
    const article = this.library.article(url);
    if (!article) return undefined;
    let text = this.texts.get(article);
    if (text === undefined) {
      text = readingText(article).text;
      this.texts.set(article, text);
    }
    return text;
  }
}

function position(placements: Map<string, Placement>, annotation: Annotation): number {
  const placement = placements.get(annotation.id);
  return placement?.status === 'anchored' ? placement.start : annotation.start;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
