// The opening of an article: the text that decides its topics and natural language. Shared by the full
// parser and by anything that needs those facets before (or without) parsing the whole body.
import { isBlank, trimAll } from './text';

/** Topics and natural language are decided by the opening of the text; long articles are not scanned whole. */
export const OPENING_CHARS = 2500;

/** The first non-blank lines, trimmed, joined by newlines, until OPENING_CHARS is reached. */
export function openingText(lines: Iterable<string>): string {
  const parts: string[] = [];
  let length = 0;
  for (const raw of lines) {
    if (isBlank(raw)) continue;
    const text = trimAll(raw);
    parts.push(text);
    length += text.length + 1;
    if (length >= OPENING_CHARS) break;
  }
  return parts.join('\n');
}
