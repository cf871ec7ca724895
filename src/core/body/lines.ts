// The line model of an article body: blank or not, indentation, list marker, and the text that remains.
import { isBlank, leadingSpaces, trimAll } from '../text';

export interface ListMarker {
  ordered: boolean;
  marker: string;
  /** Columns before the marker: 2 for a top-level item, 4 for a nested one… */
  indent: number;
  /** The item's text after the marker. */
  content: string;
}

export interface BodyLine {
  /** 0-based index of the line in the file. */
  index: number;
  raw: string;
  blank: boolean;
  /** Leading plain spaces. */
  indent: number;
  /** The line without leading/trailing whitespace (no-break spaces included). */
  text: string;
  /** Always present (undefined when the line is no list item): one object shape for every line keeps the code
   * that reads lines monomorphic, which spares V8 deoptimising and recompiling it while a file is parsed. */
  list: ListMarker | undefined;
}

const RANKED_DATA = /^[\d.,]+\s*(?:%|ms|s|µs|[kKMG]i?B)?\s+[\w$<>]+(?:\.[\w$<>]+)+$/;

export function toBodyLine(raw: string, index: number): BodyLine {
  const blank = isBlank(raw);
  return {
    index, raw, blank,
    indent: blank ? 0 : leadingSpaces(raw),
    text: blank ? '' : trimAll(raw),
    list: blank ? undefined : listMarkerOf(raw),
  };
}

/**
 * "  • text", "◦ text" (bullets • ▪ ◦ ‣ ⁃ ∙) and "1. text", "2) text": spaces, the marker, a space or no-break
 * space, then the item's text. Read with character codes: most lines start with neither and cost one comparison.
 */
function listMarkerOf(raw: string): ListMarker | undefined {
  let at = 0;
  while (at < raw.length && raw.charCodeAt(at) === 32) at++;
  const first = raw.charCodeAt(at);
  let markerEnd: number;
  let ordered: boolean;
  if (first === 0x2022 || first === 0x25aa || first === 0x25e6 || first === 0x2023 || first === 0x2043 || first === 0x2219) {
    markerEnd = at + 1;
    ordered = false;
  } else if (first >= 48 && first <= 57) {
    markerEnd = at + 1;
    while (markerEnd < raw.length && markerEnd - at < 3 && isDigit(raw.charCodeAt(markerEnd))) markerEnd++;
    const mark = raw.charCodeAt(markerEnd);
    if (mark !== 46 && mark !== 41) return undefined; // . )
    markerEnd++;
    ordered = true;
  } else {
    return undefined;
  }
  const after = raw.charCodeAt(markerEnd);
  if (after !== 32 && after !== 0xa0) return undefined;
  // The item's text runs to the end of the line; a line or paragraph separator inside it makes it no item.
  const rest = raw.slice(markerEnd + 1);
  if (hasLineBreak(rest)) return undefined;
  const content = trimAll(rest);
  if (!content) return undefined;
  const marker = raw.slice(at, markerEnd);
  if (!ordered) return { ordered, marker, indent: at, content };
  if (at === 0) {
    // At column 0 a "7. host.example.net" line is numbered program output (traceroute), not a list.
    if (!/\s/.test(content)) return undefined;
    if (/^\(.*\)$/.test(content)) return undefined;
    // Nor is a ranked row of measurements ("1. 38.2% io.netty.Handler.write"): data, no prose words.
    if (RANKED_DATA.test(content)) return undefined;
  }
  return { ordered, marker, indent: at, content };
}

/**
 * What ends a line for a regex's "." (the list patterns this code replaced ran to the end with "(.*)$"). Four
 * native searches, not a regex: one regex call cost as much as all four, and every list item is checked.
 */
function hasLineBreak(text: string): boolean {
  return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
