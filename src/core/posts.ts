// Splits a dump into posts: "title / blank / Post Syndicated from AUTHOR original URL / blank / body".
// Works on the array of lines (0-based indexes here; the public model uses 1-based line numbers).
import { trimAll, type LineIndex } from './text';

export interface RawPost {
  title: string;
  author: string;
  url: string;
  /** 0-based indexes into the file's lines. */
  titleIndex: number;
  syndicatedIndex: number;
  /** First and last non-blank body lines, inclusive; bodyStart > bodyEnd when the body is empty. */
  bodyStart: number;
  bodyEnd: number;
}

export interface SplitResult {
  /** The text before the first post, e.g. "Tag Archives: Partner solutions". */
  preamble: string | null;
  posts: RawPost[];
}

/** The line that starts a post's metadata; SYNDICATED reads its author and URL. */
export const SYNDICATED_MARKER = 'Post Syndicated from ';
export const SYNDICATED = /^Post Syndicated from (.*) original (\S+)\s*$/;

/** Lines the aggregator appends after the last post; they are site chrome, not article text. */
const FOOTERS = [/^the collective thoughts of the interwebz\.?$/i, /^(proudly )?powered by wordpress\.?$/i];

/** How far above the "Post Syndicated" line the title may be (it is normally two lines up). */
export const TITLE_LOOKBACK = 4;

export function isFooter(line: string): boolean {
  const text = trimAll(line);
  return FOOTERS.some(re => re.test(text));
}

interface PostHead { titleIndex: number; syndicatedIndex: number; author: string; url: string }

/** Every post's title and "Post Syndicated" line. */
function postHeads(lines: LineIndex): PostHead[] {
  const heads: PostHead[] = [];
  // In runs of lines, for the reason LineIndex scans in runs: one loop over a whole file is compiled on the spot
  // (on-stack replacement) and again in full on the next file; a function called per run is optimised once.
  const walk: HeadWalk = { heads, floor: 0 };
  for (let from = 0; from < lines.length; from += LINES_PER_WALK) headsIn(lines, from, Math.min(lines.length, from + LINES_PER_WALK), walk);
  return heads;
}

/** Shorter runs than LineIndex's: with 4,096 lines per call, a 16 MB first file made too few calls for V8 to
 * optimise `headsIn` before the next file. */
const LINES_PER_WALK = 1024;

interface HeadWalk {
  heads: PostHead[];
  /** A title must come after the previous post's "Post Syndicated" line. */
  floor: number;
}

function headsIn(lines: LineIndex, from: number, to: number, walk: HeadWalk): void {
  for (let i = from; i < to; i++) {
    if (lines.lineLength(i) < 24 || !lines.lineStartsWith(i, SYNDICATED_MARKER)) continue;
    const match = SYNDICATED.exec(lines.line(i));
    if (!match) continue;
    const floor = walk.floor;
    let t = i - 1;
    while (t >= floor && t >= i - TITLE_LOOKBACK && lines.isBlank(t)) t--;
    if (t < floor || t < i - TITLE_LOOKBACK || lines.isBlank(t)) continue;
    walk.heads.push({ titleIndex: t, syndicatedIndex: i, author: match[1], url: match[2] });
    walk.floor = i + 1;
  }
}

export function splitPosts(lines: LineIndex): SplitResult {
  const heads = postHeads(lines);

  let lastContent = lines.length - 1;
  while (lastContent >= 0 && lines.isBlank(lastContent)) lastContent--;
  if (lastContent >= 0 && isFooter(lines.line(lastContent))) {
    lastContent--;
    while (lastContent >= 0 && lines.isBlank(lastContent)) lastContent--;
  }

  const posts: RawPost[] = heads.map((head, k) => {
    const limit = k + 1 < heads.length ? heads[k + 1].titleIndex - 1 : lastContent;
    let bodyStart = head.syndicatedIndex + 1;
    while (bodyStart <= limit && lines.isBlank(bodyStart)) bodyStart++;
    let bodyEnd = limit;
    while (bodyEnd >= bodyStart && lines.isBlank(bodyEnd)) bodyEnd--;
    return {
      title: trimAll(lines.line(head.titleIndex)),
      author: head.author,
      url: head.url,
      titleIndex: head.titleIndex,
      syndicatedIndex: head.syndicatedIndex,
      bodyStart,
      bodyEnd,
    };
  });

  const firstTitle = heads.length > 0 ? heads[0].titleIndex : lines.length;
  const before: string[] = [];
  for (let i = 0; i < firstTitle; i++) {
    if (lines.isBlank(i)) continue;
    const line = lines.line(i);
    if (!isFooter(line)) before.push(trimAll(line));
  }
  return { preamble: before.length > 0 ? before.join('\n') : null, posts };
}

/** "Tag Archives: Partner solutions" → ["Partner solutions"]. */
export function tagsOf(preamble: string | null): string[] {
  if (!preamble) return [];
  const tags: string[] = [];
  for (const line of preamble.split('\n')) {
    const match = /^(?:Tag|Category|Topic)?\s*Archives?\s*:\s*(.+)$/i.exec(line.trim());
    if (match) tags.push(match[1].trim());
  }
  return tags;
}
