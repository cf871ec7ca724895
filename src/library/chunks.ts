// Parses a dump a few posts at a time so that a 100 MB file never holds the extension host for long: the text
// is cut at post boundaries (cheap string scanning, no line array), each piece is parsed on its own, and line
// numbers are shifted back to the file's. Pure (no `vscode`): unit tests check it equals a whole-file parse.
import type { HeadlineScan, TextSource } from '../core/headlines';
import type { Article, BodyBlock, ParsedFile } from '../core/model';

const MARKER = 'Post Syndicated from ';
/** How far above the "Post Syndicated" line the title may sit (the parser's own lookback). */
const TITLE_LOOKBACK_LINES = 4;

/** A line that marks the text as a dump; files without one are not article dumps. */
const SYNDICATED_LINE = /^Post Syndicated from .* original \S+\s*$/;

/** Whether the text has a "Post Syndicated from … original …" line (string search: fast on 100 MB). */
export function looksLikeDump(text: string): boolean {
  for (let at = text.startsWith(MARKER) ? 0 : text.indexOf('\n' + MARKER); at !== -1; at = text.indexOf('\n' + MARKER, at + 1)) {
    const start = text[at] === '\n' ? at + 1 : at;
    const end = text.indexOf('\n', start);
    if (SYNDICATED_LINE.test(text.slice(start, end === -1 ? text.length : end))) return true;
  }
  return false;
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

export interface Piece {
  /** Set on the first piece only: the file's preamble and any notice the parser gave. */
  head?: Pick<ParsedFile, 'file' | 'preamble' | 'notice' | 'error'>;
  /** Posts of this piece, line numbers already those of the whole file. */
  posts: Article[];
  /** Characters of the file this piece covered. */
  chars: number;
}

/**
 * Parses `text` piece by piece, lazily. Every piece after the first is parsed with the file's preamble in
 * front, so its posts get the same tags and topics a whole-file parse gives them.
 */
export function* parsePieces(text: string, file: string, parse: ParseText, pieceChars: number): Generator<Piece> {
  const starts = postStarts(text);
  const cuts: number[] = [0];
  // The first piece holds the preamble and at least the first post.
  for (const start of starts.slice(1)) if (start - cuts[cuts.length - 1] >= pieceChars) cuts.push(start);
  cuts.push(text.length);
  if (cuts.length === 2) {
    const { posts, ...head } = parse(text, file);
    yield { head, posts, chars: text.length };
    return;
  }
  const preamble = text.slice(0, starts[0]);
  const preambleLines = countNewlines(preamble, 0, preamble.length);
  let lineOffset = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    if (k === 0) {
      const { posts, ...head } = parse(text.slice(cuts[0], cuts[1]), file);
      delete head.notice; // "no posts" can't be true of a file with posts in later pieces
      yield { head, posts, chars: cuts[1] };
    } else {
      const { posts } = parse(preamble + text.slice(cuts[k], cuts[k + 1]), file);
      for (const post of posts) shiftArticle(post, lineOffset - preambleLines);
      yield { posts, chars: cuts[k + 1] - cuts[k] };
    }
    lineOffset += countNewlines(text, cuts[k], cuts[k + 1]);
  }
}

/** Parses `text` in pieces with pauses between them (see `parsePieces`); the result equals a whole-file parse. */
export async function parseInPieces(text: string, file: string, parse: ParseText, options: SlicedParseOptions): Promise<ParsedFile> {
  let result: ParsedFile | undefined;
  for (const piece of parsePieces(text, file, parse, options.pieceChars ?? DEFAULT_PIECE_CHARS)) {
    if (piece.head) result = { ...piece.head, posts: piece.posts };
    else result!.posts.push(...piece.posts);
    if (options.isCancelled?.()) break;
    if (options.shouldPause()) await options.pause();
  }
  return result ?? parse('', file);
}

/** About one post: pieces this small keep every slice close to one post's parse time. */
export const DEFAULT_PIECE_CHARS = 8 * 1024;

/**
 * Parses the bodies of the posts a headline scan found, a few posts per piece, in file order, except that a
 * post asked for (`prioritize`) is parsed next on its own. Each piece after the first is parsed with the
 * file's preamble in front (tags and topics as in a whole-file parse) and its line numbers are shifted back
 * to the file's, so every post equals the one a whole-file parse gives.
 */
export class PostBodies {
  private readonly done: Uint8Array;
  private readonly urgent: number[] = [];
  private next = 0;
  private readonly preamble: string;

  constructor(
    private readonly source: TextSource,
    private readonly scan: HeadlineScan,
    private readonly file: string,
    private readonly parse: ParseText,
    private readonly pieceChars = DEFAULT_PIECE_CHARS,
  ) {
    this.done = new Uint8Array(scan.starts.length);
    this.preamble = scan.starts.length > 0 ? source.text(0, scan.starts[0]) : '';
  }

  /** Parses the post whose title is on `titleLine` next (a no-op when it is parsed already or unknown). */
  prioritize(titleLine: number): void {
    const summaries = this.scan.summaries;
    let low = 0;
    let high = summaries.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const line = summaries[mid].titleLine;
      if (line === titleLine) {
        if (!this.done[mid]) this.urgent.push(mid);
        return;
      }
      if (line < titleLine) low = mid + 1;
      else high = mid - 1;
    }
  }

  get remaining(): boolean {
    return this.nextIndex(false) !== undefined;
  }

  get hasUrgent(): boolean {
    return this.nextIndex(true) !== undefined;
  }

  /** The next piece's posts, or undefined when every post is parsed. */
  nextPiece(): { posts: Article[]; chars: number; urgent: boolean } | undefined {
    const urgent = this.nextIndex(true);
    const first = urgent ?? this.nextIndex(false);
    if (first === undefined) return undefined;
    const { starts, summaries } = this.scan;
    let last = first + 1;
    if (urgent === undefined) {
      while (last < starts.length && !this.done[last] && starts[last] - starts[first] < this.pieceChars) last++;
    }
    const end = last < starts.length ? starts[last] : this.source.length;
    const text = first === 0 ? this.source.text(0, end) : this.preamble + this.source.text(starts[first], end);
    const { posts } = this.parse(text, this.file);
    const shift = first === 0 ? 0 : summaries[first].titleLine - summaries[0].titleLine;
    for (const post of posts) shiftArticle(post, shift);
    this.done.fill(1, first, last);
    return { posts, chars: end - starts[first], urgent: urgent !== undefined };
  }

  private nextIndex(urgentOnly: boolean): number | undefined {
    while (this.urgent.length > 0 && this.done[this.urgent[0]]) this.urgent.shift();
    if (this.urgent.length > 0) return this.urgent[0];
    if (urgentOnly) return undefined;
    while (this.next < this.done.length && this.done[this.next]) this.next++;
    return this.next < this.done.length ? this.next : undefined;
  }
}
