// How the Articles view groups articles. Pure (no `vscode`): labels for "none" groups are passed in, so they
// can be localised by the caller and the grouping unit-tested.
import type { ArticleSummary } from '../core/headlines';
import { languageName } from '../core/snippetSearch';
import { OTHER_TOPIC } from '../core/topics';

export const GROUP_BY = ['topic', 'source', 'author', 'language', 'file'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export function isGroupBy(value: unknown): value is GroupBy {
  return typeof value === 'string' && (GROUP_BY as readonly string[]).includes(value);
}

export interface Group<T extends ArticleSummary = ArticleSummary> {
  /** Stable within one grouping: part of tree item ids, so expansion survives refreshes. */
  key: string;
  label: string;
  articles: T[];
}

export interface NoneLabels {
  noTopic: string;
  unknownSource: string;
  unknownAuthor: string;
  noCode: string;
  /** By code language: articles whose body (and so code) is still being parsed. */
  pending?: string;
}

/** An article's code languages, distinct, in order; undefined while its body is not parsed yet. */
export type LanguagesOf<T> = (article: T) => readonly string[] | undefined;

export { languageName };

const PENDING_KEY = '\u0000pending';

/** The keys an article is filed under; several for topics, authors and languages. Empty means "none". */
function keysOf<T extends ArticleSummary>(article: T, by: GroupBy, languagesOf: LanguagesOf<T>): readonly string[] {
  switch (by) {
    // The parser's catch-all topic joins the "none" group, which sorts last.
    case 'topic': return article.topics.filter(topic => topic !== OTHER_TOPIC);
    case 'source': return article.source ? [article.source] : [];
    case 'author': return article.authors.length > 0 ? article.authors : article.author ? [article.author] : [];
    case 'language': return languagesOf(article) ?? [PENDING_KEY];
    case 'file': return [article.file];
  }
}

/** One collator for every comparison: `localeCompare` with options builds one per call, ~100× slower. */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
export const compareText = collator.compare;

/**
 * Groups sorted by label, the "none" group last (after it, by language, the articles still being parsed).
 * Articles sorted by title, except by file, where they keep the file's order. An article appears once in
 * each of its groups.
 */
export function groupArticles<T extends ArticleSummary>(
  articles: readonly T[], by: GroupBy, none: NoneLabels, fileLabel: (file: string) => string = f => f,
  /** The articles are already in `sortByTitle` order (callers that cache it skip the sort). */
  sortedByTitle = false,
  languagesOf: LanguagesOf<T> = article => ('codeBlocks' in article ? codeLanguages(article as unknown as { codeBlocks: Array<{ lang: string }> }) : undefined),
): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  const noneKey = '\u0000none';
  const noneLabel = { topic: none.noTopic, source: none.unknownSource, author: none.unknownAuthor, language: none.noCode, file: '' }[by];
  // Sorted once, then filed in order: every group comes out sorted.
  const ordered = by === 'file' ? [...articles].sort((a, b) => a.titleLine - b.titleLine) : sortedByTitle ? articles : sortByTitle(articles);
  for (const article of ordered) {
    const keys = keysOf(article, by, languagesOf);
    for (const key of keys.length > 0 ? new Set(keys) : [noneKey]) {
      let group = groups.get(key);
      if (!group) {
        const label = key === noneKey ? noneLabel : key === PENDING_KEY ? none.pending ?? '' : by === 'language' ? languageName(key) : by === 'file' ? fileLabel(key) : key;
        group = { key: `${by}:${key}`, label, articles: [] };
        groups.set(key, group);
      }
      group.articles.push(article);
    }
  }
  const rank = (key: string) => (key === PENDING_KEY ? 2 : key === noneKey ? 1 : 0);
  const sorted = [...groups.entries()]
    .sort(([ka, a], [kb, b]) => rank(ka) - rank(kb) || compareText(a.label, b.label))
    .map(([, group]) => group);
  return sorted;
}

/** The distinct languages of code blocks, in order of appearance. */
export function codeLanguages(article: { codeBlocks: ReadonlyArray<{ lang: string }> }): string[] {
  return [...new Set(article.codeBlocks.map(block => block.lang))];
}

/** Articles by title in the user's locale, case and accents ignored, numbers in numeric order. */
export function sortByTitle<T extends ArticleSummary>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => compareText(a.title, b.title));
}
