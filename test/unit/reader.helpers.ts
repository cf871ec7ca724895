// Test helpers for the reader renderer: hand-built articles, plain strings, and an HTML parser view of the
// output (parse5, the same HTML parsing rules as the webview's innerHTML).
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { Article, BodyBlock, CodeBlock } from '../../src/core/model';
import type { ArticleStrings } from '../../src/reader/html';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export const strings: ArticleStrings = {
  byAuthors: authors => `By ${authors}`,
  readingTime: minutes => `${minutes} min read`,
  openOriginal: 'Open the original article',
  contents: 'Contents',
  topics: 'Topics',
  copy: 'Copy',
  insert: 'Insert at Cursor',
  open: 'Open in Editor',
  changeLanguage: 'Change language',
  codeBlock: (position, language) => `Code block ${position}, ${language}`,
  kind: kind => kind,
};

export function code(index: number, text: string, lang: CodeBlock['lang'] = 'plaintext'): CodeBlock {
  return { index, startLine: 1, endLine: 1, lang, kind: null, code: text, hasPrompts: false };
}

export function article(body: BodyBlock[], overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://example.com/blog/post',
    title: 'A title',
    author: 'Ann Author',
    authors: ['Ann Author'],
    source: 'Example Blog',
    topics: ['Testing'],
    tags: [],
    language: 'en',
    file: '/tmp/dump.txt',
    titleLine: 1,
    syndicatedLine: 3,
    bodyStartLine: 5,
    bodyEndLine: 10,
    body,
    codeBlocks: [],
    wordCount: 420,
    ...overrides,
  };
}

export function parse(html: string): Element {
  return parseFragment(html) as unknown as Element;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function elements(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: Node): void => {
    if (isElement(node)) found.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
  };
  for (const child of root.childNodes) walk(child);
  return found;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find(a => a.name === name)?.value;
}

export function textContent(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return (node as { value: string }).value;
  if (!('childNodes' in node)) return '';
  return node.childNodes.map(textContent).join('');
}

export function byTag(root: Element, tag: string): Element[] {
  return elements(root).filter(e => e.tagName === tag);
}

export function byClass(root: Element, className: string): Element[] {
  return elements(root).filter(e => (attr(e, 'class') ?? '').split(/\s+/).includes(className));
}
