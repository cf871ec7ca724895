// Terms for the search index and for queries. Text is folded (lower case, no Latin diacritics: "Sébastien" →
// "sebastien"; Cyrillic keeps its letters, "й" included) and cut into words. Identifiers joined by `.` `_` `-` `/` `:` are kept
// whole as well as split ("s3.Bucket" → "s3.bucket", "s3", "bucket"), so code can be found by exact name.

/** Terms longer than this are noise (hashes, base64, minified code) and are not indexed. */
export const MAX_TERM_LENGTH = 64;

const CONNECTORS = new Set(['.', '_', '-', '/', ':']);
/** 0 = unknown, 1 = word character, 2 = not. Filled lazily for non-ASCII code units. */
const wordCharTable = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  let known = wordCharTable[code];
  if (known === 0) {
    // Surrogates (emoji, rare scripts) count as separators: cheap, and nobody searches for them.
    known = code >= 0xd800 && code <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordCharTable[code] = known;
  }
  return known === 1;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Latin letters with diacritics: "é" is typed as "e". Cyrillic "й" is a letter of its own and stays. */
function isAccentedLatin(code: number): boolean {
  return (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
}

/** Lower case without Latin diacritics; the same folding for indexed text and queries. */
export function foldTerm(term: string): string {
  if (isAscii(term)) return term.toLowerCase();
  let out = '';
  for (const char of term.normalize('NFC')) {
    out += isAccentedLatin(char.charCodeAt(0)) ? char.normalize('NFD').replace(/\p{M}+/gu, '') : char;
  }
  return out.toLowerCase();
}

function hasCombiningMark(term: string): boolean {
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) return true;
  }
  return false;
}

/**
 * Calls `emit` for every term of `text`: each word, and each compound identifier whole (after its parts). With `parts: false` only whole tokens are emitted: queries use that, because a document
 * holding the compound holds its parts too. The text is folded once, not term by term (this is the hot loop
 * of indexing).
 */
export function forEachTerm(text: string, emit: (term: string) => void, parts = true): void {
  const prepared = foldForTerms(text);
  forEachTermBetween(prepared, 0, prepared.folded.length, emit, parts);
}

/** A text folded once for forEachTermBetween. */
export interface FoldedText {
  folded: string;
  ascii: boolean;
}

export function foldForTerms(text: string): FoldedText {
  const ascii = isAscii(text);
  return { folded: ascii ? text.toLowerCase() : foldSameLength(text), ascii };
}

/**
 * forEachTerm over folded[from, to), so that a long text can be tokenized piece by piece with pauses in
 * between. The same terms as in one go when the pieces end where pieceEnd says.
 */
export function forEachTermBetween(text: FoldedText, from: number, to: number, emit: (term: string) => void, parts = true): void {
  const { folded, ascii } = text;
  // Decomposed accents ("e" + U+0301) survive same-length folding; fold such rare terms properly.
  const term = (start: number, end: number) => {
    const slice = folded.slice(start, end);
    return !ascii && hasCombiningMark(slice) ? foldTerm(slice) : slice;
  };
  const length = to;
  let i = from;
  while (i < length) {
    while (i < length && !isWordChar(folded.charCodeAt(i))) i++;
    if (i >= length) break;
    const start = i;
    while (i < length && isWordChar(folded.charCodeAt(i))) i++;
    const firstEnd = i;
    let words = 1;
    // A single connector between two words continues the compound ("s3.Bucket", "aws_iam_role").
    while (i + 1 < length && CONNECTORS.has(folded[i]) && isWordChar(folded.charCodeAt(i + 1))) {
      const partStart = ++i;
      while (i < length && isWordChar(folded.charCodeAt(i))) i++;
      words++;
      if (parts && i - partStart <= MAX_TERM_LENGTH) emit(term(partStart, i));
    }
    if (words === 1 || parts) {
      if (firstEnd - start <= MAX_TERM_LENGTH) emit(term(start, firstEnd));
    }
    if (words > 1 && i - start <= MAX_TERM_LENGTH) emit(term(start, i));
  }
}

/**
 * Where a piece of about `size` code units starting at `from` may end: at an ASCII character that is neither
 * part of a word nor a connector (a space, a bracket, a semicolon…), which no term spans, or at the end.
 */
export function pieceEnd(text: FoldedText, from: number, size: number): number {
  const { folded } = text;
  for (let i = from + size; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code < 128 && !isWordChar(code) && !CONNECTORS.has(folded[i])) return i;
  }
  return folded.length;
}

export function terms(text: string, parts = true): string[] {
  const out: string[] = [];
  forEachTerm(text, term => out.push(term), parts);
  return out;
}

const UTF16 = new TextDecoder('utf-16le');
const ACCENTED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/g;

/** Per code unit: its folded code unit (0 = not computed yet). */
const foldTable = new Uint16Array(65536);

function foldCodeUnit(code: number): number {
  let folded = foldTable[code];
  if (folded === 0) {
    const char = String.fromCharCode(code);
    // Surrogate halves stay as they are; anything folding to several units keeps its first one ("İ" → "i").
    folded = code >= 0xd800 && code <= 0xdfff ? code : (foldTerm(char) || char).charCodeAt(0);
    foldTable[code] = folded;
  }
  return folded;
}

/**
 * The text folded like terms are, one code unit for one code unit, so offsets found in the folded text are
 * offsets in the original (snippets, the reader's highlight).
 */
export function foldSameLength(text: string): string {
  const lower = text.toLowerCase();
  // Usual case: lower-casing kept the length (it does for Latin, Cyrillic, Greek…); only accents remain.
  if (lower.length === text.length) return lower.replace(ACCENTED_LATIN, char => String.fromCharCode(foldCodeUnit(char.charCodeAt(0))));
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldCodeUnit(text.charCodeAt(i));
  return UTF16.decode(units);
}
