// The one place the library calls the core parser. Until src/core/parse.ts lands this builds headline-only
// articles (title, authors, URL, source) with core's post splitter, so the view works end to end meanwhile.
import type { Article, ParsedFile } from '../core/model';
import { splitAuthors } from '../core/authors';
import { splitPosts, tagsOf } from '../core/posts';
import { sourceOf } from '../core/sources';

export interface ParseSettings {
  /** `techArticles.topics`: topic name → keywords or URL fragments. */
  topics: Record<string, string[]>;
}

export function parseDump(text: string, file: string, _settings: ParseSettings): ParsedFile {
  const lines = text.split(/\r?\n/);
  const split = splitPosts(lines);
  const tags = tagsOf(split.preamble);
  const posts: Article[] = split.posts.map(post => ({
    url: post.url,
    title: post.title,
    author: post.author,
    authors: splitAuthors(post.author),
    source: sourceOf(post.url),
    topics: [...tags],
    tags: [...tags],
    language: 'en',
    file,
    titleLine: post.titleIndex + 1,
    syndicatedLine: post.syndicatedIndex + 1,
    bodyStartLine: post.bodyStart + 1,
    bodyEndLine: post.bodyEnd + 1,
    body: [],
    codeBlocks: [],
    wordCount: 0,
  }));
  return { file, preamble: split.preamble, posts };
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
