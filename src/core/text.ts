// Small string helpers shared by the parser. Dumps use U+00A0 (no-break space) as freely as spaces.

/** Spaces, tabs and no-break spaces: what "blank" and "indentation" mean in a dump. */
const WHITESPACE = /^[\s\u00a0\u2000-\u200b\u202f\u3000\ufeff]*$/;

export function isBlank(line: string): boolean {
  return WHITESPACE.test(line);
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

/** Trims spaces, tabs and no-break spaces at both ends. */
export function trimAll(line: string): string {
  return line.replace(/^[\s\u00a0\ufeff]+|[\s\u00a0]+$/g, '');
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

/** Splits on LF, CRLF and lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
