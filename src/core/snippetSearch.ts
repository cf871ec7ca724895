// Ranking for "Find Code Snippet": every code block of the corpus, searched by its code, its language and its
// article's title, recomputed on each keystroke and cut to the top N.
//
// fuse.js scans every document for every query, so at tens of thousands of blocks it can't answer per keystroke
// on its own (bench/snippets.ts measures it). The work is split: an inverted index over the blocks' terms
// (the search core's tokenizer; MiniSearch's radix tree for prefix and typo lookups) finds the blocks that hold
// every word, or a word it starts or nearly spells, and scores them; fuse.js then ranks the best of those by
// how closely title, language and code match the words. Filters use the shared syntax of core/query.ts
// (`lang:sql`, `topic:`, `source:`, `author:`, `is:`, `has:`), `lang:` applying to the block itself.
import Fuse, { type Expression } from 'fuse.js';
import SearchableMap from 'minisearch/SearchableMap';
import { languageName } from './languageNames';
import type { Article, CodeBlock, CodeKind } from './model';
import { canonicalLanguage, matchesFilters, parseQuery, type ArticleState, type ParsedQuery, type QueryFilters } from './query';
import { typoBudget } from './search/invertedIndex';
import { foldTerm, forEachTerm, terms } from './search/tokens';

export interface SnippetEntry {
  url: string;
  index: number;
  article: Article;
  lang: string;
  kind: CodeKind;
  code: string;
}

export interface SnippetHit {
  entry: SnippetEntry;
  /** Higher is better; only comparable within one search. */
  score: number;
}

export interface SnippetSearchOptions {
  /** Default 50. */
  limit?: number;
  /** For `is:` and `has:notes` filters; without it they match nothing. */
  state?: ArticleState;
}

export interface SnippetSearchResult {
  query: ParsedQuery;
  hits: SnippetHit[];
  /** Blocks that matched before the cut. */
  total: number;
}

/** Every code block of the articles, with the language override applied when `blockOf` gives one. */
export function snippetEntries(
  articles: readonly Article[],
  blockOf: (url: string, index: number) => CodeBlock | undefined = () => undefined,
): SnippetEntry[] {
  const entries: SnippetEntry[] = [];
  for (const article of articles) {
    for (const original of article.codeBlocks) {
      const block = blockOf(article.url, original.index) ?? original;
      entries.push({ url: article.url, index: block.index, article, lang: block.lang, kind: block.kind, code: block.code });
    }
  }
  return entries;
}


const KIND_WORDS: Readonly<Record<string, string>> = {
  cdk: 'cdk', 'iam-policy': 'iam policy', command: 'command', output: 'output',
};

/** Fields a block is searched by, and what a match in each is worth. */
const TITLE = 0;
const LANG = 1;
const CODE = 2;
const FIELD_WEIGHT = [3, 2, 1];
const PREFIX_WEIGHT = 0.7;
const FUZZY_WEIGHT = 0.4;
/**
 * How many index terms a word may stand for as a prefix (the shortest first): few for a word of two or three
 * letters, which starts thousands of terms and is usually still being typed.
 */
function maxExpansions(length: number): number {
  return length <= 2 ? 24 : length === 3 ? 96 : 400;
}
/** How many of the index's best candidates fuse.js ranks. */
const FUSE_CANDIDATES = 100;
/** fuse.js reads at most this much of a line: its cost is linear in the text. */
const FUSE_LINE_CHARS = 240;
/** Added to the blended score (0–1) of a block holding the words next to each other, in order. */
const PHRASE_BONUS = 0.25;
/** Words whose matches are kept between keystrokes. */
const WORD_CACHE_SIZE = 32;

interface WordMatches {
  docs: Int32Array;
  values: Float64Array;
}

const FUSE_KEYS = [
  { name: 'title', weight: 2 },
  { name: 'lang', weight: 1 },
  { name: 'code', weight: 2 },
];

interface IndexData {
  vocabulary: SearchableMap<number>;
  /** Per term: the blocks holding it, ascending, and a bit mask of the fields it occurs in. */
  postingStart: Uint32Array;
  postingDoc: Uint32Array;
  postingFields: Uint8Array;
  documentFrequency: Uint32Array;
}

/** Builds the index block by block, so that a caller can spread the work over several event-loop turns. */
export class SnippetIndexBuilder {
  private readonly entries: SnippetEntry[] = [];
  /** A Map while building (cheaper per lookup than the radix tree, which is filled once at the end). */
  private readonly termIds = new Map<string, number>();
  private readonly postings: number[][] = [];

  get size(): number {
    return this.entries.length;
  }

  add(entry: SnippetEntry): void {
    const doc = this.entries.length;
    this.entries.push(entry);
    const fields = new Map<string, number>();
    const collect = (text: string, field: number): void => {
      forEachTerm(text, term => fields.set(term, (fields.get(term) ?? 0) | (1 << field)));
    };
    collect(entry.article.title, TITLE);
    collect(langText(entry), LANG);
    collect(entry.code, CODE);
    for (const [term, mask] of fields) {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.postings.length;
        this.termIds.set(term, id);
        this.postings.push([]);
      }
      this.postings[id].push(doc, mask);
    }
  }

  finish(): SnippetSearch {
    let total = 0;
    for (const list of this.postings) total += list.length / 2;
    const vocabulary = new SearchableMap<number>();
    for (const [term, id] of this.termIds) vocabulary.set(term, id);
    const data: IndexData = {
      vocabulary,
      postingStart: new Uint32Array(this.postings.length + 1),
      postingDoc: new Uint32Array(total),
      postingFields: new Uint8Array(total),
      documentFrequency: new Uint32Array(this.postings.length),
    };
    let at = 0;
    this.postings.forEach((list, id) => {
      data.postingStart[id] = at;
      data.documentFrequency[id] = list.length / 2;
      for (let k = 0; k < list.length; k += 2) {
        data.postingDoc[at] = list[k];
        data.postingFields[at] = list[k + 1];
        at++;
      }
    });
    data.postingStart[this.postings.length] = at;
    return new SnippetSearch(this.entries, data);
  }
}

/** Builds the index in slices of about `sliceMs`, calling `pause` between them (e.g. a zero timeout). */
export async function buildSnippetSearch(
  entries: readonly SnippetEntry[],
  pause: () => Promise<void>,
  sliceMs = 15,
): Promise<SnippetSearch> {
  const builder = new SnippetIndexBuilder();
  let sliceStart = performance.now();
  for (const entry of entries) {
    builder.add(entry);
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return builder.finish();
}

/** The `count` best documents by score (ties: library order), without sorting them all. */
function topByScore(docs: readonly number[], scores: ReadonlyMap<number, number>, count: number): number[] {
  const values = Float64Array.from(docs, doc => scores.get(doc)!);
  if (docs.length > count) {
    const threshold = Float64Array.from(values).sort()[docs.length - count];
    const kept: number[] = [];
    docs.forEach((doc, i) => {
      if (values[i] > threshold) kept.push(doc);
    });
    docs.forEach((doc, i) => {
      if (values[i] === threshold && kept.length < count) kept.push(doc);
    });
    docs = kept;
  }
  return [...docs].sort((a, b) => scores.get(b)! - scores.get(a)! || a - b);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function langText(entry: SnippetEntry): string {
  return `${languageName(entry.lang)} ${entry.kind ? KIND_WORDS[entry.kind] : ''}`.trim();
}

export class SnippetSearch {
  private readonly vocabulary: SearchableMap<number>;
  private readonly postingStart: Uint32Array;
  private readonly postingDoc: Uint32Array;
  private readonly postingFields: Uint8Array;
  private readonly documentFrequency: Uint32Array;
  private readonly wordCache = new Map<string, WordMatches>();
  private filterCache: { key: string; allowed: Uint8Array | undefined } | undefined;

  /** All at once; see SnippetIndexBuilder and buildSnippetSearch for building in slices. */
  static from(entries: readonly SnippetEntry[]): SnippetSearch {
    const builder = new SnippetIndexBuilder();
    for (const entry of entries) builder.add(entry);
    return builder.finish();
  }

  constructor(readonly entries: readonly SnippetEntry[], data: IndexData) {
    this.vocabulary = data.vocabulary;
    this.postingStart = data.postingStart;
    this.postingDoc = data.postingDoc;
    this.postingFields = data.postingFields;
    this.documentFrequency = data.documentFrequency;
  }

  get size(): number {
    return this.entries.length;
  }

  search(input: string, options: SnippetSearchOptions = {}): SnippetSearchResult {
    const limit = options.limit ?? 50;
    const query = parseQuery(input);
    const { allowed, key: filterKey } = this.allowedBy(query.filters, options.state);
    const words = query.terms.flatMap(term => terms(term, false));
    const phrases = query.terms.filter(term => /\s/.test(term)).map(foldTerm);

    if (words.length === 0) {
      // No word to look up: list the blocks in library order, or (for a query of symbols only, like "=>")
      // those whose code contains it.
      const needle = query.terms.join(' '); // no letters: no case to fold
      const hits: SnippetHit[] = [];
      let total = 0;
      this.entries.forEach((entry, doc) => {
        if (allowed && !allowed[doc]) return;
        if (needle && !entry.code.includes(needle)) return;
        total++;
        if (hits.length < limit) hits.push({ entry, score: 0 });
      });
      return { query, hits, total };
    }

    const scores = this.scoreByIndex(words, allowed, filterKey);
    let candidates = Array.from(scores.keys());
    if (phrases.length) {
      candidates = candidates.filter(doc => {
        const haystack = foldTerm(`${this.entries[doc].article.title}\n${this.entries[doc].code}`).replace(/\s+/g, ' ');
        return phrases.every(phrase => haystack.includes(phrase));
      });
    }
    const total = candidates.length;
    const best = topByScore(candidates, scores, FUSE_CANDIDATES);
    const ranked = this.rankWithFuse(best, words, scores);
    return { query, hits: ranked.slice(0, limit).map(({ doc, score }) => ({ entry: this.entries[doc], score })), total };
  }

  /**
   * Blocks that hold every word (as a term, a term it starts, or, for a word the corpus doesn't have, a term
   * within its typo budget), scored by the best match per word: field weight × match weight × rarity. When no
   * block holds every word, the blocks holding the most of them.
   */
  private scoreByIndex(words: readonly string[], allowed: Uint8Array | undefined, filterKey: string): Map<number, number> {
    const { total, count, touched } = this.scratch();
    let most = 0;
    for (const word of words) {
      const found = this.wordMatches(word, allowed, filterKey);
      for (let k = 0; k < found.docs.length; k++) {
        const doc = found.docs[k];
        if (count[doc] === 0) touched.push(doc);
        total[doc] += found.values[k];
        if (++count[doc] > most) most = count[doc];
      }
    }
    const scores = new Map<number, number>();
    for (const doc of touched) {
      if (count[doc] === most) scores.set(doc, total[doc]);
      total[doc] = 0;
      count[doc] = 0;
    }
    touched.length = 0;
    return scores;
  }

  private scratchArrays:
    | { total: Float64Array; count: Uint16Array; touched: number[]; best: Float64Array; bestTouched: number[] }
    | undefined;

  /** Per-document accumulators, allocated once and left zeroed after each use. */
  private scratch(): NonNullable<SnippetSearch['scratchArrays']> {
    const n = this.entries.length;
    this.scratchArrays ??= { total: new Float64Array(n), count: new Uint16Array(n), touched: [], best: new Float64Array(n), bestTouched: [] };
    return this.scratchArrays;
  }

  /** The blocks one word matches, and how well; the last few words are cached, as typing changes only the last. */
  private wordMatches(word: string, allowed: Uint8Array | undefined, filterKey: string): WordMatches {
    const key = `${filterKey}\u0000${word}`;
    const cached = this.wordCache.get(key);
    if (cached) {
      this.wordCache.delete(key);
      this.wordCache.set(key, cached);
      return cached;
    }
    const expansions = new Map<number, number>(); // term id → match weight
    const exact = this.vocabulary.get(word);
    if (exact !== undefined) expansions.set(exact, 1);
    if (word.length >= 2) {
      const cap = maxExpansions(word.length);
      const prefixed: [string, number][] = [];
      for (const [term, id] of this.vocabulary.atPrefix(word)) {
        if (term !== word) prefixed.push([term, id]);
        if (prefixed.length >= cap * 4) break; // enough to pick short ones from; the rest can wait a keystroke
      }
      prefixed.sort((a, b) => a[0].length - b[0].length);
      for (const [term, id] of prefixed.slice(0, cap)) {
        expansions.set(id, PREFIX_WEIGHT * (0.5 + (0.5 * word.length) / term.length));
      }
    }
    const budget = typoBudget(word.length);
    if (expansions.size === 0 && budget > 0) {
      for (const [, [id, distance]] of this.vocabulary.fuzzyGet(word, budget)) {
        expansions.set(id, FUZZY_WEIGHT * (1 - distance / (word.length + 1)));
      }
    }
    const { best, bestTouched: touched } = this.scratch();
    const n = this.entries.length;
    for (const [id, weight] of expansions) {
      const idf = Math.log(1 + (n - this.documentFrequency[id] + 0.5) / (this.documentFrequency[id] + 0.5));
      for (let k = this.postingStart[id]; k < this.postingStart[id + 1]; k++) {
        const doc = this.postingDoc[k];
        if (allowed && !allowed[doc]) continue;
        const mask = this.postingFields[k];
        const field = mask & (1 << TITLE) ? TITLE : mask & (1 << LANG) ? LANG : CODE;
        const value = FIELD_WEIGHT[field] * weight * idf;
        if (best[doc] === 0) touched.push(doc);
        if (value > best[doc]) best[doc] = value;
      }
    }
    const result: WordMatches = { docs: Int32Array.from(touched), values: new Float64Array(touched.length) };
    touched.forEach((doc, k) => {
      result.values[k] = best[doc];
      best[doc] = 0;
    });
    touched.length = 0;
    this.wordCache.set(key, result);
    if (this.wordCache.size > WORD_CACHE_SIZE) this.wordCache.delete(this.wordCache.keys().next().value!);
    return result;
  }

  /**
   * fuse.js's closeness of each word to the title, language or code (every word must match one of them), blended
   * with the index score so that an exact, rare, title match still leads. fuse.js reads the lines of code that
   * hold a word rather than whole blocks: its cost grows with the text, and the index already saw all of it.
   */
  private rankWithFuse(docs: readonly number[], words: readonly string[], scores: Map<number, number>): { doc: number; score: number }[] {
    if (docs.length === 0) return [];
    const top = scores.get(docs[0]) || 1;
    // The start of each word (a typo is likelier at its end), to find the lines worth showing fuse.js.
    const stems = words.map(word => new RegExp(escapeRegExp(word.slice(0, Math.max(3, Math.ceil(word.length / 2)))), 'i'));
    const fuse = new Fuse(
      docs.map(doc => ({ title: this.entries[doc].article.title, lang: langText(this.entries[doc]), code: this.linesWith(doc, stems) })),
      { keys: FUSE_KEYS, includeScore: true, ignoreLocation: true, threshold: 0.4, shouldSort: false },
    );
    const expression: Expression = {
      $and: words.map(word => ({ $or: FUSE_KEYS.map(key => ({ [key.name]: word.slice(0, 32) })) })),
    };
    const closeness = new Map<number, number>();
    for (const result of fuse.search(expression)) closeness.set(result.refIndex, 1 - (result.score ?? 1));
    // Words that appear together, in the order typed ("create table"), say more than words apart.
    const together = words.length > 1 ? new RegExp(words.map(escapeRegExp).join('\\s+'), 'i') : undefined;
    const adjacency = (doc: number): number =>
      together && (together.test(this.entries[doc].code) || together.test(this.entries[doc].article.title)) ? PHRASE_BONUS : 0;
    return docs
      .map((doc, i) => ({ doc, score: 0.5 * (scores.get(doc)! / top) + 0.5 * (closeness.get(i) ?? 0) + adjacency(doc) }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  /** Up to three lines of the block that contain one of the words (or a start of one), else its opening. */
  private linesWith(doc: number, stems: readonly RegExp[]): string {
    const code = this.entries[doc].code;
    const picked: string[] = [];
    for (const stem of stems) {
      const at = code.search(stem);
      if (at < 0) continue;
      const start = code.lastIndexOf('\n', at) + 1;
      const end = code.indexOf('\n', at);
      const line = code.slice(start, Math.min(end < 0 ? code.length : end, start + FUSE_LINE_CHARS));
      if (!picked.includes(line)) picked.push(line);
      if (picked.length === 3) break;
    }
    return picked.length ? picked.join('\n') : code.slice(0, FUSE_LINE_CHARS);
  }


  /** Which blocks the query's filters let through (undefined: all); cached while only the words change. */
  private allowedBy(filters: QueryFilters, state: ArticleState | undefined): { allowed: Uint8Array | undefined; key: string } {
    const key = JSON.stringify(filters);
    if (this.filterCache?.key === key) return this.filterCache;
    let allowed: Uint8Array | undefined;
    const articleFilters: QueryFilters = { ...filters, lang: [] };
    const filtersArticles = Object.values(articleFilters).some(values => values.length > 0);
    if (filtersArticles || filters.lang.length) {
      const languages = filters.lang.map(lang => this.languageMatcher(lang));
      const byArticle = new Map<Article, boolean>();
      allowed = new Uint8Array(this.entries.length);
      this.entries.forEach((entry, doc) => {
        if (!languages.every(matches => matches(entry.lang))) return;
        if (filtersArticles) {
          let ok = byArticle.get(entry.article);
          if (ok === undefined) byArticle.set(entry.article, (ok = matchesFilters(entry.article, articleFilters, state)));
          if (!ok) return;
        }
        allowed![doc] = 1;
      });
    }
    this.filterCache = { key, allowed };
    return this.filterCache;
  }

  /** Forgets what was computed for earlier queries: call it when read state, favorites or notes changed. */
  clearCaches(): void {
    this.filterCache = undefined;
    this.wordCache.clear();
  }

  /** `lang:sql` matches SQL blocks; a value no block has exactly matches as a prefix (`lang:pyt` while typing). */
  private languageMatcher(value: string): (lang: string) => boolean {
    const wanted = canonicalLanguage(value);
    if (this.entries.some(entry => entry.lang === wanted)) return lang => lang === wanted;
    return lang => lang.startsWith(wanted) || languageName(lang).toLowerCase().startsWith(wanted);
  }
}
