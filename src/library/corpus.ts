// The library's content: per file, the summaries of its posts (from the headline pass) and their full
// articles as the bodies are parsed, merged into one article per URL as core's mergeArticles does (the first
// file in key order wins; tags and topics of every copy are merged). Bodies are added incrementally: no
// rebuild per batch. Pure (no `vscode`): unit-tested and used by the benchmark.
import { canonicalUrl, mergeFacets } from '../core/merge';
import type { Article, ArticleSummary } from '../core/model';
import { SharedValues } from './sharedValues';

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

/** Whether a summary says what the full article says (tags and topics as parsed, before any merge). */
function sameHeadline(summary: ArticleSummary, article: Article): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return summary.title === article.title && summary.author === article.author && summary.source === article.source
    && summary.language === article.language && summary.file === article.file && summary.titleLine === article.titleLine
    && summary.syndicatedLine === article.syndicatedLine && summary.bodyStartLine === article.bodyStartLine
    && summary.bodyEndLine === article.bodyEndLine && same(summary.authors, article.authors)
    && same(summary.topics, article.topics) && same(summary.tags, article.tags);
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
  private readonly shared = new SharedValues();
  /** Summaries replaced because the full parse said otherwise (should stay 0; logged by the library). */
  corrected = 0;

  get isEmpty(): boolean {
    return this.files.size === 0;
  }

  /**
   * Adds summaries of a file (appended to those it has); the merged view is rebuilt on next read. Their
   * repeated values are shared (SharedValues): the lists of a summary given here become frozen.
   */
  addSummaries(key: string, summaries: readonly ArticleSummary[]): void {
    let file = this.files.get(key);
    if (!file) {
      file = { key, summaries: [], canonical: [], byLine: new Map(), full: [] };
      this.files.set(key, file);
    }
    // A big file's summaries come in batches: when the file sorts last, the merged view grows by them at
    // once (O(batch)), so no read has to rebuild it whole.
    const from = file.summaries.length;
    const extend = !this.stale && [...this.files.keys()].every(other => other <= key);
    for (const summary of summaries) {
      this.shared.share(summary);
      file.byLine.set(summary.titleLine, file.summaries.length);
      file.summaries.push(summary);
      file.canonical.push(canonicalUrl(summary.url));
      file.full.push(undefined);
    }
    if (extend) this.extend(file, from);
    else this.stale = true;
  }

  /**
   * Full articles of a file, matched to their summaries by title line. Returns the articles now visible
   * through `article()` (those of a file that lost its URL to an earlier file are kept but not shown).
   */
  addArticles(key: string, articles: readonly Article[]): Article[] {
    const file = this.files.get(key);
    if (!file) return [];
    this.rebuild();
    const shown: Article[] = [];
    for (const article of articles) {
      const index: number | undefined = file.byLine.get(article.titleLine);
      if (index === undefined || file.summaries[index].url !== article.url) continue;
      file.full[index] = article;
      const slot = this.slots.get(file.canonical[index]);
      if (!sameHeadline(file.summaries[index], article)) {
        // The full parse is the authority (a summary from a stale cache, or a defect): its headline is listed
        // from the next read on (the merged view is rebuilt then).
        const corrected = summaryOf(article);
        if (slot?.summary === file.summaries[index]) slot.summary = corrected;
        file.summaries[index] = corrected;
        this.corrected++;
        this.stale = true;
      }
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
    this.removeFile(key);
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

  /** Adds the summaries of `file` from `from` on (it sorts last): the same result as a rebuild, in O(new). */
  private extend(file: FileContent, from: number): void {
    this.fullList = undefined;
    // A URL seen before changes a summary already listed: rare, so then the whole view is rebuilt.
    const seen = new Set<string>();
    for (let index = from; index < file.summaries.length; index++) {
      const canonical = file.canonical[index];
      if (this.slots.has(canonical) || seen.has(canonical)) {
        this.stale = true;
        return this.rebuild();
      }
      seen.add(canonical);
    }
    const added: Slot[] = [];
    for (let index = from; index < file.summaries.length; index++) {
      const canonical = file.canonical[index];
      const slot = { summary: file.summaries[index], owner: file, index };
      this.slots.set(canonical, slot);
      added.push(slot);
      const full = file.full[index];
      if (full) this.attach(slot, full);
    }
    for (const slot of added) if (!this.slots.has(slot.summary.url)) this.slots.set(slot.summary.url, slot);
    this.order = this.order.concat(added);
    this.merged = this.merged.concat(added.map(slot => slot.summary));
  }

  /** Gives the kept article the tags and topics of another copy (a copy of the summary, made once). */
  private mergeCopy(kept: Slot, copy: ArticleSummary): void {
    if (kept.summary === kept.owner.summaries[kept.index]) {
      kept.summary = { ...kept.summary, tags: [...kept.summary.tags], topics: [...kept.summary.topics] };
      const full = kept.owner.full[kept.index];
      if (full) {
        full.tags = kept.summary.tags;
        full.topics = kept.summary.topics;
      }
    }
    mergeFacets(kept.summary, copy);
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
        this.mergeCopy(kept, summary);
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
