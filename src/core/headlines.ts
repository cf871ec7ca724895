// The headline pass: every post of a dump with its summary (title, URL, author(s), source, tags, topics,
// natural language, line numbers) without parsing any body, so a 100 MB dump can be listed in a fraction of
// a second and its bodies parsed afterwards. It follows splitPosts (posts.ts) and toArticle (parse.ts) rule
// for rule, and topics and language come from the same Opening, so nothing moves when the full parse
// arrives. It reads a TextSource: decoded text, or the bytes of a UTF-8 file, of which only the lines it
// needs are decoded (decoding 120 MB whole takes seconds). Pure: no fs, no vscode.
import { splitAuthors } from './authors';
import type { ArticleSummary } from './model';
import { naturalLanguageOfParts } from './naturalLanguage';
import { Opening, OPENING_CHARS } from './opening';
import { isFooter, SYNDICATED, SYNDICATED_MARKER, tagsOf, TITLE_LOOKBACK } from './posts';
import { keepShapeOf } from './shapes';
import { sourceOf } from './sources';
import { isBlank, trimAll } from './text';
import { topicRules, topicsOf, type TopicOverrides, type TopicRule } from './topics';

/** Text addressed by position (characters of a string, or bytes of UTF-8 text): what the pass reads. */
export interface TextSource {
  readonly length: number;
  /** Position of the next line feed at or after `from`, or -1. */
  nextLineFeed(from: number): number;
  /** Position of the last line feed before `before`, or -1. */
  previousLineFeed(before: number): number;
  /** Whether "Post Syndicated from " starts at `at`. */
  startsWithMarker(at: number): boolean;
  /** The text between two positions (positions on line boundaries). */
  text(start: number, end: number): string;
  /** Whether the text between two positions is all white space (`isBlank`), read without decoding it if possible. */
  isBlank(start: number, end: number): boolean;
}

export interface HeadlineScan {
  preamble: string | null;
  summaries: ArticleSummary[];
  /** Where each post's title line starts in the source, parallel to `summaries`: bodies are parsed from there. */
  starts: number[];
  /** Whether some line is a "Post Syndicated from … original …" line (a dump, even without a post). */
  syndicated: boolean;
}

/**
 * Bytes or characters decoded at once while reading an opening: first a little more than OPENING_CHARS (enough
 * for most openings in Latin script), then bigger blocks.
 */
const FIRST_OPENING_BLOCK = OPENING_CHARS + 512;
const OPENING_BLOCK = 4 * 1024;

/** A decoded string as a TextSource; a BOM is dropped and CR / CRLF line ends become LF (as the full parse reads lines). */
export class StringSource implements TextSource {
  readonly value: string;

  constructor(text: string) {
    const bare = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.value = bare.includes('\r') ? bare.replace(/\r\n?/g, '\n') : bare;
  }

  get length(): number {
    return this.value.length;
  }

  nextLineFeed(from: number): number {
    return this.value.indexOf('\n', from);
  }

  previousLineFeed(before: number): number {
    return before <= 0 ? -1 : this.value.lastIndexOf('\n', before - 1);
  }

  startsWithMarker(at: number): boolean {
    return this.value.startsWith(SYNDICATED_MARKER, at);
  }

  text(start: number, end: number): string {
    return this.value.slice(start, end);
  }

  isBlank(start: number, end: number): boolean {
    return isBlank(this.value.slice(start, end));
  }
}

const MARKER_BYTES = Array.from(SYNDICATED_MARKER, c => c.charCodeAt(0));

/**
 * The bytes of valid UTF-8 text without CR line ends or a BOM (`utf8Source` checks that): LF and the
 * marker are single bytes that never occur inside a multi-byte character.
 */
export class Utf8Source implements TextSource {
  private readonly decoder = new TextDecoder('utf-8');

  constructor(readonly bytes: Uint8Array) {}

  get length(): number {
    return this.bytes.length;
  }

  nextLineFeed(from: number): number {
    return this.bytes.indexOf(10, from);
  }

  previousLineFeed(before: number): number {
    return before <= 0 ? -1 : this.bytes.lastIndexOf(10, before - 1);
  }

  startsWithMarker(at: number): boolean {
    const bytes = this.bytes;
    if (at + MARKER_BYTES.length > bytes.length) return false;
    for (let i = 0; i < MARKER_BYTES.length; i++) if (bytes[at + i] !== MARKER_BYTES[i]) return false;
    return true;
  }

  text(start: number, end: number): string {
    return this.decoder.decode(this.bytes.subarray(start, end));
  }

  /**
   * An ASCII byte is a whole character (UTF-8 never uses one inside a multi-byte character), so the first
   * ASCII byte other than white space answers; from a non-ASCII character on, the rest is decoded and read.
   */
  isBlank(start: number, end: number): boolean {
    const bytes = this.bytes;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      if (b === 32 || b === 9 || b === 10 || b === 13 || b === 11 || b === 12) continue;
      return b < 0x80 ? false : isBlank(this.text(i, end));
    }
    return true;
  }
}

keepShapeOf(new Utf8Source(new Uint8Array(0)));

/**
 * A byte source when `bytes` can be read as such: UTF-8 (`isValidUtf8` says whether the whole is valid; a
 * BOM is skipped) with no CR and no NUL. Otherwise undefined: decode the text and use a StringSource.
 */
export function utf8Source(bytes: Uint8Array, isValidUtf8: (bytes: Uint8Array) => boolean): Utf8Source | undefined {
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.indexOf(13) !== -1 || body.indexOf(0) !== -1 || !isValidUtf8(body)) return undefined;
  return new Utf8Source(body);
}

/** A post as the line walk finds it (plain data: it can be posted to another thread). */
export interface Head {
  titleIndex: number;
  titleStart: number;
  title: string;
  syndicatedIndex: number;
  author: string;
  url: string;
  /** First non-blank line after the "Post Syndicated" line, once seen (it may lie beyond the post's end). */
  firstContent?: { index: number; start: number };
}

/** What the line walk finds: every post, where the last one ends, the preamble and its tags. */
export interface PostFrame {
  heads: Head[];
  /** The last line of the last post's body: the last non-blank line that is not the aggregator's footer. */
  last: Line;
  preamble: string | null;
  tags: string[];
  syndicated: boolean;
}

/** Finds every post and summarises it (see the file comment). `file` is what the full parse is given too. */
export function scanHeadlines(source: TextSource, file: string, options: { topics?: TopicOverrides } = {}): HeadlineScan {
  const frame = findPosts(source);
  return {
    preamble: frame.preamble,
    summaries: summarize(source, frame, file, options),
    starts: frame.heads.map(head => head.titleStart),
    syndicated: frame.syndicated,
  };
}

/**
 * The line walk: every post's title and "Post Syndicated" line, as splitPosts finds them (the cheap part of
 * the pass; `summarize` is the rest, and can run in parts on several threads).
 */
export function findPosts(source: TextSource): PostFrame {
  const finder = new PostFinder();
  finder.advance(source);
  return finder.finish(source);
}

/**
 * The line walk in steps, for text that arrives in parts (a file being read): `advance` walks the complete
 * lines of the text so far, `finish` the last line once the text is whole. Posts before the last one found
 * can be summarised meanwhile (`ready`), with the frame of `partialFrame`.
 */
export class PostFinder {
  readonly heads: Head[] = [];
  syndicated = false;
  // The last TITLE_LOOKBACK lines, by index modulo the ring size: where they start and end.
  private readonly ringStarts = new Array<number>(TITLE_LOOKBACK).fill(0);
  private readonly ringEnds = new Array<number>(TITLE_LOOKBACK).fill(0);
  private floor = 0; // a title must come after the previous post's "Post Syndicated" line
  private waiting: Head | undefined; // a post whose first body line is still to come
  private index = 0;
  private lineStart = 0;
  private tags: string[] | undefined;
  private frame: PostFrame | undefined;

  /** Walks the lines of `source` that end with a line feed, from where the last call stopped. */
  advance(source: TextSource): void {
    for (;;) {
      const feed = source.nextLineFeed(this.lineStart);
      if (feed === -1) return;
      this.walkLine(source, feed);
      this.lineStart = feed + 1;
      this.index++;
    }
  }

  /** Walks the last line of the whole text (the rest must have been walked) and gives the frame. */
  finish(source: TextSource): PostFrame {
    this.advance(source);
    this.walkLine(source, source.length);
    const { heads, syndicated } = this;
    if (heads.length === 0) return (this.frame = { heads, last: { index: -1, start: 0, end: 0 }, preamble: null, tags: [], syndicated });
    const { preamble, tags } = preambleOf(source, heads[0].titleStart);
    // The last post ends at the last non-blank line that is not the aggregator's footer.
    let last = { index: this.index, start: this.lineStart, end: source.length };
    last = skipBlankBackwards(source, last);
    if (last.index >= 0 && isFooter(source.text(last.start, last.end))) {
      last = skipBlankBackwards(source, lineBefore(source, last));
    }
    return (this.frame = { heads, last, preamble, tags, syndicated });
  }

  /** How many posts can be summarised now: each needs the next one's title line, or the end of the text. */
  get ready(): number {
    return this.frame ? this.heads.length : Math.max(0, this.heads.length - 1);
  }

  /**
   * The frame for summarising the `ready` posts: the finished frame, or (before the end) the posts so far
   * with the file's tags; the end of the last post is not known yet, and no ready post needs it.
   */
  partialFrame(source: TextSource): PostFrame {
    if (this.frame) return this.frame;
    if (this.heads.length > 0) this.tags ??= preambleOf(source, this.heads[0].titleStart).tags;
    return { heads: this.heads, last: { index: -1, start: 0, end: 0 }, preamble: null, tags: this.tags ?? [], syndicated: this.syndicated };
  }

  private walkLine(source: TextSource, lineEnd: number): void {
    const { index, lineStart } = this;
    let head: Head | undefined;
    if (source.startsWithMarker(lineStart)) {
      const match = SYNDICATED.exec(source.text(lineStart, lineEnd));
      if (match) {
        this.syndicated = true;
        head = this.headAt(source, match);
      }
    }
    // Only the few lines right after a "Post Syndicated" line are read to see whether they are blank.
    if (this.waiting && (head || !source.isBlank(lineStart, lineEnd))) {
      this.waiting.firstContent = { index, start: lineStart };
      this.waiting = undefined;
    }
    if (head) {
      this.heads.push(head);
      this.waiting = head;
      this.floor = index + 1;
    }
    this.ringStarts[index % TITLE_LOOKBACK] = lineStart;
    this.ringEnds[index % TITLE_LOOKBACK] = lineEnd;
  }

  private headAt(source: TextSource, match: RegExpExecArray): Head | undefined {
    const i = this.index;
    const lowest = this.floor;
    for (let t = i - 1; t >= lowest && t >= i - TITLE_LOOKBACK; t--) {
      const start = this.ringStarts[t % TITLE_LOOKBACK];
      const end = this.ringEnds[t % TITLE_LOOKBACK];
      if (source.isBlank(start, end)) continue;
      return { titleIndex: t, titleStart: start, title: trimAll(source.text(start, end)), syndicatedIndex: i, author: match[1], url: match[2] };
    }
    return undefined;
  }
}

keepShapeOf(new PostFinder());

/** The preamble (the lines before the first title) and the tags it names. */
function preambleOf(source: TextSource, firstTitleStart: number): { preamble: string | null; tags: string[] } {
  const before: string[] = [];
  for (const line of source.text(0, firstTitleStart).split('\n')) if (!isBlank(line) && !isFooter(line)) before.push(trimAll(line));
  const preamble = before.length > 0 ? before.join('\n') : null;
  return { preamble, tags: tagsOf(preamble) };
}

/** The summaries of the posts `from` (inclusive) to `to` (exclusive) of a frame. */
export function summarize(
  source: TextSource, frame: PostFrame, file: string, options: { topics?: TopicOverrides; rules?: readonly TopicRule[] } = {}, from = 0, to = frame.heads.length,
): ArticleSummary[] {
  // Rules made once by a caller summarising in parts keep the keyword index topicsOf builds per rule list.
  const rules = options.rules ?? topicRules(options.topics);
  const { heads, last, tags } = frame;
  const summaries: ArticleSummary[] = [];
  for (let k = from; k < to; k++) summaries.push(summaryOf(source, heads[k], k + 1 < heads.length ? heads[k + 1] : undefined, last, tags, file, rules));
  return summaries;
}

/** The summary of one post; `next` is the post after it, if any (its title line ends this one's body). */
function summaryOf(source: TextSource, head: Head, next: Head | undefined, last: Line, tags: string[], file: string, rules: readonly TopicRule[]): ArticleSummary {
  // The body runs from the first non-blank line after "Post Syndicated" to the last non-blank line before
  // the next title (or the footer); splitPosts counts an all-blank body as starting right after its limit.
  const limitIndex = next ? next.titleIndex - 1 : last.index;
  const content = head.firstContent && head.firstContent.index <= limitIndex ? head.firstContent : undefined;
  let bodyStart = Math.max(head.syndicatedIndex + 1, limitIndex + 1);
  let bodyEnd = bodyStart - 1;
  let opening = '';
  if (content) {
    const end = next ? skipBlankBackwards(source, lineBefore(source, { index: next.titleIndex, start: next.titleStart })) : last;
    bodyStart = content.index;
    bodyEnd = end.index;
    opening = openingBetween(source, content.start, end.end);
  }
  return {
    url: head.url,
    title: head.title,
    author: head.author,
    authors: authorsOf(head.author),
    source: sourceOf(head.url),
    topics: topicsOf({ url: head.url, title: head.title, tags, text: opening }, undefined, rules),
    tags: [...tags],
    language: naturalLanguageOfParts(head.title, opening),
    file,
    titleLine: head.titleIndex + 1,
    syndicatedLine: head.syndicatedIndex + 1,
    bodyStartLine: bodyStart + 1,
    bodyEndLine: Math.max(bodyStart, bodyEnd) + 1,
  };
}

/** Author lines repeat across a dump: each is split once (a copy per summary, which may be changed). */
const authorLists = new Map<string, string[]>();

function authorsOf(author: string): string[] {
  let authors = authorLists.get(author);
  if (!authors) {
    if (authorLists.size >= 10_000) authorLists.clear();
    authors = splitAuthors(author);
    authorLists.set(author, authors);
  }
  return [...authors];
}

export interface Line {
  index: number;
  start: number;
  end: number;
}

/** The line before the one starting at `line.start` (index -1 when there is none). */
function lineBefore(source: TextSource, line: { index: number; start: number }): Line {
  if (line.index <= 0) return { index: -1, start: 0, end: 0 };
  const end = line.start - 1;
  return { index: line.index - 1, start: source.previousLineFeed(end) + 1, end };
}

/** `line` if it is not blank, else the nearest non-blank line above it (index -1 when there is none). */
function skipBlankBackwards(source: TextSource, line: Line): Line {
  let at = line;
  while (at.index >= 0 && source.isBlank(at.start, at.end)) at = lineBefore(source, at);
  return at;
}

/** The opening (Opening) of the lines between two positions, decoded a block at a time and only as far as needed. */
function openingBetween(source: TextSource, start: number, end: number): string {
  const opening = new Opening();
  let block = FIRST_OPENING_BLOCK;
  let at = start;
  while (at < end) {
    let cut = end;
    if (end - at > block) {
      const feed = source.previousLineFeed(at + block);
      const next = feed >= at ? feed : source.nextLineFeed(at + block);
      if (next !== -1 && next < end) cut = next;
    }
    // Line by line without split(): the lines after the opening's end are never made.
    const text = source.text(at, cut);
    for (let lineStart = 0; lineStart <= text.length;) {
      const feed = text.indexOf('\n', lineStart);
      const lineEnd = feed === -1 ? text.length : feed;
      if (opening.add(text.slice(lineStart, lineEnd))) return opening.text();
      lineStart = lineEnd + 1;
    }
    at = cut + 1;
    block = OPENING_BLOCK;
  }
  return opening.text();
}
