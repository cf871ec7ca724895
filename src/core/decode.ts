// Bytes → text for dump files: BOMs, strict UTF-8, UTF-16 without BOM, legacy single-byte code pages.
// Pure: no fs, so the extension can hand over bytes it read through vscode.workspace.fs.
import type * as LegacyDecoders from './legacyDecoders';

export type DecodeResult = { text: string; encoding: string } | { error: string };

/** How many bytes the charset detector looks at: enough for a confident guess, cheap on 100 MB files. */
const DETECTION_SAMPLE = 64 * 1024;
/** NULs are checked in this prefix: a text dump has none, a binary file has many early on. */
const BINARY_SNIFF = 8 * 1024;

export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strictUtf8(bytes.subarray(3)) ?? { error: 'The file starts with a UTF-8 byte order mark but is not valid UTF-8.' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv().decode(toBuffer(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv().decode(toBuffer(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  }
  // UTF-16 without a BOM shows NULs early on, as binary files do; most files have none there, and then neither
  // check needs to read byte by byte.
  if (hasNul(bytes)) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return { text: iconv().decode(toBuffer(bytes), utf16), encoding: utf16 };
    return { error: 'This looks like a binary file (it contains NUL bytes), not a text dump of articles.' };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8) return utf8;
  return legacy(bytes);
}

// The code-page libraries are loaded on first use (legacyDecoders.ts): most dumps are UTF-8, and loading both
// took ≈ 20 ms of every cold start (the CLI, the parse worker), jschardet most of it.
let legacyDecoders: typeof LegacyDecoders | undefined;

function decoders(): typeof LegacyDecoders {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (legacyDecoders ??= require('./legacyDecoders') as typeof LegacyDecoders);
}

function iconv(): typeof LegacyDecoders.iconvLite {
  return decoders().iconvLite;
}

function jschardet(): typeof LegacyDecoders.jschardet {
  return decoders().jschardet;
}

function strictUtf8(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return undefined;
  }
}

/** Not UTF-8, no NULs: a single-byte code page such as Windows-1251 (Bulgarian) or Windows-1252. */
function legacy(bytes: Uint8Array): DecodeResult {
  const sample = toBuffer(bytes.subarray(0, DETECTION_SAMPLE));
  const guess = jschardet().detect(sample);
  let encoding = normalizeName(guess.encoding ?? '');
  // Short Western text gives weak guesses (cp437 for "café"); Cyrillic code pages are recognised early.
  const confident = guess.confidence >= 0.5 || (CYRILLIC_PAGES.has(encoding) && guess.confidence >= 0.2);
  if (!confident || !encoding || !iconv().encodingExists(encoding) || /^(ascii|utf-?8)$/i.test(encoding)) encoding = 'windows-1252';
  const text = iconv().decode(toBuffer(bytes), encoding);
  return { text, encoding };
}

const CYRILLIC_PAGES = new Set(['windows-1251', 'koi8-r', 'iso-8859-5', 'maccyrillic', 'ibm866', 'x-mac-cyrillic']);

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/^windows-?/, 'windows-');
}

/** UTF-16 text without a BOM shows as NULs in every other byte (ASCII-range characters). */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, BINARY_SNIFF) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** A native search: a loop of our own was compiled again by V8 for every file of a short run. */
function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_SNIFF).indexOf(0) !== -1;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
