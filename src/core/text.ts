// Small string helpers shared by the parser. Dumps use U+00A0 (no-break space) as freely as spaces.

import { keepShapeOf } from './shapes';

export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isSpace(line.charCodeAt(i))) return false;
  return true;
}

/** Leading plain spaces (list nesting is expressed with two spaces per level; tabs count four). */
/**
 * The line without its first `columns` columns of indentation, counted as leadingSpaces counts them (a tab is four): a
 * tab that spans the cut leaves the columns past it as spaces. Slicing by characters instead cut into the code of
 * tab-indented lines ("\tint fd" → " fd").
 */
export function dropColumns(line: string, columns: number): string {
  let i = 0;
  let n = 0;
  while (i < line.length && n < columns) {
    const c = line.charCodeAt(i);
    if (c === 32) n++;
    else if (c === 9) n += 4;
    else break;
    i++;
  }
  return n > columns ? ' '.repeat(n - columns) + line.slice(i) : line.slice(i);
}

export function leadingSpaces(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) n++;
    else if (c === 9) n += 4;
    else break;
  }
  return n;
}

/** Trims spaces, tabs, no-break spaces (and a stray BOM at the start) at both ends. */
export function trimAll(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isSpace(line.charCodeAt(start))) start++;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xfeff
    || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x85;
}

/** Words = runs of non-spaces (Article.wordCount): one more than the runs of spaces in a line's text, which is
 * trimmed (no space is its last character). Counted with indexOf, native and faster than a character loop: a
 * space whose next space is not right after it ends a run. */
export function countWords(text: string): number {
  if (text.length === 0) return 0;
  let count = 1;
  for (let at = text.indexOf(' '); at >= 0;) {
    const next = text.indexOf(' ', at + 1);
    if (next !== at + 1) count++;
    at = next;
  }
  return count;
}

/** Removes up to `count` columns of leading whitespace (spaces, tabs, no-break spaces). */
export function dedent(line: string, count: number): string {
  let i = 0;
  let removed = 0;
  while (i < line.length && removed < count) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 0xa0) removed += 1;
    else if (c === 9) removed += 4;
    else break;
    i++;
  }
  return line.slice(i);
}

/** Lines indexed per call of a LineIndex scan (why in runs: above scanLineFeeds). */
const LINES_PER_SCAN = 4096;

/**
 * Where each line of a text starts and ends (LF, CRLF and lone CR end lines), without making the lines: the
 * parser makes a line's string when it reads the line, so a dump's lines never all exist at once (a 100 MB
 * dump has a million of them; as an array of strings they took most of an extra 0.8x the input in memory).
 */
export class LineIndex {
  private count: number;
  private starts: Int32Array;
  private ends: Int32Array;

  constructor(readonly text: string) {
    this.starts = new Int32Array(1024);
    this.ends = new Int32Array(1024);
    this.count = 0;
    const crlf = text.includes('\r');
    let start = 0;
    while (start !== -1) start = crlf ? this.scanAnyEnds(start) : this.scanLineFeeds(start);
  }

  // The scan runs in runs of at most LINES_PER_SCAN lines: a loop over a whole file in one call is compiled on
  // the spot (on-stack replacement) and again in full on the next file (6-13 ms each time); a method called
  // once per run is optimised once, while the first file is read, like any other hot function.

  /** Indexes up to LINES_PER_SCAN lines ended by LF from `start`; where the next run starts, or -1 at the end. */
  private scanLineFeeds(start: number): number {
    const text = this.text;
    for (let n = 0; n < LINES_PER_SCAN; n++) {
      const at = text.indexOf('\n', start);
      if (at === -1) {
        this.push(start, text.length);
        return -1;
      }
      this.push(start, at);
      start = at + 1;
    }
    return start;
  }

  /** As scanLineFeeds, for text where CR and CRLF end lines too. */
  private scanAnyEnds(start: number): number {
    const text = this.text;
    let lines = 0;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.push(start, i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      if (++lines === LINES_PER_SCAN) return start;
    }
    this.push(start, text.length);
    return -1;
  }

  /** A method, not a closure made per text: a new closure per file changed the call target and deoptimised. */
  private push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  /** How many lines. */
  get length(): number {
    return this.count;
  }

  /** The line's text without its line end. */
  line(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  lineLength(i: number): number {
    return this.ends[i] - this.starts[i];
  }

  /** True when line i starts with `prefix` (no string is made for the line). */
  lineStartsWith(i: number, prefix: string): boolean {
    const start = this.starts[i];
    if (prefix.length === 0) return true;
    return this.ends[i] - start >= prefix.length && this.text.charCodeAt(start) === prefix.charCodeAt(0) && this.text.startsWith(prefix, start);
  }

  isBlank(i: number): boolean {
    const text = this.text;
    for (let k = this.starts[i]; k < this.ends[i]; k++) if (!isSpace(text.charCodeAt(k))) return false;
    return true;
  }
}

keepShapeOf(new LineIndex(''));

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
