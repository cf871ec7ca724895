// Decodes large files in slices with pauses between them. Plain UTF-8 (the common case) is streamed through a
// fatal TextDecoder; anything else (BOMs, UTF-16, binary, legacy code pages) goes to core's decode at once,
// which knows those cases. Pure (no `vscode`).
import { decode, type DecodeResult } from '../core/decode';

const SLICE_BYTES = 4 * 1024 * 1024;
const SNIFF_BYTES = 8 * 1024;

function needsCoreDecode(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export async function decodeInSlices(bytes: Uint8Array, pause: () => Promise<void>): Promise<DecodeResult> {
  if (bytes.length <= SLICE_BYTES || needsCoreDecode(bytes)) return decode(bytes);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  try {
    for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
      const end = Math.min(at + SLICE_BYTES, bytes.length);
      parts.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
      await pause();
    }
  } catch {
    return decode(bytes); // not UTF-8 after all: a legacy code page
  }
  return { text: parts.join(''), encoding: 'utf-8' };
}
