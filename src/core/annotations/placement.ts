// Where annotations sit in the articles as they are now: anchored, orphaned (their text is gone), or waiting
// for an article that is not loaded. Shared by the Notes view and the export.
import type { Annotation, Article } from '../model';
import type { ReadingText } from '../readingText';
import { anchorAll } from './anchor';

export type Placement =
  | { status: 'anchored'; start: number; end: number; fuzzy: boolean }
  | { status: 'orphan' }
  /** The article is not (yet) among the loaded ones: nothing can be said about the quote. */
  | { status: 'articleMissing' };

export function placeAnnotations(
  annotations: readonly Annotation[],
  textOf: (url: string) => string | undefined,
): Map<string, Placement> {
  const byUrl = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const list = byUrl.get(annotation.url) ?? [];
    list.push(annotation);
    byUrl.set(annotation.url, list);
  }
  const placements = new Map<string, Placement>();
  for (const [url, list] of byUrl) {
    const text = textOf(url);
    if (text === undefined) {
      for (const annotation of list) placements.set(annotation.id, { status: 'articleMissing' });
      continue;
    }
    const { anchored, orphans } = anchorAll(text, list);
    for (const range of anchored) {
      placements.set(range.id, { status: 'anchored', start: range.start, end: range.end, fuzzy: !!range.fuzzy });
    }
    for (const orphan of orphans) placements.set(orphan.id, { status: 'orphan' });
  }
  return placements;
}

/**
 * The index of the code block that holds `offset` of the reading text, if any. Code blocks are recognised by
 * their text; identical blocks are told apart by order of appearance.
 */
export function codeIndexAt(article: Article, reading: ReadingText, offset: number): number | undefined {
  const segmentIndex = reading.segments.findIndex(s => offset >= s.start && offset <= s.start + s.length);
  if (segmentIndex === -1) return undefined;
  const segmentText = (i: number): string => {
    const s = reading.segments[i];
    return reading.text.slice(s.start, s.start + s.length);
  };
  const text = segmentText(segmentIndex);
  const candidates = article.codeBlocks.filter(block => block.code === text);
  if (!candidates.length || !text) return undefined;
  let earlier = 0;
  for (let i = 0; i < segmentIndex; i++) if (segmentText(i) === text) earlier++;
  return candidates[Math.min(earlier, candidates.length - 1)].index;
}
