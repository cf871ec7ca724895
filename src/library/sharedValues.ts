// Summaries arrive from the parse worker as copies: each brings its own copy of its file's name, its source,
// its language and its topic, tag and author lists, though a dump has only a few of each. Kept as they come,
// 10,000 summaries hold 7.7 MB; with one shared copy of each repeated value, 4.3 MB. While a big dump is
// listed, every young-generation collection of the extension host copies what the summaries hold, so this
// shortens the pauses too. Pure (no `vscode`).
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
