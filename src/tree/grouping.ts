// How the Articles view groups articles. Pure (no `vscode`): labels for "none" groups are passed in, so they
// can be localised by the caller and the grouping unit-tested.
import type { Article } from '../core/model';
import { articleLanguages } from '../core/query';
import { languageName } from '../core/snippetSearch';
import { OTHER_TOPIC } from '../core/topics';

export const GROUP_BY = ['topic', 'source', 'author', 'language', 'file'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export function isGroupBy(value: unknown): value is GroupBy {
  return typeof value === 'string' && (GROUP_BY as readonly string[]).includes(value);
}

export interface Group {
  /** Stable within one grouping: part of tree item ids, so expansion survives refreshes. */
  key: string;
  label: string;
  articles: Article[];
}

export interface NoneLabels {
  noTopic: string;
  unknownSource: string;
  unknownAuthor: string;
  noCode: string;
}

export { languageName };

/** The keys an article is filed under; several for topics, authors and languages. Empty means "none". */
function keysOf(article: Article, by: GroupBy): string[] {
  switch (by) {
    // The parser's catch-all topic joins the "none" group, which sorts last.
    case 'topic': return article.topics.filter(topic => topic !== OTHER_TOPIC);
    case 'source': return article.source ? [article.source] : [];
    case 'author': return article.authors.length > 0 ? article.authors : article.author ? [article.author] : [];
    case 'language': return articleLanguages(article);
    case 'file': return [article.file];
  }
}

/** One collator for every comparison: `localeCompare` with options builds one per call, ~100× slower. */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
export const compareText = collator.compare;

/**
 * Groups sorted by label, the "none" group last. Articles sorted by title, except by file, where they keep
 * the file's order. An article appears once in each of its groups.
 */
export function groupArticles(
  articles: readonly Article[], by: GroupBy, none: NoneLabels, fileLabel: (file: string) => string = f => f,
  /** The articles are already in `sortByTitle` order (callers that cache it skip the sort). */
  sortedByTitle = false,
): Group[] {
  const groups = new Map<string, Group>();
  const noneKey = '\u0000none';
  const noneLabel = { topic: none.noTopic, source: none.unknownSource, author: none.unknownAuthor, language: none.noCode, file: '' }[by];
  // Sorted once, then filed in order: every group comes out sorted.
  const ordered = by === 'file' ? [...articles].sort((a, b) => a.titleLine - b.titleLine) : sortedByTitle ? articles : sortByTitle(articles);
  for (const article of ordered) {
    const keys = keysOf(article, by);
    for (const key of keys.length > 0 ? new Set(keys) : [noneKey]) {
      let group = groups.get(key);
      if (!group) {
        const label = key === noneKey ? noneLabel : by === 'language' ? languageName(key) : by === 'file' ? fileLabel(key) : key;
        group = { key: `${by}:${key}`, label, articles: [] };
        groups.set(key, group);
      }
      group.articles.push(article);
    }
  }
  const sorted = [...groups.entries()]
    .sort(([ka, a], [kb, b]) => (ka === noneKey ? 1 : kb === noneKey ? -1 : compareText(a.label, b.label)))
    .map(([, group]) => group);
  return sorted;
}

/** Articles by title in the user's locale, case and accents ignored, numbers in numeric order. */
export function sortByTitle(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => compareText(a.title, b.title));
}
