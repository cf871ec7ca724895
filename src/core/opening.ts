// The opening of an article: the text that decides its topics and natural language. Shared by the full
// parser and by anything that needs those facets before (or without) parsing the whole body.
import { keepShapeOf } from './shapes';
import { isBlank, trimAll } from './text';

/** Topics and natural language are decided by the opening of the text; long articles are not scanned whole. */
export const OPENING_CHARS = 2500;

/**
 * The opening, built a line at a time (the full parse from its body lines, the headline pass as it decodes
 * them): the first non-blank lines, trimmed, joined by newlines, until OPENING_CHARS is reached.
 */
export class Opening {
  private readonly parts: string[] = [];
  private length = 0;

  /** Takes the next line; true once the opening is complete (later lines are not needed). */
  add(raw: string): boolean {
    if (isBlank(raw)) return false;
    const text = trimAll(raw);
    this.parts.push(text);
    this.length += text.length + 1;
    return this.length >= OPENING_CHARS;
  }

  text(): string {
    return this.parts.join('\n');
  }
}

keepShapeOf(new Opening());
