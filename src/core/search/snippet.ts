// Where a result matched: a short excerpt of the article around the first match, and the matched text as it
// appears in the article (the reader scrolls to and highlights it).
import type { Article } from '../model';
import { readingText } from '../readingText';
import { foldWithOffsets } from './tokens';

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
  let firstBody: string | undefined;
  let titleMatch: string | undefined;
  for (let s = 0; s < segments.length; s++) {
    const segment = text.slice(segments[s].start, segments[s].start + segments[s].length);
    if (s > 0 && firstBody === undefined && segment.trim() !== '') firstBody = segment;
    if (!pattern) {
      if (firstBody !== undefined) break;
      continue;
    }
    const { folded, offsets } = foldWithOffsets(segment);
    const match = pattern.exec(folded);
    if (!match) continue;
    const start = offsets ? offsets[match.index] : match.index;
    const endFolded = match.index + match[0].length;
    const end = offsets ? (endFolded < offsets.length ? offsets[endFolded] : segment.length) : endFolded;
    const highlight = segment.slice(start, end);
    // The title is shown anyway; a snippet from the body says more.
    if (s === 0) {
      titleMatch = highlight;
      continue;
    }
    return { snippet: excerpt(segment, start, end), highlight };
  }
  return { snippet: firstBody === undefined ? '' : excerpt(firstBody, 0, 0), highlight: titleMatch };
}
