// Finding an annotation's place in an article's reading text (core/readingText.ts) after the text may have
// changed. A quote is located exactly when it still occurs (repeats told apart by prefix, suffix and position),
// otherwise approximately with bounded errors; what cannot be placed is reported as an orphan, never dropped.
import approxSearch from 'approx-string-match';

/** What an annotation remembers about its place: the quote, its surroundings and where it last was. */
export interface QuoteSelector {
  quote: string;
  prefix?: string;
  suffix?: string;
  /** Offset where the quote was last found: breaks ties between equally good candidates. */
  start?: number;
}

export interface AnchorTarget extends QuoteSelector {
  id: string;
}

export interface AnchoredRange {
  id: string;
  /** Offsets into the reading text, end exclusive. */
  start: number;
  end: number;
  /** True when the quote was found only approximately (the text around it or inside it changed). */
  fuzzy?: boolean;
}

export interface AnchorResult<T extends AnchorTarget> {
  anchored: AnchoredRange[];
  /** Annotations whose quote can no longer be found, in input order. */
  orphans: T[];
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1; 1 = the quote, prefix and suffix all match exactly at the remembered position. */
  score: number;
  fuzzy: boolean;
}

/** How many characters of context are kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

// Relative weight of each clue when ranking candidates: the quote dominates, context separates repeats,
// position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** The quote and context to store for the range [start, end) of `text`. */
export function quoteSelector(text: string, start: number, end: number): Required<QuoteSelector> & { end: number } {
  const from = clamp(Math.min(start, end), 0, text.length);
  const to = clamp(Math.max(start, end), 0, text.length);
  return {
    quote: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
    suffix: text.slice(to, to + CONTEXT_LENGTH),
    start: from,
    end: to,
  };
}

/** The most likely place of one quote in `text`, or undefined when it cannot be found. */
export function anchorQuote(text: string, selector: QuoteSelector): QuoteMatch | undefined {
  const { quote } = selector;
  if (!quote) return undefined;
  const hint = selector.start ?? 0;
  if (text.startsWith(quote, hint) && contextMatchesExactly(text, selector, hint)) {
    return { start: hint, end: hint + quote.length, score: 1, fuzzy: false };
  }

  let best: QuoteMatch | undefined;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const score = candidateScore(text, selector, at, at + quote.length, 0);
    if (!best || score > best.score) best = { start: at, end: at + quote.length, score, fuzzy: false };
  }
  if (best) return best;

  const maxErrors = maxQuoteErrors(quote);
  if (maxErrors === 0) return undefined;
  // Edits are usually local: look near the remembered position first, and accept what is found there when it
  // is a close match; otherwise search the whole text.
  const from = Math.max(0, hint - NEARBY_CHARS);
  const to = Math.min(text.length, hint + quote.length + NEARBY_CHARS);
  if (from > 0 || to < text.length) {
    const nearby = bestFuzzy(text, selector, approxSearch(text.slice(from, to), quote, maxErrors), from);
    if (nearby && nearby.errors <= quote.length / 4) return snapToContext(text, selector, nearby.match, maxErrors);
  }
  const anywhere = bestFuzzy(text, selector, approxSearch(text, quote, maxErrors), 0)?.match;
  return anywhere && snapToContext(text, selector, anywhere, maxErrors);
}

/** Shorter context (near the start or end of an article) is too common a string to snap to. */
const MIN_SNAP_CONTEXT = 8;

/**
 * An approximate match can leave out changed text at the quote's edges (dropping it costs no more errors than
 * matching it). Where the remembered prefix or suffix still stands right next to the match, the quote extends
 * to it, so that the highlight covers the corrected words too.
 */
function snapToContext(text: string, selector: QuoteSelector, match: QuoteMatch, slack: number): QuoteMatch {
  let { start, end } = match;
  const prefix = selector.prefix ?? '';
  if (prefix.length >= MIN_SNAP_CONTEXT) {
    const at = text.lastIndexOf(prefix, start);
    if (at !== -1 && Math.abs(at + prefix.length - start) <= slack) start = at + prefix.length;
  }
  const suffix = selector.suffix ?? '';
  if (suffix.length >= MIN_SNAP_CONTEXT) {
    const at = text.indexOf(suffix, Math.max(start, end - slack));
    if (at !== -1 && Math.abs(at - end) <= slack) end = at;
  }
  return start < end ? { ...match, start, end } : match;
}

/** How far from its remembered position a changed quote is first looked for. */
const NEARBY_CHARS = 2000;

function bestFuzzy(
  text: string, selector: QuoteSelector, matches: { start: number; end: number; errors: number }[], offset: number,
): { match: QuoteMatch; errors: number } | undefined {
  let best: { match: QuoteMatch; errors: number } | undefined;
  for (const { start, end, errors } of matches) {
    const score = candidateScore(text, selector, start + offset, end + offset, errors);
    if (!best || score > best.match.score) best = { match: { start: start + offset, end: end + offset, score, fuzzy: true }, errors };
  }
  return best;
}

/** Places every annotation in `text`; those that cannot be placed come back as orphans. */
export function anchorAll<T extends AnchorTarget>(text: string, annotations: readonly T[]): AnchorResult<T> {
  const anchored: AnchoredRange[] = [];
  const orphans: T[] = [];
  for (const annotation of annotations) {
    const match = anchorQuote(text, annotation);
    if (!match) {
      orphans.push(annotation);
      continue;
    }
    const range: AnchoredRange = { id: annotation.id, start: match.start, end: match.end };
    if (match.fuzzy) range.fuzzy = true;
    anchored.push(range);
  }
  return { anchored, orphans };
}

/** Errors tolerated when matching a quote approximately: up to half of it, at most 256. */
export function maxQuoteErrors(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 2));
}

function candidateScore(text: string, selector: QuoteSelector, start: number, end: number, errors: number): number {
  const quoteScore = 1 - errors / selector.quote.length;
  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  const prefixScore = prefix ? contextScore(text.slice(Math.max(0, start - prefix.length), start), prefix) : 1;
  const suffixScore = suffix ? contextScore(text.slice(end, end + suffix.length), suffix) : 1;
  const hint = selector.start ?? 0;
  const positionScore = text.length ? 1 - Math.abs(start - hint) / text.length : 1;
  return (
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * prefixScore +
    SUFFIX_WEIGHT * suffixScore +
    POSITION_WEIGHT * positionScore
  ) / TOTAL_WEIGHT;
}

/** How well the text next to a candidate resembles the remembered context (1 = identical). */
function contextScore(actual: string, expected: string): number {
  if (actual === expected) return 1;
  if (!actual) return 0;
  const matches = approxSearch(actual, expected, expected.length);
  const errors = matches.length ? Math.min(...matches.map(m => m.errors)) : expected.length;
  return 1 - errors / expected.length;
}

function contextMatchesExactly(text: string, selector: QuoteSelector, start: number): boolean {
  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  const end = start + selector.quote.length;
  return start >= prefix.length && text.slice(start - prefix.length, start) === prefix && text.startsWith(suffix, end);
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
