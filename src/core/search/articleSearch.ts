// Article search: the query syntax of core/query.ts, full-text matching over titles, metadata, prose and code
// (inverted index, typo tolerant, prefix matching while typing), fuzzy matching of author/topic/source names
// (fuse.js), the query's filters, and a snippet per result. Pure: the extension and the CLI share it.
import { createHash, type Hash } from 'node:crypto';
import Fuse from 'fuse.js';
import type { Article } from '../model';
import { hasFilters, matchesFilters, parseQuery, type ArticleState, type ParsedQuery } from '../query';
import { searchDocument } from './documents';
import { INDEX_FORMAT, IndexBuilder, InvertedIndex, deserializeIndexSteps, serializeIndex, serializeIndexSteps, type TermMatch } from './invertedIndex';
import { runAtOnce, runInSlices, type SliceOptions, type Steps } from './slices';
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
const FACET_KEYS = ['value'];
/** Work between two pause points while opening an index (see slices.ts). */
const ARTICLES_PER_PAUSE = 256;
const NAMES_PER_PAUSE = 256;
const NO_STATE: ArticleState = { isRead: () => false, isFavorite: () => false, noteCount: () => 0 };

interface FacetValue {
  value: string;
  docs: number[];
}

export class ArticleSearch {
  /** The article of each index document (same numbering). */
  private readonly articles: Article[];
  private readonly facets: Fuse<FacetValue>;
  /** Position of each document in title order, for ties and filter-only lists; computed on first need. */
  private titleRank: Uint32Array | undefined;
  /** Per-query scratch space (one slot per article), reused from keystroke to keystroke and left zeroed. */
  private readonly scores: Float64Array;
  private readonly termScores: Float64Array;
  private readonly matchedGroups: Uint16Array;

  private constructor(readonly index: InvertedIndex, articles: Article[], facets: Fuse<FacetValue>) {
    this.articles = articles;
    this.facets = facets;
    const n = index.documentCount;
    this.scores = new Float64Array(n);
    this.termScores = new Float64Array(n);
    this.matchedGroups = new Uint16Array(n);
  }

  /** The search over `index`, which must have been built from these articles (else it throws). */
  private static *open(index: InvertedIndex, articles: readonly Article[]): Steps<ArticleSearch> {
    const byUrl = new Map<string, Article>();
    for (const article of distinct(articles)) byUrl.set(article.url, article);
    yield;
    const docArticles: Article[] = [];
    const facetDocs = new Map<string, number[]>();
    for (let doc = 0; doc < index.documentCount; doc++) {
      const article = byUrl.get(index.id(doc));
      if (!article) throw new Error(`the index does not belong to these articles (${index.id(doc)})`);
      docArticles.push(article);
      for (const value of new Set([...article.authors, article.source, ...article.topics, ...article.tags])) {
        if (!value) continue;
        const docs = facetDocs.get(value) ?? [];
        docs.push(doc);
        facetDocs.set(value, docs);
      }
      if (doc % ARTICLES_PER_PAUSE === ARTICLES_PER_PAUSE - 1) yield;
    }
    // Distinct names only (hundreds, not one entry per article): fuse.js is linear per query. Its index is
    // filled name by name (what `new Fuse` does in one go), so that thousands of names can pause in between.
    const values = [...facetDocs].map(([value, docs]) => ({ value, docs }));
    const facetIndex = Fuse.createIndex<FacetValue>(FACET_KEYS, []);
    for (let i = 0; i < values.length; i++) {
      facetIndex.add(values[i], i);
      if (i % NAMES_PER_PAUSE === NAMES_PER_PAUSE - 1) yield;
    }
    const facets = new Fuse(values, {
      keys: FACET_KEYS,
      includeScore: true,
      ignoreLocation: true,
      ignoreDiacritics: true,
      threshold: 0.25,
      minMatchCharLength: 3,
    }, facetIndex);
    return new ArticleSearch(index, docArticles, facets);
  }

  get articleCount(): number {
    return this.articles.length;
  }

  /** Builds the index at once (CLI, tests). */
  static build(articles: readonly Article[]): ArticleSearch {
    return runAtOnce(ArticleSearch.buildSteps(articles));
  }

  /**
   * Builds the index in slices (slices.ts), yielding to the event loop between them so the host stays
   * responsive; rejects with the signal's reason when aborted (a newer corpus arrived).
   */
  static buildInBackground(articles: readonly Article[], options: SliceOptions = {}): Promise<ArticleSearch> {
    return runInSlices(ArticleSearch.buildSteps(articles), options);
  }

  private static *buildSteps(articles: readonly Article[]): Steps<ArticleSearch> {
    const builder = new IndexBuilder();
    for (const article of distinct(articles)) {
      yield* builder.addSteps(article.url, searchDocument(article));
      yield;
    }
    return yield* ArticleSearch.open(yield* builder.finishSteps(), articles);
  }

  /** A saved index (see toBytes) for exactly these articles, or undefined when it does not fit them. */
  static fromBytes(bytes: Uint8Array, articles: readonly Article[], key: string): ArticleSearch | undefined {
    return runAtOnce(ArticleSearch.fromBytesSteps(bytes, articles, key));
  }

  /** fromBytes in slices, like buildInBackground (loading 10,000 articles' index takes a few hundred ms). */
  static fromBytesInBackground(bytes: Uint8Array, articles: readonly Article[], key: string, options: SliceOptions = {}): Promise<ArticleSearch | undefined> {
    return runInSlices(ArticleSearch.fromBytesSteps(bytes, articles, key), options);
  }

  private static *fromBytesSteps(bytes: Uint8Array, articles: readonly Article[], key: string): Steps<ArticleSearch | undefined> {
    const index = yield* deserializeIndexSteps(bytes, key);
    if (!index || index.documentCount !== distinct(articles).length) return undefined;
    try {
      return yield* ArticleSearch.open(index, articles);
    } catch {
      return undefined; // saved for other articles with the same count: cannot happen with a content key
    }
  }

  /** Identifies the searchable content of a corpus: a saved index is reused only for the same key. */
  static corpusKey(articles: readonly Article[]): string {
    return runAtOnce(corpusKeySteps(articles));
  }

  /** corpusKey in slices, yielding between them (hashing 100 MB takes a few hundred ms). */
  static corpusKeyInBackground(articles: readonly Article[], options: SliceOptions = {}): Promise<string> {
    return runInSlices(corpusKeySteps(articles), options);
  }

  toBytes(key: string): Uint8Array {
    return serializeIndex(this.index, key);
  }

  /** toBytes in slices (copying 50 MB of postings in one go blocks for tens of milliseconds). */
  toBytesInBackground(key: string, options: SliceOptions = {}): Promise<Uint8Array> {
    return runInSlices(serializeIndexSteps(this.index, key), options);
  }

  search(input: string | ParsedQuery, options: SearchOptions = {}): SearchOutcome {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const limit = options.limit ?? 50;
    const state = options.state ?? NO_STATE;
    const filtered = hasFilters(query.filters);
    const passes = (doc: number) => !filtered || matchesFilters(this.articles[doc], query.filters, state);
    const groups = this.queryGroups(query.terms);

    if (groups.length === 0) {
      // Filters only: every article that passes, by title.
      const order = this.titleOrder();
      const docs: number[] = [];
      for (const doc of order) if (passes(doc)) docs.push(doc);
      return { query, total: docs.length, partial: false, hits: docs.slice(0, limit).map(doc => this.hit(doc, 0, undefined)) };
    }

    const { scores, termScores, matchedGroups } = this;
    const touched: number[] = [];
    try {
      for (const group of groups) {
        const matched: number[] = [];
        this.index.scoreTerm(group, scores, termScores, matched);
        for (const doc of matched) {
          if (matchedGroups[doc] === 0) touched.push(doc);
          matchedGroups[doc]++;
        }
      }
      let best = 0;
      for (const doc of touched) if (scores[doc] > best) best = scores[doc];
      const scale = Math.max(best, 1);
      const names = this.nameMatches(query.terms.join(' '));

      const candidates: number[] = [];
      const final = new Map<number, number>();
      for (const doc of touched) {
        if (matchedGroups[doc] === groups.length) final.set(doc, scores[doc] + FACET_BONUS * scale * (names.get(doc) ?? 0));
      }
      // A close author/topic/source name is a result by itself ("schneier" → Bruce Schneier's posts).
      for (const [doc, closeness] of names) {
        if (!final.has(doc) && closeness >= FACET_ALONE) final.set(doc, FACET_BONUS * scale * closeness);
      }
      let partial = false;
      if (final.size === 0 && groups.length > 1) {
        // No article has every word: rank those with the most words, so a stray word does not empty the list.
        partial = true;
        for (const doc of touched) final.set(doc, scores[doc] + matchedGroups[doc] * scale);
      }
      for (const doc of final.keys()) if (passes(doc)) candidates.push(doc);
      const top = this.best(candidates, final, limit);
      // The snippet looks only for the terms this article holds: a pattern of all expansions of a short
      // prefix (64 words) is several times slower to run over every shown article.
      const expansions = [...new Set(groups.flat().map(match => match.term))];
      const patterns = new Map<string, RegExp | undefined>();
      const patternFor = (doc: number) => {
        const held = expansions.filter(term => this.index.contains(term, doc));
        const key = held.join('\n');
        if (!patterns.has(key)) patterns.set(key, termPattern(held));
        return patterns.get(key);
      };
      return {
        query,
        total: candidates.length,
        partial,
        hits: top.map(doc => this.hit(doc, final.get(doc)!, patternFor(doc))),
      };
    } finally {
      for (const doc of touched) {
        scores[doc] = 0;
        matchedGroups[doc] = 0;
      }
    }
  }

  /** The `limit` best documents by score (ties by title), without sorting all candidates. */
  private best(candidates: number[], score: Map<number, number>, limit: number): number[] {
    let pool = candidates;
    if (candidates.length > limit * 4) {
      const values = Float64Array.from(candidates, doc => score.get(doc)!).sort();
      const threshold = values[values.length - Math.max(1, limit)];
      pool = candidates.filter(doc => score.get(doc)! >= threshold);
    }
    const rank = this.titleRanks();
    return pool.sort((a, b) => score.get(b)! - score.get(a)! || rank[a] - rank[b]).slice(0, limit);
  }

  private hit(doc: number, score: number, pattern: RegExp | undefined): SearchHit {
    const article = this.articles[doc];
    return { url: article.url, article, score: Math.round(score * 100) / 100, ...locateMatch(article, pattern) };
  }

  private titleRanks(): Uint32Array {
    if (!this.titleRank) {
      const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
      const order = this.articles.map((_, doc) => doc).sort((a, b) => collator.compare(this.articles[a].title, this.articles[b].title));
      this.titleRank = new Uint32Array(order.length);
      order.forEach((doc, rank) => { this.titleRank![doc] = rank; });
    }
    return this.titleRank;
  }

  private titleOrder(): number[] {
    const rank = this.titleRanks();
    const order = new Array<number>(rank.length);
    rank.forEach((position, doc) => { order[position] = doc; });
    return order;
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

  /** Documents whose author, source, topic or tag resembles the whole free text, by closeness (0…1]. */
  private nameMatches(text: string): Map<number, number> {
    const closeness = new Map<number, number>();
    if (text.trim().length < 3) return closeness;
    for (const result of this.facets.search(text, { limit: 20 })) {
      const value = 1 - (result.score ?? 1);
      for (const doc of result.item.docs) closeness.set(doc, Math.max(closeness.get(doc) ?? 0, value));
    }
    return closeness;
  }
}

function* corpusKeySteps(articles: readonly Article[]): Steps<string> {
  const hash = createHash('sha256').update(`format ${INDEX_FORMAT}\n`);
  for (const article of distinct(articles)) {
    hashArticle(hash, article);
    yield;
  }
  return hash.digest('hex');
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
