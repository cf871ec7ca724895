// Renders an article to the reader's HTML. Pure (no `vscode`), so escaping is unit-tested in plain Node.
//
// Article text is untrusted: every piece of it goes through `escapeText`/`escapeAttribute`, never into a
// URL-bearing attribute, and the only link target (the original URL) is kept in a data attribute that the
// host validates before opening. Every text-bearing element carries `data-offset`, its segment start in
// core/readingText.ts, emitted in the same order, so annotation offsets map onto DOM ranges.
import type { Article, BodyBlock, CodeBlock, CodeKind, CodeLanguage } from '../core/model';
import { languageName } from '../core/languageNames';

/** Localised text of the reader's chrome, supplied by the host. */
export interface ArticleStrings {
  byAuthors(authors: string): string;
  readingTime(minutes: number): string;
  openOriginal: string;
  contents: string;
  topics: string;
  copy: string;
  insert: string;
  open: string;
  changeLanguage: string;
  codeBlock(position: number, language: string): string;
  kind(kind: Exclude<CodeKind, null>): string;
}

const WORDS_PER_MINUTE = 200;
const SECTION_BLOCKS = 40;

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // The HTML parser turns CR into LF and drops NUL; both would shift reading-text offsets.
  '\r': '&#13;',
  '\0': '\uFFFD',
};

/** Escapes text for element content and for double-quoted attribute values alike. */
export function escapeText(text: string): string {
  return text.replace(/[&<>"'\r\0]/g, ch => TEXT_ESCAPES[ch]);
}

export const escapeAttribute = escapeText;

/** The URL when it is an absolute http(s) URL, otherwise undefined: nothing else may become a link. */
export function safeExternalUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** The id of a heading element, derived from its reading-text offset (unique within an article). */
export function headingId(offset: number): string {
  return `h-${offset}`;
}

class Renderer {
  private offset = 0;
  private readonly out: string[] = [];
  readonly headings: { id: string; text: string }[] = [];

  constructor(
    private readonly article: Article,
    private readonly codeBlocks: readonly CodeBlock[],
    private readonly strings: ArticleStrings,
  ) {}

  /** Claims the next reading-text segment for `text`; mirrors readingText()'s `add`. */
  private claim(text: string): number {
    const start = this.offset;
    this.offset += text.length + 1;
    return start;
  }

  private textElement(tag: string, text: string, attributes = ''): void {
    const start = this.claim(text);
    this.out.push(`<${tag}${attributes} data-offset="${start}">${escapeText(text)}</${tag}>`);
  }

  title(): void {
    this.textElement('h1', this.article.title, ' class="title"');
  }

  blocks(blocks: readonly BodyBlock[]): void {
    for (const block of blocks) this.block(block);
  }

  /**
   * The article's top-level blocks in sections of a few dozen: the webview lets the browser skip style,
   * layout and paint of sections off screen, which keeps a 1 MB article quick to show.
   */
  sections(blocks: readonly BodyBlock[]): void {
    for (let i = 0; i < blocks.length; i += SECTION_BLOCKS) {
      this.out.push('<div class="section">');
      this.blocks(blocks.slice(i, i + SECTION_BLOCKS));
      this.out.push('</div>');
    }
  }

  private block(block: BodyBlock): void {
    switch (block.type) {
      case 'heading': {
        const id = headingId(this.offset);
        this.headings.push({ id, text: block.text });
        this.textElement('h2', block.text, ` id="${id}"`);
        break;
      }
      case 'paragraph':
        this.textElement('p', block.text);
        break;
      case 'caption':
        this.textElement('p', block.text, ' class="caption"');
        break;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        this.out.push(`<${tag}>`);
        for (const item of block.items) {
          this.out.push('<li>');
          this.textElement('span', item.text, ' class="item-text"');
          this.blocks(item.children);
          this.out.push('</li>');
        }
        this.out.push(`</${tag}>`);
        break;
      }
      case 'table':
        this.table(block.rows, block.header !== false);
        break;
      case 'code':
        this.code(block.codeIndex);
        break;
    }
  }

  /** The first row becomes the header when the table has one and a body under it. */
  private table(rows: readonly string[][], hasHeader: boolean): void {
    const columns = Math.max(0, ...rows.map(row => row.length));
    this.out.push('<div class="table-wrap"><table>');
    const bodyStart = hasHeader && rows.length > 1 ? 1 : 0;
    rows.forEach((row, r) => {
      const header = r < bodyStart;
      if (header) this.out.push('<thead>');
      if (r === bodyStart) this.out.push('<tbody>');
      this.out.push('<tr>');
      for (const cell of row) this.textElement(header ? 'th' : 'td', cell, header ? ' scope="col"' : '');
      // Pad short rows so the grid stays rectangular; padding cells carry no text and no offset.
      for (let c = row.length; c < columns; c++) this.out.push(header ? '<th></th>' : '<td></td>');
      this.out.push('</tr>');
      if (header) this.out.push('</thead>');
    });
    if (rows.length > 0) this.out.push('</tbody>');
    this.out.push('</table></div>');
  }

  private code(index: number): void {
    const block = this.codeBlocks[index] ?? this.article.codeBlocks[index];
    const code = this.article.codeBlocks[index]?.code ?? '';
    const lang: CodeLanguage = block?.lang ?? 'plaintext';
    const label = languageName(lang);
    const s = this.strings;
    const kind = block?.kind ? `<span class="code-kind">${escapeText(s.kind(block.kind))}</span>` : '';
    const button = (action: string, text: string) =>
      `<button type="button" class="code-action" data-action="${action}" data-index="${index}" tabindex="-1">${escapeText(text)}</button>`;
    this.out.push(
      `<figure class="code-block" tabindex="0" data-index="${index}" data-lang="${escapeAttribute(lang)}"` +
        ` aria-label="${escapeAttribute(s.codeBlock(index + 1, label))}">`,
      '<figcaption class="code-header">',
      `<button type="button" class="code-lang" data-action="setLanguage" data-index="${index}" tabindex="-1"` +
        ` title="${escapeAttribute(s.changeLanguage)}">${escapeText(label)}</button>`,
      kind,
      '<span class="code-actions">',
      button('copy', s.copy),
      button('insert', s.insert),
      button('open', s.open),
      '</span></figcaption>',
    );
    const start = this.claim(code);
    this.out.push(`<pre><code data-offset="${start}" data-code-index="${index}">${escapeText(code)}</code></pre></figure>`);
  }

  /** The HTML emitted since the last call. */
  take(): string {
    return this.out.splice(0).join('');
  }
}

/**
 * The reader's HTML for an article: header (title, byline, source link, topics, reading time), table of
 * contents and body. `codeBlocks` are the blocks with the user's language overrides applied.
 */
export function renderArticle(article: Article, codeBlocks: readonly CodeBlock[], strings: ArticleStrings): string {
  const renderer = new Renderer(article, codeBlocks, strings);
  renderer.title();
  const titleHtml = renderer.take();
  renderer.sections(article.body);
  const bodyHtml = renderer.take();

  const lang = article.language ? ` lang="${escapeAttribute(article.language)}"` : '';
  return [
    `<header class="article-header"${lang}>`,
    titleHtml,
    byline(article, strings),
    topics(article, strings),
    '</header>',
    tableOfContents(renderer.headings, strings),
    `<article class="article-body"${lang}>`,
    bodyHtml,
    '</article>',
  ].join('');
}

function byline(article: Article, strings: ArticleStrings): string {
  const parts: string[] = [];
  const authors = article.authors.length > 0 ? article.authors.join(', ') : article.author;
  if (authors) parts.push(`<span class="authors">${escapeText(strings.byAuthors(authors))}</span>`);
  const href = safeExternalUrl(article.url);
  const sourceName = article.source || (href ? new URL(href).hostname : article.url);
  if (href) {
    parts.push(
      `<button type="button" class="link source" data-href="${escapeAttribute(href)}"` +
        ` title="${escapeAttribute(`${strings.openOriginal} (${href})`)}">${escapeText(sourceName)}</button>`,
    );
  } else if (sourceName) {
    parts.push(`<span class="source">${escapeText(sourceName)}</span>`);
  }
  parts.push(`<span class="reading-time">${escapeText(strings.readingTime(readingMinutes(article.wordCount)))}</span>`);
  return `<p class="byline">${parts.join('<span class="separator" aria-hidden="true"> · </span>')}</p>`;
}

function topics(article: Article, strings: ArticleStrings): string {
  if (article.topics.length === 0) return '';
  const items = article.topics.map(topic => `<li>${escapeText(topic)}</li>`).join('');
  return `<ul class="topics" aria-label="${escapeAttribute(strings.topics)}">${items}</ul>`;
}

/** Headings beyond which the table of contents starts collapsed, so the article stays in view. */
const TOC_OPEN_MAX = 12;

function tableOfContents(headings: readonly { id: string; text: string }[], strings: ArticleStrings): string {
  if (headings.length < 2) return '';
  const items = headings
    .map(h => `<li><button type="button" class="link toc-entry" data-target="${h.id}">${escapeText(h.text)}</button></li>`)
    .join('');
  const open = headings.length <= TOC_OPEN_MAX ? ' open' : '';
  return `<nav class="toc" aria-label="${escapeAttribute(strings.contents)}"><details${open}>` +
    `<summary class="toc-title">${escapeText(strings.contents)} (${headings.length})</summary><ol>${items}</ol></details></nav>`;
}
