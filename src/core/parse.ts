// The parser's public entry: text of a dump → ParsedFile with its articles. Pure (no fs, no vscode).
import { splitAuthors } from './authors';
import { buildBody } from './body/structure';
import { evidenceOf, findCodeSpans, type CodeSpan } from './body/codeBlocks';
import { toBodyLine, type BodyLine } from './body/lines';
import { detectLanguage, withArticleHint, type LanguageGuess } from './language';
import type { Article, CodeBlock, CodeLanguage, ParsedFile } from './model';
import { naturalLanguageOfParts } from './naturalLanguage';
import { Opening } from './opening';
import { PRIMER_DUMPS } from './body/primer';
import { hasPrompts } from './prompts';
import { splitPosts, tagsOf, type RawPost } from './posts';
import { sourceOf } from './sources';
import { LineIndex } from './text';
import { topicRules, topicsOf, type TopicOverrides, type TopicRule } from './topics';

export { decode, type DecodeResult } from './decode';
export { mergeArticles } from './merge';

export interface ParseOptions {
  /** User topic rules (setting `techArticles.topics`): topic → keywords or URL fragments. */
  topics?: TopicOverrides;
}

/** Characters of text this process has parsed, and whether it has parsed the primer (body/primer.ts says why). */
let parsedChars = 0;
let primed = false;
/** Below this much text the primer costs more than it saves (a cold 1 MB parse takes as long either way; 3 MB and
 * up are 8–15% quicker primed; a 100 KB file alone would pay ≈ 20 ms for nothing). */
const PRIME_AFTER_CHARS = 1 << 20;
/** Twice: V8 gives a function its type-feedback store only after it has run a while, so the first pass fills the
 * stores and the second records every path in them. */
const PRIMER_PASSES = 2;

export function parseText(text: string, fileName: string, options: ParseOptions = {}): ParsedFile {
  parsedChars += text.length;
  if (!primed && parsedChars >= PRIME_AFTER_CHARS) primeParser();
  return parseUnprimed(text, fileName, options);
}

/** Parses the primer (once more when called again): exported for the test that it changes no result. */
export function primeParser(): void {
  primed = true;
  for (let pass = 0; pass < PRIMER_PASSES; pass++) for (const dump of PRIMER_DUMPS) parseUnprimed(dump, 'primer.txt', {});
}

function parseUnprimed(text: string, fileName: string, options: ParseOptions): ParsedFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(source);
  const { preamble, posts } = splitPosts(lines);
  const tags = tagsOf(preamble);
  const rules = topicRules(options.topics);
  const articles = posts.map(post => toArticle(post, lines, fileName, tags, rules));
  const parsed: ParsedFile = { file: fileName, preamble, posts: articles };
  if (articles.length === 0) parsed.notice = 'No posts found: no "Post Syndicated from … original …" line in this file.';
  return parsed;
}

function toArticle(post: RawPost, lines: LineIndex, file: string, tags: string[], rules: readonly TopicRule[]): Article {
  const bodyLines = bodyLinesOf(post, lines);
  const evidence = evidenceOf(bodyLines);
  const wordCount = evidence.words; // now: the next body's look reuses the object
  const spans = findCodeSpans(bodyLines, evidence.lines);
  // Arrays read by code V8 optimises are filled with push: Array#map's result has one elements kind when run
  // interpreted and another when optimised, and each change of kind deoptimised this function.
  const guesses: LanguageGuess[] = [];
  for (const span of spans) guesses.push(detectLanguage(span.code));
  const codeBlocks = codeBlocksOf(spans, guesses, bodyLines);
  const body = buildBody(bodyLines, spans);
  const opening = openingOf(bodyLines);
  const article: Article = {
    url: post.url,
    title: post.title,
    author: post.author,
    authors: splitAuthors(post.author),
    source: sourceOf(post.url),
    topics: [],
    tags: [...tags],
    language: naturalLanguageOfParts(post.title, opening),
    file,
    titleLine: post.titleIndex + 1,
    syndicatedLine: post.syndicatedIndex + 1,
    bodyStartLine: post.bodyStart + 1,
    bodyEndLine: Math.max(post.bodyStart, post.bodyEnd) + 1,
    body,
    codeBlocks,
    wordCount,
  };
  article.topics = topicsOf({ url: post.url, title: post.title, tags, text: opening }, undefined, rules);
  return article;
}

/** The body's lines. A function of its own: its loop, long for a long article, would otherwise have V8 compile
 * all of toArticle on the spot (on-stack replacement) before the rest of it had run even once. */
function bodyLinesOf(post: RawPost, lines: LineIndex): BodyLine[] {
  const bodyLines: BodyLine[] = [];
  for (let i = post.bodyStart; i <= post.bodyEnd; i++) {
    bodyLines.push(lines.lineLength(i) === 0 ? EMPTY_LINE : toBodyLine(lines.line(i), i));
  }
  return bodyLines;
}

/** Every empty line of a body is this one object (a third of a dump's lines are empty): nothing reads the index
 * of a blank line (blocks, units and code ranges start and end on lines with text). */
const EMPTY_LINE: BodyLine = toBodyLine('', -1);

/** Plain loops over the body in functions of their own, not Array#map, reduce or a generator: callbacks and the
 * iterator protocol made toArticle and the opening large jobs for the optimising compiler. */
function codeBlocksOf(spans: readonly CodeSpan[], guesses: readonly LanguageGuess[], bodyLines: readonly BodyLine[]): CodeBlock[] {
  const hint = dominantScriptLanguage(guesses);
  const codeBlocks: CodeBlock[] = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index];
    const guess = withArticleHint(guesses[index], hint);
    codeBlocks.push({
      index,
      startLine: bodyLines[span.first].index + 1,
      endLine: bodyLines[span.last].index + 1,
      lang: guess.lang,
      kind: guess.kind,
      code: span.code,
      hasPrompts: hasPrompts(span.code),
    });
  }
  return codeBlocks;
}

function openingOf(bodyLines: readonly BodyLine[]): string {
  const opening = new Opening();
  for (let k = 0; k < bodyLines.length; k++) if (opening.add(bodyLines[k].raw)) break;
  return opening.text();
}

/** TypeScript vs JavaScript is often undecidable for one short block; the article's other blocks decide. */
function dominantScriptLanguage(guesses: readonly LanguageGuess[]): CodeLanguage | undefined {
  let ts = 0;
  let js = 0;
  for (const guess of guesses) {
    if (guess.lang === 'typescript') ts++;
    else if (guess.lang === 'javascript') js++;
  }
  if (ts > js) return 'typescript';
  if (js > ts) return 'javascript';
  return undefined;
}
