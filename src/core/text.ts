// Small string helpers shared by the parser. Dumps use U+00A0 (no-break space) as freely as spaces.

export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isSpace(line.charCodeAt(i))) return false;
  return true;
}

/** Leading plain spaces (list nesting is expressed with two spaces per level; tabs count four). */
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

/** Splits on LF, CRLF and lone CR (a plain "\n" split, much faster, when there is no CR). */
export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}
