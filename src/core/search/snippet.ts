// Where a result matched: a short excerpt of the article around the first match, and the matched text as it
// appears in the article (the reader scrolls to and highlights it).
import type { Article } from '../model';
import { readingText, type TextSegment } from '../readingText';
import { foldSameLength } from './tokens';

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

/** A pattern finding any of the (folded) terms at the start of a word, in folded text. */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  const distinct = [...new Set(terms.filter(term => term !== ''))].sort((a, b) => b.length - a.length);
  if (distinct.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${distinct.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'u');
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
    const global = new RegExp(pattern.source, 'gu');
    const folded = foldSameLength(text);
    for (let match = global.exec(folded); match; match = global.exec(folded)) {
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
