// The data model shared by every layer: the parser produces it, the CLI prints it, the extension shows it.
// Pure types, no behaviour, no `vscode` import.

/** VS Code language ids the parser may assign to a code block (../shared/contracts/parse-output.md). */
export const CODE_LANGUAGES = [
  'sql', 'typescript', 'javascript', 'python', 'json', 'yaml', 'shellscript', 'powershell', 'dockerfile',
  'java', 'go', 'rust', 'c', 'cpp', 'csharp', 'kotlin', 'scala', 'ruby', 'php', 'hcl', 'xml', 'html', 'css',
  'ini', 'toml', 'graphql', 'markdown', 'diff', 'plaintext',
] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

export type CodeKind = 'cdk' | 'iam-policy' | 'command' | 'output' | null;

export interface CodeBlock {
  /** 0-based index among the article's code blocks: with the article URL, the block's address. */
  index: number;
  /** 1-based, inclusive: first and last file line holding the block's code. */
  startLine: number;
  endLine: number;
  lang: CodeLanguage;
  kind: CodeKind;
  /** The code as the article shows it, list markers and list indentation removed. */
  code: string;
  /** True when at least one line starts with a shell prompt (`$ `, `~ % `, `PS> `…). */
  hasPrompts: boolean;
}

/** One node of an article body, in reading order. */
export type BodyBlock =
  | { type: 'heading'; line: number; text: string }
  | { type: 'paragraph'; line: number; text: string }
  | { type: 'caption'; line: number; text: string }
  | { type: 'list'; line: number; ordered: boolean; items: ListItem[] }
  /** `header: false`: every row is a record (a key/value table); otherwise the first row names the columns. */
  | { type: 'table'; line: number; rows: string[][]; header?: false }
  | { type: 'code'; line: number; codeIndex: number };

export interface ListItem {
  line: number;
  /** The item's own text (may be empty when the item starts with code). */
  text: string;
  /** What is nested under the item: paragraphs, nested lists, code. */
  children: BodyBlock[];
}

export interface Article {
  /** The "original" URL of the post: the article's identity across files. */
  url: string;
  title: string;
  /** Verbatim text between "Post Syndicated from " and " original ". */
  author: string;
  authors: string[];
  /** Human name of the site/blog, e.g. "AWS Big Data Blog", "LWN.net". */
  source: string;
  topics: string[];
  /** Tags from the file's "Tag Archives: X" preamble. */
  tags: string[];
  /** Natural language of the text: "en", "bg", … */
  language: string;
  /** The file the article was read from (path or URI string as given to the parser). */
  file: string;
  titleLine: number;
  syndicatedLine: number;
  bodyStartLine: number;
  bodyEndLine: number;
  body: BodyBlock[];
  codeBlocks: CodeBlock[];
  wordCount: number;
}

/** An article as the headline pass (headlines.ts) knows it, before its body is parsed. */
export type ArticleSummary = Omit<Article, 'body' | 'codeBlocks' | 'wordCount'>;

export interface ParsedFile {
  file: string;
  preamble: string | null;
  /** Set when the file could not be read or decoded; `posts` is then empty. */
  error?: string;
  /** Encoding the file was decoded from, e.g. "utf-8", "utf-16le", "windows-1251". */
  encoding?: string;
  /** Set when the file was read but holds no posts (not an error: the file may simply be something else). */
  notice?: string;
  posts: Article[];
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/**
 * A highlight, optionally with a note. Anchored to the article's reading text (core/readingText.ts) by an
 * exact quote with its prefix and suffix plus a position hint, so it survives edits to the article.
 */
export interface Annotation {
  id: string;
  url: string;
  quote: string;
  prefix: string;
  suffix: string;
  /** Offsets into the article's reading text when last anchored. */
  start: number;
  end: number;
  color: HighlightColor;
  /** Markdown text. */
  note?: string;
  /** Set when the annotation sits on a code block. */
  codeIndex?: number;
  /** ISO timestamps. */
  created: string;
  updated: string;
  /** Unknown fields written by newer versions are kept as they are. */
  [extra: string]: unknown;
}
