// Where a result matched: a short excerpt of the article around the first match, and the matched text as it
// appears in the article (the reader scrolls to and highlights it).
import type { Article } from '../model';
import { readingText, type TextSegment } from '../readingText';
import { foldTerm } from './tokens';

export interface MatchLocation {
  snippet: string;
  /** The first matching text exactly as in the article; undefined when only metadata matched. */
  highlight?: string;
}

const BEFORE = 50;
const AFTER = 110;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Base Latin letter → a character class of it and its accented forms ("e" → "[eéèêë…]"). */
let accentClasses: Map<string, string> | undefined;

function accentClass(char: string): string {
  if (!accentClasses) {
    const variants = new Map<string, string[]>();
    for (let code = 0xc0; code <= 0x24f; code++) add(code);
    for (let code = 0x1e00; code <= 0x1eff; code++) add(code);
    accentClasses = new Map([...variants].map(([base, chars]) => [base, `[${base}${chars.join('')}]`]));
    function add(code: number): void {
      const char = String.fromCharCode(code);
      const base = foldTerm(char);
      if (base.length !== 1 || base === char.toLowerCase() || !/[a-z]/.test(base)) return;
      variants.set(base, [...(variants.get(base) ?? []), char.toLowerCase()]);
    }
  }
  return accentClasses.get(char) ?? escapeRegExp(char);
}

/**
 * A pattern finding any of the (folded) index terms as whole words in the article's own text: case
 * insensitive, and each Latin letter also matches its accented forms, so no folded copy of the text is needed.
 */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  const distinct = [...new Set(terms.filter(term => term !== ''))].sort((a, b) => b.length - a.length);
  if (distinct.length === 0) return undefined;
  const alternatives = distinct.map(term => [...term].map(accentClass).join(''));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts `text` around [start, end) at word boundaries, marking cut ends with an ellipsis. */
function excerpt(text: string, start: number, end: number): string {
  let from = Math.max(0, start - BEFORE);
  let to = Math.min(text.length, end + AFTER);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return `${from > 0 ? '… ' : ''}${oneLine(text.slice(from, to))}${to < text.length ? ' …' : ''}`;
}

export function locateMatch(article: Article, pattern: RegExp | undefined): MatchLocation {
  const { text, segments } = readingText(article);
  const segmentAt = (offset: number) => {
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (segments[middle].start <= offset) low = middle;
      else high = middle - 1;
    }
    return segments[low];
  };
  const title = article.title.trim();
  const isTitle = (segment: TextSegment) => segment.length === article.title.length && text.slice(segment.start, segment.start + segment.length).trim() === title;
  let titleMatch: string | undefined;
  if (pattern) {
    const global = new RegExp(pattern.source, 'giu');
    for (let match = global.exec(text); match; match = global.exec(text)) {
      const segment = segmentAt(match.index);
      const end = Math.min(match.index + match[0].length, segment.start + segment.length);
      const highlight = text.slice(match.index, end);
      // The title is shown anyway (and many dumps repeat it as the first heading); the body says more.
      if (segment === segments[0] || isTitle(segment)) {
        titleMatch ??= highlight;
        global.lastIndex = segment.start + segment.length;
        continue;
      }
      const own = text.slice(segment.start, segment.start + segment.length);
      return { snippet: excerpt(own, match.index - segment.start, end - segment.start), highlight };
    }
  }
  const first = segments.slice(1).find(segment => !isTitle(segment) && text.slice(segment.start, segment.start + segment.length).trim() !== '');
  const opening = first ? text.slice(first.start, first.start + first.length) : '';
  return { snippet: opening ? excerpt(opening, 0, 0) : '', highlight: titleMatch };
}
