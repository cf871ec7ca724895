// Parses a dump a few posts at a time so that a 100 MB file never holds the extension host for long: the text
// is cut at post boundaries (cheap string scanning, no line array), each piece is parsed on its own, and line
// numbers are shifted back to the file's. Pure (no `vscode`): unit tests check it equals a whole-file parse.
import type { Article, BodyBlock, ParsedFile } from '../core/model';

const MARKER = 'Post Syndicated from ';
/** How far above the "Post Syndicated" line the title may sit (the parser's own lookback). */
const TITLE_LOOKBACK_LINES = 4;

/** A line that marks the text as a dump; files without one are not article dumps. */
const SYNDICATED_LINE = /^Post Syndicated from .* original \S+\s*$/m;

export function looksLikeDump(text: string): boolean {
  return SYNDICATED_LINE.test(text);
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && c !== 0xfeff && !(c >= 0x2000 && c <= 0x200b) && c !== 0x202f && c !== 0x3000) return false;
  }
  return true;
}

/**
 * Character offsets where posts start (their title lines). Cutting there keeps every post with its title,
 * author line and whole body; the text before the first start is the preamble.
 */
export function postStarts(text: string): number[] {
  const starts: number[] = [];
  let floor = 0;
  for (let at = text.indexOf('\n' + MARKER); at !== -1; at = text.indexOf('\n' + MARKER, at + 1)) {
    const lineStart = at + 1;
    const lineEnd = text.indexOf('\n', lineStart);
    if (!SYNDICATED_LINE.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd))) continue;
    // Walk up over blank lines to the title.
    let end = at; // end of the previous line (exclusive, at its '\n')
    let title = -1;
    for (let k = 0; k < TITLE_LOOKBACK_LINES && end > floor; k++) {
      const start = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
      if (start < floor) break;
      if (!isBlankLine(text, start, end)) {
        title = start;
        break;
      }
      end = start - 1;
    }
    if (title !== -1) {
      starts.push(title);
      floor = lineEnd === -1 ? text.length : lineEnd;
    }
  }
  return starts;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

function shiftBody(blocks: BodyBlock[], by: number): void {
  for (const block of blocks) {
    block.line += by;
    if (block.type === 'list') {
      for (const item of block.items) {
        item.line += by;
        shiftBody(item.children, by);
      }
    }
  }
}

function shiftArticle(article: Article, by: number): void {
  if (by === 0) return;
  article.titleLine += by;
  article.syndicatedLine += by;
  article.bodyStartLine += by;
  article.bodyEndLine += by;
  for (const block of article.codeBlocks) {
    block.startLine += by;
    block.endLine += by;
  }
  shiftBody(article.body, by);
}

export type ParseText = (text: string, file: string) => ParsedFile;

export interface SlicedParseOptions {
  /** Called between pieces; resolves when the caller may continue (e.g. after yielding to the event loop). */
  pause: () => Promise<void>;
  /** Whether enough time has passed since the last pause to pause again. */
  shouldPause: () => boolean;
  /** Piece size in characters: several posts are parsed together up to about this much text. */
  pieceChars?: number;
  isCancelled?: () => boolean;
}

/**
 * Parses `text` piece by piece. Every piece after the first is parsed with the file's preamble in front, so
 * its posts get the same tags and topics a whole-file parse gives them.
 */
export async function parseInPieces(text: string, file: string, parse: ParseText, options: SlicedParseOptions): Promise<ParsedFile> {
  const pieceChars = options.pieceChars ?? 256 * 1024;
  const starts = postStarts(text);
  const cuts: number[] = [0];
  // The first piece holds the preamble and at least the first post.
  for (const start of starts.slice(1)) if (start - cuts[cuts.length - 1] >= pieceChars) cuts.push(start);
  cuts.push(text.length);
  if (cuts.length === 2) return parse(text, file);

  const preamble = text.slice(0, starts[0]);
  const preambleLines = countNewlines(preamble, 0, preamble.length);
  let result: ParsedFile | undefined;
  let lineOffset = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    if (options.isCancelled?.()) break;
    if (k > 0 && options.shouldPause()) await options.pause();
    if (k === 0) {
      result = parse(text.slice(cuts[0], cuts[1]), file);
    } else {
      const parsed = parse(preamble + text.slice(cuts[k], cuts[k + 1]), file);
      for (const post of parsed.posts) {
        shiftArticle(post, lineOffset - preambleLines);
        result!.posts.push(post);
      }
    }
    lineOffset += countNewlines(text, cuts[k], cuts[k + 1]);
  }
  return result ?? parse('', file);
}
