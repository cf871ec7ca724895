// Article search: the query syntax of core/query.ts, full-text matching over titles, metadata, prose and code
// (inverted index, typo tolerant, prefix matching while typing), fuzzy matching of author/topic/source names
// (fuse.js), the query's filters, and a snippet per result. Pure: the extension and the CLI share it.
import { createHash, type Hash } from 'node:crypto';
import Fuse from 'fuse.js';
import type { Article } from '../model';
import { matchesFilters, parseQuery, type ArticleState, type ParsedQuery } from '../query';
import { searchDocument } from './documents';
import { INDEX_FORMAT, IndexBuilder, InvertedIndex, deserializeIndex, serializeIndex, type TermMatch } from './invertedIndex';
import { locateMatch, termPattern } from './snippet';
import { terms } from './tokens';

export interface SearchHit {
  url: string;
  article: Article;
  score: number;
  /** A short excerpt around the first match (or the opening of the article when only metadata matched). */
  snippet: string;
  /** The first matched text as it appears in the article, for the reader to scroll to and highlight. */
  highlight?: string;
}

export interface SearchOutcome {
  query: ParsedQuery;
  hits: SearchHit[];
  /** Matches before the limit was applied. */
  total: number;
  /** True when not every word matched in any article, and articles matching some of them are shown. */
  partial: boolean;
}

export interface SearchOptions {
  /** Default 50. */
  limit?: number;
  /** Read/favorite/notes state for `is:` and `has:notes` filters; without it those filters match nothing. */
  state?: ArticleState;
}

/** How much a fuzzy author/topic/source name match adds, relative to the best full-text score. */
const FACET_BONUS = 0.5;
/** Closeness a name match needs to bring in articles that the words alone did not match. */
const FACET_ALONE = 0.8;
const NO_STATE: ArticleState = { isRead: () => false, isFavorite: () => false, noteCount: () => 0 };

interface FacetValue {
  value: string;
  urls: string[];
}

export class ArticleSearch {
  private readonly byUrl = new Map<string, Article>();
  private readonly facets: Fuse<FacetValue>;

  private constructor(readonly index: InvertedIndex, articles: readonly Article[]) {
    for (const article of distinct(articles)) this.byUrl.set(article.url, article);
    const facetUrls = new Map<string, string[]>();
    for (const article of articles) {
      const values = new Set([...article.authors, article.source, ...article.topics, ...article.tags]);
      for (const value of values) {
        if (!value) continue;
        const urls = facetUrls.get(value) ?? [];
        urls.push(article.url);
        facetUrls.set(value, urls);
      }
    }
    // Distinct names only (hundreds, not one entry per article): fuse.js is linear per query.
    this.facets = new Fuse([...facetUrls].map(([value, urls]) => ({ value, urls })), {
      keys: ['value'],
      includeScore: true,
      ignoreLocation: true,
      ignoreDiacritics: true,
      threshold: 0.25,
      minMatchCharLength: 3,
    });
  }

  get articleCount(): number {
    return this.byUrl.size;
  }

  /** Builds the index at once (CLI, tests). */
  static build(articles: readonly Article[]): ArticleSearch {
    const builder = new IndexBuilder();
    for (const article of distinct(articles)) builder.add(article.url, searchDocument(article));
    return new ArticleSearch(builder.finish(), articles);
  }

  /**
   * Builds the index in slices of `sliceMs`, yielding to the event loop between them so the host stays
   * responsive; rejects with the signal's reason when aborted (a newer corpus arrived).
   */
  static async buildInBackground(
    articles: readonly Article[],
    options: { sliceMs?: number; signal?: AbortSignal; yieldTo?: () => Promise<void> } = {},
  ): Promise<ArticleSearch> {
    const sliceMs = options.sliceMs ?? 20;
    const yieldTo = options.yieldTo ?? (() => new Promise<void>(resolve => setTimeout(resolve, 0)));
    const builder = new IndexBuilder();
    let sliceStart = performance.now();
    for (const article of distinct(articles)) {
      builder.add(article.url, searchDocument(article));
      if (performance.now() - sliceStart > sliceMs) {
        await yieldTo();
        options.signal?.throwIfAborted();
        sliceStart = performance.now();
      }
    }
    return new ArticleSearch(builder.finish(), articles);
  }

  /** A saved index (see toBytes) for exactly these articles, or undefined when it does not fit them. */
  static fromBytes(bytes: Uint8Array, articles: readonly Article[], key: string): ArticleSearch | undefined {
    const index = deserializeIndex(bytes, key);
    if (!index || index.documentCount !== distinct(articles).length) return undefined;
    return new ArticleSearch(index, articles);
  }

  /** Identifies the searchable content of a corpus: a saved index is reused only for the same key. */
  static corpusKey(articles: readonly Article[]): string {
    const hash = createHash('sha256').update(`format ${INDEX_FORMAT}\n`);
    for (const article of distinct(articles)) hashArticle(hash, article);
    return hash.digest('hex');
  }

  /** corpusKey in slices, yielding between them (hashing 100 MB takes a few hundred ms). */
  static async corpusKeyInBackground(
    articles: readonly Article[],
    options: { sliceMs?: number; signal?: AbortSignal; yieldTo?: () => Promise<void> } = {},
  ): Promise<string> {
    const sliceMs = options.sliceMs ?? 20;
    const yieldTo = options.yieldTo ?? (() => new Promise<void>(resolve => setTimeout(resolve, 0)));
    const hash = createHash('sha256').update(`format ${INDEX_FORMAT}\n`);
    let sliceStart = performance.now();
    for (const article of distinct(articles)) {
      hashArticle(hash, article);
      if (performance.now() - sliceStart > sliceMs) {
        await yieldTo();
        options.signal?.throwIfAborted();
        sliceStart = performance.now();
      }
    }
    return hash.digest('hex');
  }

  toBytes(key: string): Uint8Array {
    return serializeIndex(this.index, key);
  }

  search(input: string | ParsedQuery, options: SearchOptions = {}): SearchOutcome {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const limit = options.limit ?? 50;
    const state = options.state ?? NO_STATE;
    const groups = this.queryGroups(query.terms);
    const passes = (url: string) => {
      const article = this.byUrl.get(url);
      return article !== undefined && matchesFilters(article, query.filters, state) ? article : undefined;
    };

    if (groups.length === 0) {
      // Filters only: every article that passes, by title.
      const all = [...this.byUrl.values()].filter(article => matchesFilters(article, query.filters, state));
      all.sort((a, b) => a.title.localeCompare(b.title));
      return {
        query,
        total: all.length,
        partial: false,
        hits: all.slice(0, limit).map(article => ({ url: article.url, article, score: 0, ...locateMatch(article, undefined) })),
      };
    }

    const n = this.index.documentCount;
    const scores = new Float64Array(n);
    const termScores = new Float64Array(n);
    const matchedGroups = new Uint16Array(n);
    const touched = new Set<number>();
    for (const group of groups) {
      for (const doc of this.index.scoreTerm(group, scores, termScores)) {
        matchedGroups[doc]++;
        touched.add(doc);
      }
    }
    let best = 0;
    for (const doc of touched) best = Math.max(best, scores[doc]);
    const scale = Math.max(best, 1);
    const names = this.nameMatches(query.terms.join(' '));

    const scored = new Map<string, number>();
    for (const doc of touched) {
      if (matchedGroups[doc] !== groups.length) continue;
      const url = this.index.id(doc);
      scored.set(url, scores[doc] + FACET_BONUS * scale * (names.get(url) ?? 0));
    }
    // A close author/topic/source name is a result by itself ("schneier" → Bruce Schneier's posts).
    for (const [url, closeness] of names) {
      if (!scored.has(url) && closeness >= FACET_ALONE) scored.set(url, FACET_BONUS * scale * closeness);
    }
    let partial = false;
    if (scored.size === 0 && groups.length > 1) {
      // No article has every word: rank those with the most words, so a stray word does not empty the list.
      partial = true;
      for (const doc of touched) scored.set(this.index.id(doc), scores[doc] + matchedGroups[doc] * scale);
    }

    const ranked: Array<{ article: Article; score: number }> = [];
    for (const [url, score] of scored) {
      const article = passes(url);
      if (article) ranked.push({ article, score });
    }
    ranked.sort((a, b) => b.score - a.score || a.article.title.localeCompare(b.article.title));
    const pattern = termPattern(groups.flat().map(match => match.term));
    return {
      query,
      total: ranked.length,
      partial,
      hits: ranked.slice(0, limit).map(({ article, score }) => ({
        url: article.url,
        article,
        score: Math.round(score * 100) / 100,
        ...locateMatch(article, pattern),
      })),
    };
  }

  /**
   * One group of acceptable index terms per query word. Code tokens typed whole (`s3.Bucket`) are looked up
   * whole; when the index has no such token, their parts become separate words.
   */
  private queryGroups(queryTerms: readonly string[]): TermMatch[][] {
    const words = queryTerms.flatMap(term => terms(term, false));
    const groups: TermMatch[][] = [];
    words.forEach(word => {
      // Prefix matching for every word, not only the last: people type "kines strea" too.
      const options = { prefix: true, fuzzy: true };
      const matches = this.index.expand(word, options);
      if (matches.length > 0 || !/[._\-/:]/.test(word)) {
        groups.push(matches);
        return;
      }
      for (const part of terms(word)) if (part !== word) groups.push(this.index.expand(part, options));
    });
    return groups;
  }

  /** Articles whose author, source, topic or tag resembles the whole free text, by closeness (0…1]. */
  private nameMatches(text: string): Map<string, number> {
    const closeness = new Map<string, number>();
    if (text.trim().length < 3) return closeness;
    for (const result of this.facets.search(text, { limit: 20 })) {
      const value = 1 - (result.score ?? 1);
      for (const url of result.item.urls) closeness.set(url, Math.max(closeness.get(url) ?? 0, value));
    }
    return closeness;
  }
}

function hashArticle(hash: Hash, article: Article): void {
  const document = searchDocument(article);
  hash.update(`${article.url}\0${document.title}\0${document.meta}\0${document.text}\0${document.code}\0`);
}

/** One entry per URL (the same post can appear in two files): the first one wins. */
function distinct(articles: readonly Article[]): Article[] {
  const seen = new Set<string>();
  return articles.filter(article => !seen.has(article.url) && (seen.add(article.url), true));
}
