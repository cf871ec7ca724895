// One article per URL across files: the same post syndicated into several dumps is kept once (the first
// file read wins), with the tags and topics of every copy.
import type { Article, ParsedFile } from './model';

export function mergeArticles(files: readonly ParsedFile[]): Article[] {
  const byUrl = new Map<string, Article>();
  for (const file of files) {
    for (const post of file.posts) {
      const key = canonicalUrl(post.url);
      const kept = byUrl.get(key);
      if (!kept) {
        byUrl.set(key, post);
        continue;
      }
      mergeFacets(kept, post);
    }
  }
  return [...byUrl.values()];
}

/** The kept copy of a post gains the tags and topics of another copy (in place, without repeats). */
export function mergeFacets(kept: { tags: string[]; topics: string[] }, copy: { readonly tags: readonly string[]; readonly topics: readonly string[] }): void {
  for (const tag of copy.tags) if (!kept.tags.includes(tag)) kept.tags.push(tag);
  for (const topic of copy.topics) if (!kept.topics.includes(topic)) kept.topics.push(topic);
}

/** "https://x/a/" and "http://x/a" are the same post; query strings and fragments are kept apart from it. */
export function canonicalUrl(url: string): string {
  return url.trim().replace(/^http:\/\//i, 'https://').replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase();
}
