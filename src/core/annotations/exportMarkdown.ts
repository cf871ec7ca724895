// Notes as a Markdown document. Idempotent: the same notes always give the same text (no export time, stable
// order), so re-exporting over a previous export changes only what changed.
import type { Annotation } from '../model';
import { isHighlightColor } from './notesFile';

export interface ExportedArticle {
  url: string;
  title: string;
  source?: string;
  author?: string;
}

export interface MarkdownExportOptions {
  /** Article details by URL; annotations of unknown articles are listed under their URL. */
  article: (url: string) => ExportedArticle | undefined;
  /** Ids of annotations whose quote can no longer be found in the current article text. */
  orphans?: ReadonlySet<string>;
  /** The language of a code block (fenced code gets it as its info string, for syntax colouring). */
  codeLanguage?: (url: string, codeIndex: number) => string | undefined;
}

const COLOR_MARKS: Record<string, string> = {
  yellow: '🟨 Yellow',
  green: '🟩 Green',
  blue: '🟦 Blue',
  pink: '🩷 Pink',
  purple: '🟪 Purple',
};

export function notesToMarkdown(annotations: readonly Annotation[], options: MarkdownExportOptions): string {
  const byUrl = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const list = byUrl.get(annotation.url) ?? [];
    list.push(annotation);
    byUrl.set(annotation.url, list);
  }
  const articles = [...byUrl.keys()]
    .map(url => options.article(url) ?? { url, title: url })
    .sort((a, b) => compare(a.title, b.title) || compare(a.url, b.url));

  const lines: string[] = [];
  if (articles.length === 1) {
    lines.push(`# Notes: ${escapeInline(articles[0].title)}`, '');
  } else {
    lines.push('# Notes', '', `${count(articles.length, 'article')}, ${count(annotations.length, 'annotation')}.`, '');
  }
  for (const article of articles) {
    if (articles.length > 1) lines.push(`## ${escapeInline(article.title)}`, '');
    const byline = [article.source, article.author].filter((part): part is string => !!part).map(escapeInline);
    lines.push([`<${article.url}>`, ...byline].join(' · '), '');
    const notes = [...(byUrl.get(article.url) ?? [])].sort((a, b) =>
      a.start - b.start || a.end - b.end || compare(a.created, b.created) || compare(a.id, b.id));
    for (const annotation of notes) lines.push(...annotationLines(annotation, article.url, options), '');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

function annotationLines(annotation: Annotation, url: string, options: MarkdownExportOptions): string[] {
  const color = COLOR_MARKS[isHighlightColor(annotation.color) ? annotation.color : 'yellow'];
  const heading = [color, annotation.created.slice(0, 10)];
  if (annotation.codeIndex !== undefined) heading.push(`code block ${annotation.codeIndex + 1}`);
  if (options.orphans?.has(annotation.id)) heading.push('text no longer found in the article');
  const lines = [`### ${heading.join(' · ')}`, ''];
  if (annotation.codeIndex !== undefined) {
    const fence = '`'.repeat(Math.max(3, longestRun(annotation.quote, '`') + 1));
    const language = options.codeLanguage?.(url, annotation.codeIndex) ?? '';
    lines.push(fence + (/^[\w+#-]+$/.test(language) && language !== 'plaintext' ? language : ''), ...annotation.quote.split('\n'), fence);
  } else {
    lines.push(...annotation.quote.split('\n').map(line => (line ? `> ${escapeInline(line)}` : '>')));
  }
  lines.push('');
  if (annotation.note?.trim()) lines.push(annotation.note.trim(), '');
  lines.push(`[Open in the source](${textFragmentLink(url, annotation.quote)})`);
  return lines;
}

/**
 * A link that scrolls a browser to the quote (URL text fragment). Long quotes are addressed by their first and
 * last words.
 */
export function textFragmentLink(url: string, quote: string): string {
  const words = quote.split(/\s+/).filter(Boolean);
  if (!words.length || !/^https?:/i.test(url)) return escapeLinkTarget(url);
  const base = url.replace(/#.*$/, '');
  const directive = words.length <= 8
    ? encodeFragmentText(words.join(' '))
    : `${encodeFragmentText(words.slice(0, 4).join(' '))},${encodeFragmentText(words.slice(-4).join(' '))}`;
  return escapeLinkTarget(`${base}#:~:text=${directive}`);
}

function encodeFragmentText(text: string): string {
  // '-', ',' and '&' separate text-fragment parts; parentheses would end the Markdown link target.
  return encodeURIComponent(text).replace(/[-!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function escapeLinkTarget(url: string): string {
  const escapes: Record<string, string> = { ' ': '%20', '(': '%28', ')': '%29', '<': '%3C', '>': '%3E' };
  return url.replace(/[ ()<>]/g, c => escapes[c]);
}

/** Article text shown as Markdown literally: characters that would format or link are escaped. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, c => `\\${c}`);
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
