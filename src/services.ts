// The few long-lived services that features share. Features depend on these interfaces only, never on each
// other's insides; activate() creates the implementations and hands them out.
import type * as vscode from 'vscode';
import type { Annotation, Article, ArticleSummary, CodeBlock, CodeLanguage } from './core/model';
import type { NewAnnotation } from './core/annotations/notesStore';

export interface SourceProblem {
  /** File path or URI string. */
  file: string;
  /** Human-readable reason, e.g. "binary file (NUL bytes)", "no posts found". */
  reason: string;
  /** The file's URI string, when it exists (clicking the problem opens it). */
  uri?: string;
}

/** The parsed corpus: every article from every configured source, kept current as files change. */
export interface ArticleLibrary {
  readonly onDidChange: vscode.Event<void>;
  /** Resolves when the current (re)load has finished. */
  whenReady(): Promise<void>;
  readonly loading: boolean;
  /** Articles whose body is parsed: while a load is under way, a part of `summaries()`. */
  articles(): readonly Article[];
  /** The article once its body is parsed; `fullArticle` waits for it. */
  article(url: string): Article | undefined;
  /**
   * Every article's headline (title, URL, authors, source, topics, tags, file, lines), known before its body
   * is parsed (a headline pass comes first): what lists of articles show. Never has a body or code blocks.
   */
  summaries(): readonly ArticleSummary[];
  summary(url: string): ArticleSummary | undefined;
  /** The article, waiting (with progress, its body parsed first) while it is still being parsed. */
  fullArticle(url: string): Promise<Article | undefined>;
  problems(): readonly SourceProblem[];
  /** Files that contributed articles. */
  files(): readonly string[];
  /** The block with the user's language override applied. */
  codeBlock(url: string, index: number): CodeBlock | undefined;
  setLanguageOverride(url: string, index: number, lang: CodeLanguage): Promise<void>;
  /** Adds a file or folder (path or URI string) to `techArticles.sources` and loads it. */
  addSource(source: string): Promise<void>;
  /** Loads the bundled sample articles (in addition to the configured sources). */
  openSamples(): Promise<void>;
  refresh(): Promise<void>;
}

/** Read state and favorites: small keys in Memento, synced across machines. */
export interface ReadingState {
  readonly onDidChange: vscode.Event<readonly string[]>;
  isRead(url: string): boolean;
  isFavorite(url: string): boolean;
  setRead(urls: readonly string[], read: boolean): Promise<void>;
  setFavorite(url: string, favorite: boolean): Promise<void>;
}

/** The annotations of every article, persisted in the notes file. */
export interface AnnotationStore {
  readonly onDidChange: vscode.Event<void>;
  all(): readonly Annotation[];
  forArticle(url: string): readonly Annotation[];
  /** Stores a new annotation (start/end from `anchorQuote`/`quoteSelector` in core/annotations/anchor.ts). */
  add(annotation: NewAnnotation): Promise<Annotation>;
  update(id: string, change: Partial<Pick<Annotation, 'color' | 'note'>>): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Remembers the last focused text editor: `activeTextEditor` is undefined while a webview has focus. */
export interface EditorTracker {
  lastTextEditor(): vscode.TextEditor | undefined;
}

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  readonly library: ArticleLibrary;
  readonly reading: ReadingState;
  readonly annotations: AnnotationStore;
  readonly editors: EditorTracker;
  /** The Articles view's data provider, set by the tree feature; tests read the view's content through it. */
  articlesTree?: vscode.TreeDataProvider<unknown>;
  /** The reader's tabs, set by the reader feature; tests inspect them and drive their message path. */
  reader?: ReaderAccess;
}

export interface ReaderTabInfo {
  url: string;
  title: string;
  pinned: boolean;
  /** Renders the webview has reported drawn. */
  renders: number;
  /** Highlights last sent to the webview. */
  highlights: number;
}

export interface ReaderAccess {
  tabs(): readonly ReaderTabInfo[];
  /** Handles `message` as if the webview of the tab showing `url` had posted it (validated the same way). */
  receive(url: string, message: unknown): Promise<void>;
}
