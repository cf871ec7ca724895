// How the Articles view groups articles. Pure (no `vscode`): labels for "none" groups are passed in, so they
// can be localised by the caller and the grouping unit-tested.
import type { ArticleSummary } from '../core/model';
import { languageName } from '../core/languageNames';
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

const NONE_KEY = '\u0000none';
const PENDING_KEY = '\u0000pending';
const PENDING_KEYS = [PENDING_KEY];

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
  const grouper = new Grouper(by, none, fileLabel, languagesOf);
  const ordered = by === 'file' ? articles : sortedByTitle ? articles : sortByTitle(articles);
  for (const article of ordered) grouper.add(article);
  return grouper.groups();
}

/** `groupArticles` over articles in title order, pausing when `shouldPause()` says so. */
export async function groupArticlesInSlices<T extends ArticleSummary>(
  sortedByTitle: readonly T[], by: GroupBy, none: NoneLabels, fileLabel: (file: string) => string, languagesOf: LanguagesOf<T>,
  shouldPause: () => boolean, pause: () => Promise<void>,
): Promise<Group<T>[]> {
  const grouper = new Grouper(by, none, fileLabel, languagesOf);
  for (let k = 0; k < sortedByTitle.length; k++) {
    grouper.add(sortedByTitle[k]);
    if ((k & 255) === 255 && shouldPause()) await pause();
  }
  return grouper.groups();
}

/** Files articles into groups in the order they are added: every group comes out in that order. */
class Grouper<T extends ArticleSummary> {
  private readonly map = new Map<string, Group<T>>();
  private readonly noneLabel: string;

  constructor(
    private readonly by: GroupBy, private readonly none: NoneLabels,
    private readonly fileLabel: (file: string) => string, private readonly languagesOf: LanguagesOf<T>,
  ) {
    this.noneLabel = { topic: none.noTopic, source: none.unknownSource, author: none.unknownAuthor, language: none.noCode, file: '' }[by];
  }

  /**
   * Files the article under each of its keys (several for topics, authors and languages), or under "none".
   * No list of keys is made per article: 10,000 articles are grouped each time the view is rebuilt.
   */
  add(article: T): void {
    switch (this.by) {
      // The parser's catch-all topic joins the "none" group, which sorts last.
      case 'topic': return this.addUnder(article.topics, article, OTHER_TOPIC);
      case 'source': return this.addTo(article.source ? article.source : NONE_KEY, article);
      case 'author': return article.authors.length > 0 ? this.addUnder(article.authors, article) : this.addTo(article.author ? article.author : NONE_KEY, article);
      case 'language': return this.addUnder(this.languagesOf(article) ?? PENDING_KEYS, article);
      case 'file': return this.addTo(article.file, article);
    }
  }

  /** Under each key but `skip`, once (an author named twice is filed once; lists are short, so no Set); "none" when there is none. */
  private addUnder(keys: readonly string[], article: T, skip?: string): void {
    let filed = false;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (key === skip || keys.indexOf(key) !== k) continue;
      this.addTo(key, article);
      filed = true;
    }
    if (!filed) this.addTo(NONE_KEY, article);
  }

  groups(): Group<T>[] {
    const rank = (key: string) => (key === PENDING_KEY ? 2 : key === NONE_KEY ? 1 : 0);
    const groups = [...this.map.entries()]
      .sort(([ka, a], [kb, b]) => rank(ka) - rank(kb) || compareText(a.label, b.label))
      .map(([, group]) => group);
    // By file, a file's articles in the file's order.
    if (this.by === 'file') for (const group of groups) group.articles.sort((a, b) => a.titleLine - b.titleLine);
    return groups;
  }

  private addTo(key: string, article: T): void {
    let group = this.map.get(key);
    if (!group) {
      const { by, none } = this;
      const label = key === NONE_KEY ? this.noneLabel : key === PENDING_KEY ? none.pending ?? '' : by === 'language' ? languageName(key) : by === 'file' ? this.fileLabel(key) : key;
      group = { key: `${by}:${key}`, label, articles: [] };
      this.map.set(key, group);
    }
    group.articles.push(article);
  }
}

/** The distinct languages of code blocks, in order of appearance. */
export function codeLanguages(article: { codeBlocks: ReadonlyArray<{ lang: string }> }): string[] {
  return [...new Set(article.codeBlocks.map(block => block.lang))];
}

/** Articles by title in the user's locale, case and accents ignored, numbers in numeric order. */
export function sortByTitle<T extends ArticleSummary>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => compareText(a.title, b.title));
}

/** Titles sorted per run before merging; a run sorts in about a millisecond. */
const SORT_RUN = 512;

/**
 * `sortByTitle` in slices: runs sorted, then merged pass by pass, with `pause()` awaited whenever
 * `shouldPause()` says the slice is long enough (10,000 titles take ~40 ms in all: too long for one go).
 */
export async function sortByTitleInSlices<T extends ArticleSummary>(
  articles: readonly T[], shouldPause: () => boolean, pause: () => Promise<void>,
  /**
   * An earlier list and its sorted order: when `articles` begins with it (headlines arriving in batches),
   * only the new articles are sorted and then merged in, the same order a whole sort gives.
   */
  previous?: { articles: readonly T[]; sorted: T[] },
): Promise<T[]> {
  if (previous && startsWith(articles, previous.articles)) {
    if (articles.length === previous.articles.length) return previous.sorted;
    const added = await sortByTitleInSlices(articles.slice(previous.articles.length), shouldPause, pause);
    return mergeRuns(previous.sorted, added, shouldPause, pause);
  }
  let runs: T[][] = [];
  for (let at = 0; at < articles.length; at += SORT_RUN) {
    runs.push(articles.slice(at, at + SORT_RUN).sort((a, b) => compareText(a.title, b.title)));
    if (shouldPause()) await pause();
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let k = 0; k < runs.length; k += 2) {
      merged.push(k + 1 < runs.length ? await mergeRuns(runs[k], runs[k + 1], shouldPause, pause) : runs[k]);
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

function startsWith<T>(list: readonly T[], prefix: readonly T[]): boolean {
  if (prefix.length > list.length) return false;
  for (let k = 0; k < prefix.length; k++) if (list[k] !== prefix[k]) return false;
  return true;
}

/** Stable: on equal titles the left run's article comes first, as Array.prototype.sort keeps them. */
async function mergeRuns<T extends ArticleSummary>(left: T[], right: T[], shouldPause: () => boolean, pause: () => Promise<void>): Promise<T[]> {
  const out = new Array<T>(left.length + right.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) {
    out[k++] = compareText(right[j].title, left[i].title) < 0 ? right[j++] : left[i++];
    if ((k & 1023) === 0 && shouldPause()) await pause();
  }
  while (i < left.length) out[k++] = left[i++];
  while (j < right.length) out[k++] = right[j++];
  return out;
}
