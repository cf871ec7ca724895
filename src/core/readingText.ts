// The article's reading text: the one string that the renderer, the webview's selection handling and
// annotation anchoring all agree on. Each text-bearing element of the body contributes its text followed by
// "\n"; the renderer tags every element with its `start` offset, so an offset can be turned into a DOM range.
import type { Article, BodyBlock } from './model';

export interface TextSegment {
  /** Offset of the element's first character in the reading text. */
  start: number;
  /** Length of the element's own text (without the trailing "\n"). */
  length: number;
}

export interface ReadingText {
  text: string;
  /** One segment per text-bearing element, in document order (the order the renderer emits them). */
  segments: TextSegment[];
}

/**
 * Order: title, then the body depth first: heading/paragraph/caption text; list item text then its children;
 * table cells row by row; a code block's code.
 */
export function readingText(article: Article): ReadingText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let offset = 0;
  const add = (text: string): void => {
    segments.push({ start: offset, length: text.length });
    parts.push(text, '\n');
    offset += text.length + 1;
  };
  const walk = (blocks: readonly BodyBlock[]): void => {
    for (const block of blocks) {
      switch (block.type) {
        case 'heading':
        case 'paragraph':
        case 'caption':
          add(block.text);
          break;
        case 'list':
          for (const item of block.items) {
            add(item.text);
            walk(item.children);
          }
          break;
        case 'table':
          for (const row of block.rows) for (const cell of row) add(cell);
          break;
        case 'code':
          add(article.codeBlocks[block.codeIndex]?.code ?? '');
          break;
      }
    }
  };
  add(article.title);
  walk(article.body);
  return { text: parts.join(''), segments };
}
