// "Nikos Tragaras, Raphaël Afanyan", "A and B", "A, B, and C" → one name each. Commas or "and" inside
// parentheses or quotes belong to the name ("Channy Yun (윤석찬)", 'Michael "Monty" Widenius').

/** After a space outside brackets and quotes: "and " or "& " joins two names. */
const CONJUNCTION = /(?:and|&)\s+/iy;
const LEADING_CONJUNCTION = /^(?:and|&)\s+/i;

/**
 * One pass of character codes; a name is the text between two separators (a comma or semicolon, or a space
 * followed by a conjunction), so it is sliced, not built a character at a time (that, a closure and a regex per
 * character made this one of the parser's larger jobs for the optimising compiler, for one call per article).
 */
export function splitAuthors(author: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inQuote = false;
  let start = 0; // where the current name starts
  for (let i = 0; i < author.length; i++) {
    const c = author.charCodeAt(i);
    if (c === 40 || c === 91) depth++; // ( [
    else if ((c === 41 || c === 93) && depth > 0) depth--; // ) ]
    else if (c === 34 || c === 0x201c || c === 0x201d) inQuote = c === 0x201c ? true : c === 0x201d ? false : !inQuote; // " “ ”
    if (depth !== 0 || inQuote) continue;
    if (c === 44 || c === 59) { // , ;
      addName(parts, author.slice(start, i));
      start = i + 1;
      continue;
    }
    if (isRegExpSpace(c)) {
      CONJUNCTION.lastIndex = i + 1;
      const conjunction = CONJUNCTION.exec(author);
      if (conjunction) {
        addName(parts, author.slice(start, i));
        i += conjunction[0].length;
        start = i + 1;
      }
    }
  }
  addName(parts, author.slice(start));
  if (parts.length > 0) return parts;
  const whole = author.trim();
  return whole ? [whole] : [];
}

function addName(parts: string[], text: string): void {
  const name = text.trim().replace(LEADING_CONJUNCTION, '').trim();
  if (name) parts.push(name);
}

/** What /\s/ matches in one UTF-16 code unit. */
function isRegExpSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
