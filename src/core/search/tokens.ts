// Terms for the search index and for queries. Text is folded (lower case, no diacritics: "Sébastien" →
// "sebastien"; Cyrillic stays Cyrillic) and cut into words. Identifiers joined by `.` `_` `-` `/` `:` are kept
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

/** Lower case without diacritics; the same folding for indexed text and queries. */
export function foldTerm(term: string): string {
  return isAscii(term) ? term.toLowerCase() : term.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Calls `emit` for every term of `text`, in order: each word, and each compound identifier whole (before
 * its parts). With `parts: false` only whole tokens are emitted: queries use that, because a document
 * holding the compound holds its parts too.
 */
export function forEachTerm(text: string, emit: (term: string) => void, parts = true): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= length) break;
    const start = i;
    const wordEnds: number[] = [];
    const wordStarts: number[] = [start];
    for (;;) {
      while (i < length && isWordChar(text.charCodeAt(i))) i++;
      wordEnds.push(i);
      // A single connector between two words continues the compound ("s3.Bucket", "aws_iam_role").
      if (i + 1 < length && CONNECTORS.has(text[i]) && isWordChar(text.charCodeAt(i + 1))) {
        i++;
        wordStarts.push(i);
        continue;
      }
      break;
    }
    if (wordStarts.length > 1 && i - start <= MAX_TERM_LENGTH) emit(foldTerm(text.slice(start, i)));
    if (wordStarts.length === 1 || parts) {
      for (let w = 0; w < wordStarts.length; w++) {
        if (wordEnds[w] - wordStarts[w] <= MAX_TERM_LENGTH) emit(foldTerm(text.slice(wordStarts[w], wordEnds[w])));
      }
    }
  }
}

export function terms(text: string, parts = true): string[] {
  const out: string[] = [];
  forEachTerm(text, term => out.push(term), parts);
  return out;
}

/**
 * The folded text with, for every folded code unit, the offset of the original code unit it came from, so a
 * match found in folded text can be mapped back (for snippets and the reader's highlight).
 */
export function foldWithOffsets(text: string): { folded: string; offsets: Uint32Array | undefined } {
  if (isAscii(text)) return { folded: text.toLowerCase(), offsets: undefined };
  const pieces: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let piece: string;
    if (code < 128) piece = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      piece = text.slice(i, i + 2);
      pieces.push(piece);
      offsets.push(i, i);
      i++;
      continue;
    } else piece = foldTerm(text[i]);
    pieces.push(piece);
    for (let k = 0; k < piece.length; k++) offsets.push(i);
  }
  return { folded: pieces.join(''), offsets: Uint32Array.from(offsets) };
}
