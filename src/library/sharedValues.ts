// Summaries arrive from the parse worker as structured-clone copies: each brings its own copy of its file's
// name, source, language and author and of its topic, tag and author lists, though a dump has few of each.
// The corpus keeps one copy of each value: 670–750 bytes per summary instead of 1,050 (`bench:tree`). A value
// whose last summary went stays until the corpus is replaced (every full load makes a new one). Pure.
import type { ArticleSummary } from '../core/model';

export class SharedValues {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();

  /** The summary with its repeated values replaced by shared copies (in place). The shared lists are frozen. */
  share(summary: ArticleSummary): void {
    summary.file = this.string(summary.file);
    summary.author = this.string(summary.author);
    summary.source = this.string(summary.source);
    summary.language = this.string(summary.language);
    summary.authors = this.list(summary.authors);
    summary.topics = this.list(summary.topics);
    summary.tags = this.list(summary.tags);
  }

  string(value: string): string {
    const shared = this.strings.get(value);
    if (shared !== undefined) return shared;
    this.strings.set(value, value);
    return value;
  }

  list(values: string[]): string[] {
    // Each item with its length in front: no two different lists have the same key, whatever their text.
    let key = '';
    for (const value of values) key += `${value.length}:${value}`;
    let shared = this.lists.get(key);
    if (!shared) {
      shared = Object.freeze(values.map(value => this.string(value))) as string[];
      this.lists.set(key, shared);
    }
    return shared;
  }
}
