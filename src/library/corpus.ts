// The library's content: per file, the summaries of its posts (from the headline pass) and their full
// articles as the bodies are parsed, merged into one article per URL as core's mergeArticles does (the first
// file in key order wins; tags and topics of every copy are merged). Bodies are added incrementally: no
// rebuild per batch. Pure (no `vscode`): unit-tested and used by the benchmark.
import type { ArticleSummary } from '../core/headlines';
import { canonicalUrl } from '../core/merge';
import type { Article } from '../core/model';

interface FileContent {
  key: string;
  summaries: ArticleSummary[];
  /** canonicalUrl of each summary's URL, computed once. */
  canonical: string[];
  /** Index into `summaries` by title line: how a full post finds its summary. */
  byLine: Map<number, number>;
  /** Full articles by index. */
  full: (Article | undefined)[];
}

interface Slot {
  /** The merged summary (the owner's own object when the URL has a single copy). */
  summary: ArticleSummary;
  owner: FileContent;
  index: number;
}

export function summaryOf(article: Article): ArticleSummary {
  const { body: _body, codeBlocks: _codeBlocks, wordCount: _wordCount, ...summary } = article;
  return summary;
}

export class Corpus {
  private readonly files = new Map<string, FileContent>();
  private merged: ArticleSummary[] = [];
  /** Slots by canonical and by exact URL. */
  private slots = new Map<string, Slot>();
  /** Slots in the order of `merged`. */
  private order: Slot[] = [];
  private stale = false;
  private fullList: Article[] | undefined;
  private fullCount = 0;

  get isEmpty(): boolean {
    return this.files.size === 0;
  }

  /** Adds summaries of a file (appended to those it has); the merged view is rebuilt on next read. */
  addSummaries(key: string, summaries: readonly ArticleSummary[]): void {
    let file = this.files.get(key);
    if (!file) {
      file = { key, summaries: [], canonical: [], byLine: new Map(), full: [] };
      this.files.set(key, file);
    }
    for (const summary of summaries) {
      file.byLine.set(summary.titleLine, file.summaries.length);
      file.summaries.push(summary);
      file.canonical.push(canonicalUrl(summary.url));
      file.full.push(undefined);
    }
    this.stale = true;
  }

  /**
   * Full articles of a file, matched to their summaries by title line. Returns the articles now visible
   * through `article()` (those of a file that lost its URL to an earlier file are kept but not shown).
   */
  addArticles(key: string, articles: readonly Article[]): Article[] {
    const file = this.files.get(key);
    if (!file) return [];
    const shown: Article[] = [];
    for (const article of articles) {
      const index = file.byLine.get(article.titleLine);
      if (index === undefined || file.summaries[index].url !== article.url) continue;
      file.full[index] = article;
      if (this.stale) continue; // attached when the merged view is rebuilt
      const slot = this.slots.get(file.canonical[index]);
      if (slot?.owner === file && slot.index === index) {
        this.attach(slot, article);
        shown.push(article);
      }
    }
    if (shown.length > 0) this.fullList = undefined;
    return shown;
  }

  /** Replaces a file's content: e.g. a file parsed whole, or one whose full parse disagreed with its summaries. */
  setFile(key: string, summaries: readonly ArticleSummary[], articles: readonly Article[]): void {
    this.files.delete(key);
    this.addSummaries(key, summaries);
    this.addArticles(key, articles);
  }

  removeFile(key: string): void {
    if (this.files.delete(key)) this.stale = true;
  }

  hasFile(key: string): boolean {
    return this.files.has(key);
  }

  /**
   * Whether the file's full posts are exactly its summaries (same posts, same headlines). When they are not
   * (the headline pass and the parser disagree: a defect), the full posts win, so nothing is ever lost.
   */
  reconcile(key: string, posts: readonly Article[]): boolean {
    const file = this.files.get(key);
    const agrees = !!file && file.summaries.length === posts.length && posts.every((post, k) => file.full[k] === post);
    if (!agrees) this.setFile(key, posts.map(summaryOf), posts);
    return agrees;
  }

  /** One summary per article, files in key order, posts in file order. */
  summaries(): readonly ArticleSummary[] {
    this.rebuild();
    return this.merged;
  }

  summary(url: string): ArticleSummary | undefined {
    this.rebuild();
    return (this.slots.get(url) ?? this.slots.get(canonicalUrl(url)))?.summary;
  }

  /** The full article, once its body is parsed. */
  article(url: string): Article | undefined {
    this.rebuild();
    const slot = this.slots.get(url) ?? this.slots.get(canonicalUrl(url));
    return slot?.owner.full[slot.index];
  }

  /** Articles whose body is parsed, in the order of `summaries()`. */
  articles(): readonly Article[] {
    this.rebuild();
    if (!this.fullList) {
      const list: Article[] = [];
      for (const slot of this.order) {
        const full = slot.owner.full[slot.index];
        if (full) list.push(full);
      }
      this.fullList = list;
    }
    return this.fullList;
  }

  /** How many articles still wait for their body. */
  get pending(): number {
    this.rebuild();
    return this.merged.length - this.fullCount;
  }

  private attach(slot: Slot, article: Article): void {
    // A merged summary holds the tags and topics of every copy; the full article shows the same.
    article.tags = slot.summary.tags;
    article.topics = slot.summary.topics;
    this.fullCount++;
  }

  private rebuild(): void {
    if (!this.stale) return;
    this.stale = false;
    this.fullList = undefined;
    this.fullCount = 0;
    const slots = new Map<string, Slot>();
    const keys = [...this.files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const key of keys) {
      const file = this.files.get(key)!;
      for (let index = 0; index < file.summaries.length; index++) {
        const canonical = file.canonical[index];
        const kept = slots.get(canonical);
        const summary = file.summaries[index];
        if (!kept) {
          slots.set(canonical, { summary, owner: file, index });
          continue;
        }
        if (kept.summary === kept.owner.summaries[kept.index]) {
          kept.summary = { ...kept.summary, tags: [...kept.summary.tags], topics: [...kept.summary.topics] };
        }
        for (const tag of summary.tags) if (!kept.summary.tags.includes(tag)) kept.summary.tags.push(tag);
        for (const topic of summary.topics) if (!kept.summary.topics.includes(topic)) kept.summary.topics.push(topic);
      }
    }
    const order = [...slots.values()];
    const merged: ArticleSummary[] = [];
    for (const slot of order) {
      merged.push(slot.summary);
      const full = slot.owner.full[slot.index];
      if (full) this.attach(slot, full);
    }
    // By the exact URL too, so a copy's URL (http vs https, trailing slash) finds the article.
    for (const slot of order) if (!slots.has(slot.summary.url)) slots.set(slot.summary.url, slot);
    this.order = order;
    this.slots = slots;
    this.merged = merged;
  }
}
