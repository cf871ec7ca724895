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

const BULLET = /^( *)([•▪◦‣⁃∙]) *[ \u00a0](.*)$/;
const RANKED_DATA = /^[\d.,]+\s*(?:%|ms|s|µs|[kKMG]i?B)?\s+[\w$<>]+(?:\.[\w$<>]+)+$/;
const NUMBERED = /^( *)(\d{1,3}[.)]) *[ \u00a0](.*)$/;

export function toBodyLine(raw: string, index: number): BodyLine {
  const blank = isBlank(raw);
  return {
    index, raw, blank,
    indent: blank ? 0 : leadingSpaces(raw),
    text: blank ? '' : trimAll(raw),
    list: blank ? undefined : listMarkerOf(raw),
  };
}

function listMarkerOf(raw: string): ListMarker | undefined {
  // Most lines start with neither a bullet nor a digit: skip both patterns for them.
  let at = 0;
  while (at < raw.length && raw.charCodeAt(at) === 32) at++;
  const first = raw.charCodeAt(at);
  if (!(first >= 48 && first <= 57) && !(first >= 0x2022 && first <= 0x25e6)) return undefined;
  const bullet = BULLET.exec(raw);
  if (bullet && trimAll(bullet[3]).length > 0) {
    return { ordered: false, marker: bullet[2], indent: bullet[1].length, content: trimAll(bullet[3]) };
  }
  const numbered = NUMBERED.exec(raw);
  if (numbered) {
    const content = trimAll(numbered[3]);
    if (!content) return undefined;
    // At column 0 a "7. host.example.net" line is numbered program output (traceroute), not a list.
    if (numbered[1].length === 0 && !/\s/.test(content)) return undefined;
    if (numbered[1].length === 0 && /^\(.*\)$/.test(content)) return undefined;
    // Nor is a ranked row of measurements ("1. 38.2% io.netty.Handler.write"): data, no prose words.
    if (numbered[1].length === 0 && RANKED_DATA.test(content)) return undefined;
    return { ordered: true, marker: numbered[2], indent: numbered[1].length, content };
  }
  return undefined;
}
