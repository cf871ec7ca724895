// The filter syntax shared by the Articles view filter and article search:
//   lambda "step functions" topic:Serverless source:"AWS Big Data Blog" lang:sql author:Smith
//   is:unread is:read is:favorite has:notes has:code
// Free words (and "quoted phrases") are the text query; `key:value` pairs are facets. Every term must hold
// (AND), also when a facet repeats. Pure: no `vscode`, so the CLI and unit tests use it too.
import type { Article } from './model';

export type FacetKey = 'topic' | 'source' | 'lang' | 'author';
export type StateFlag = 'read' | 'unread' | 'favorite';
export type HasFlag = 'notes' | 'code';

export interface QueryFilters {
  topic: string[];
  source: string[];
  /** Canonical VS Code language ids (aliases such as `ts`, `bash`, `yml` are resolved). */
  lang: string[];
  author: string[];
  is: StateFlag[];
  has: HasFlag[];
}

export interface ParsedQuery {
  /** The free text, facets removed, whitespace collapsed; phrases keep their quotes. */
  text: string;
  /** The free text as words and phrases (phrases unquoted), for matching. */
  terms: string[];
  filters: QueryFilters;
  /** Terms that looked like filters but could not be understood, e.g. `is:bogus`, `topic:` (no value). */
  invalid: string[];
}

const FACET_ALIASES: Readonly<Record<string, FacetKey | 'is' | 'has'>> = {
  topic: 'topic', topics: 'topic', tag: 'topic',
  source: 'source', site: 'source', blog: 'source',
  lang: 'lang', language: 'lang', code: 'lang',
  author: 'author', by: 'author',
  is: 'is', has: 'has',
};

const STATE_FLAGS: Readonly<Record<string, StateFlag>> = {
  read: 'read', unread: 'unread', new: 'unread', favorite: 'favorite', favourite: 'favorite', fav: 'favorite',
  starred: 'favorite',
};
const HAS_FLAGS: Readonly<Record<string, HasFlag>> = {
  notes: 'notes', note: 'notes', annotations: 'notes', highlights: 'notes', code: 'code',
};

/** Short names people type for languages, mapped to VS Code language ids. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  ts: 'typescript', js: 'javascript', node: 'javascript', py: 'python', python3: 'python',
  sh: 'shellscript', bash: 'shellscript', shell: 'shellscript', zsh: 'shellscript', console: 'shellscript',
  ps: 'powershell', ps1: 'powershell', pwsh: 'powershell', yml: 'yaml', docker: 'dockerfile',
  golang: 'go', rs: 'rust', 'c++': 'cpp', 'c#': 'csharp', cs: 'csharp', kt: 'kotlin', rb: 'ruby',
  terraform: 'hcl', tf: 'hcl', md: 'markdown', text: 'plaintext', txt: 'plaintext', output: 'plaintext',
  patch: 'diff', htm: 'html', gql: 'graphql',
};

export function emptyFilters(): QueryFilters {
  return { topic: [], source: [], lang: [], author: [], is: [], has: [] };
}

/** One lexical token: a bare word, a "phrase", or key:value / key:"value with spaces". */
interface Token {
  raw: string;
  key?: string;
  value: string;
  quoted: boolean;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = input.length;
  const isSpace = (c: string) => /\s/.test(c);
  while (i < n) {
    while (i < n && isSpace(input[i])) i++;
    if (i >= n) break;
    const start = i;
    let key: string | undefined;
    // A facet key: letters directly followed by a colon (so URLs like https://… stay text: "https" is
    // not a known key and the token is kept whole).
    const keyMatch = /^([A-Za-z]+):/.exec(input.slice(i));
    if (keyMatch && FACET_ALIASES[keyMatch[1].toLowerCase()] !== undefined) {
      key = keyMatch[1].toLowerCase();
      i += keyMatch[0].length;
    }
    let value = '';
    let quoted = false;
    if (i < n && isQuote(input[i])) {
      quoted = true;
      const close = closingQuote(input[i]);
      i++;
      while (i < n && input[i] !== close && !(close === '"' && input[i] === '”')) {
        if (input[i] === '\\' && i + 1 < n && (input[i + 1] === '"' || input[i + 1] === '\\')) i++;
        value += input[i++];
      }
      i++; // the closing quote (or the end when it is missing)
    } else {
      while (i < n && !isSpace(input[i])) value += input[i++];
    }
    tokens.push({ raw: input.slice(start, Math.min(i, n)), key, value, quoted });
  }
  return tokens;
}

function isQuote(c: string): boolean {
  return c === '"' || c === '“';
}
function closingQuote(open: string): string {
  return open === '“' ? '”' : '"';
}

export function parseQuery(input: string): ParsedQuery {
  const filters = emptyFilters();
  const textParts: string[] = [];
  const terms: string[] = [];
  const invalid: string[] = [];
  for (const token of tokenize(input ?? '')) {
    if (token.key === undefined) {
      if (token.value.trim() === '') continue;
      textParts.push(token.quoted ? `"${token.value}"` : token.value);
      terms.push(token.value.trim().replace(/\s+/g, ' '));
      continue;
    }
    const facet = FACET_ALIASES[token.key];
    const value = token.value.trim().replace(/\s+/g, ' ');
    if (value === '') {
      invalid.push(token.raw);
      continue;
    }
    if (facet === 'is') {
      const flag = STATE_FLAGS[value.toLowerCase()];
      if (flag) addUnique(filters.is, flag);
      else invalid.push(token.raw);
    } else if (facet === 'has') {
      const flag = HAS_FLAGS[value.toLowerCase()];
      if (flag) addUnique(filters.has, flag);
      else invalid.push(token.raw);
    } else if (facet === 'lang') {
      addUnique(filters.lang, canonicalLanguage(value));
    } else {
      addUnique(filters[facet], value);
    }
  }
  return { text: textParts.join(' '), terms, filters, invalid };
}

function addUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

export function canonicalLanguage(value: string): string {
  const lower = value.toLowerCase();
  return LANGUAGE_ALIASES[lower] ?? lower;
}

export function hasFilters(filters: QueryFilters): boolean {
  return filters.topic.length + filters.source.length + filters.lang.length + filters.author.length
    + filters.is.length + filters.has.length > 0;
}

/** True when the query narrows nothing. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0 && !hasFilters(query.filters);
}

/** Writes a query back in the canonical syntax (values with spaces quoted), e.g. for a view message. */
export function formatQuery(query: ParsedQuery): string {
  const parts: string[] = query.text ? [query.text] : [];
  const facet = (key: string, value: string) => `${key}:${/[\s"]/.test(value) ? `"${value.replace(/(["\\])/g, '\\$1')}"` : value}`;
  for (const key of ['topic', 'source', 'lang', 'author'] as const) {
    for (const value of query.filters[key]) parts.push(facet(key, value));
  }
  for (const flag of query.filters.is) parts.push(`is:${flag}`);
  for (const flag of query.filters.has) parts.push(`has:${flag}`);
  return parts.join(' ');
}

/** Lower-cases and strips diacritics so "Sébastien" matches "sebastien"; Cyrillic stays Cyrillic. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ');
}

/** What matching needs to know beyond the article itself (kept by the extension, not by core). */
export interface ArticleState {
  isRead(url: string): boolean;
  isFavorite(url: string): boolean;
  noteCount(url: string): number;
}

const NO_STATE: ArticleState = { isRead: () => false, isFavorite: () => false, noteCount: () => 0 };

/** The languages of an article's code blocks, distinct, in order of appearance. */
export function articleLanguages(article: Article): string[] {
  return [...new Set(article.codeBlocks.map(block => block.lang))];
}

/** Facets: a value matches when it is contained in the article's field (case and accent insensitive). */
export function matchesFilters(article: Article, filters: QueryFilters, state: ArticleState = NO_STATE): boolean {
  const contains = (fields: readonly string[], wanted: string) => {
    const needle = foldText(wanted);
    return fields.some(field => foldText(field).includes(needle));
  };
  if (!filters.topic.every(topic => contains(article.topics, topic) || contains(article.tags, topic))) return false;
  if (!filters.source.every(source => contains([article.source], source))) return false;
  if (!filters.author.every(author => contains(article.authors.length ? article.authors : [article.author], author))) return false;
  const languages = articleLanguages(article);
  if (!filters.lang.every(lang => languages.includes(lang as never))) return false;
  for (const flag of filters.is) {
    if (flag === 'read' && !state.isRead(article.url)) return false;
    if (flag === 'unread' && state.isRead(article.url)) return false;
    if (flag === 'favorite' && !state.isFavorite(article.url)) return false;
  }
  for (const flag of filters.has) {
    if (flag === 'notes' && state.noteCount(article.url) === 0) return false;
    if (flag === 'code' && article.codeBlocks.length === 0) return false;
  }
  return true;
}

/** The metadata text the Articles view filters on: title, authors, source, topics, tags, URL. */
export function articleHeadline(article: Article): string {
  return [article.title, article.author, article.source, ...article.topics, ...article.tags, article.url].join('\n');
}

/** Folded headlines, computed once per article object (filtering 10,000 articles per keystroke). */
const foldedHeadlines = new WeakMap<Article, string>();

function foldedHeadline(article: Article): string {
  let folded = foldedHeadlines.get(article);
  if (folded === undefined) {
    folded = foldText(articleHeadline(article));
    foldedHeadlines.set(article, folded);
  }
  return folded;
}

/** Every term must occur in the (folded) haystack. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const folded = foldText(haystack);
  return terms.every(term => folded.includes(foldText(term)));
}

/** The Articles view's filter: facets plus every text term in the article's headline. */
export function matchesQuery(article: Article, query: ParsedQuery, state: ArticleState = NO_STATE): boolean {
  if (!matchesFilters(article, query.filters, state)) return false;
  if (query.terms.length === 0) return true;
  const folded = foldedHeadline(article);
  return query.terms.every(term => folded.includes(foldText(term)));
}
