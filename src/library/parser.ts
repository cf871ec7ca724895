// The one place the library calls the core parser, so the parser's entry can change in one spot.
import type { Article, ParsedFile } from '../core/model';
import { parseText } from '../core/parse';

export interface ParseSettings {
  /** `techArticles.topics`: topic name → keywords or URL fragments. */
  topics: Record<string, string[]>;
}

export function parseDump(text: string, file: string, settings: ParseSettings): ParsedFile {
  return parseText(text, file, { topics: settings.topics });
}

/** One article per URL: a post syndicated into several dumps is kept once, from the first file read. */
export function mergeArticles(files: readonly ParsedFile[]): Article[] {
  const seen = new Set<string>();
  const merged: Article[] = [];
  for (const file of files) {
    for (const post of file.posts) {
      if (seen.has(post.url)) continue;
      seen.add(post.url);
      merged.push(post);
    }
  }
  return merged;
}
