// What of an article is searchable, as separate fields so that a title match outranks a body match.
import type { Article, BodyBlock } from '../model';

export const FIELDS = ['title', 'meta', 'text', 'code'] as const;
export type FieldName = (typeof FIELDS)[number];

/** Relative weight of a match in each field (BM25 score multipliers). */
export const FIELD_BOOST: Readonly<Record<FieldName, number>> = { title: 5, meta: 3, text: 1, code: 1 };

export type SearchDocument = Readonly<Record<FieldName, string>>;

/** The prose of the body (headings, paragraphs, captions, list items, table cells), without the code. */
export function proseOf(blocks: readonly BodyBlock[], out: string[] = []): string[] {
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
      case 'caption':
        out.push(block.text);
        break;
      case 'list':
        for (const item of block.items) {
          out.push(item.text);
          proseOf(item.children, out);
        }
        break;
      case 'table':
        for (const row of block.rows) out.push(row.join(' '));
        break;
      case 'code':
        break;
    }
  }
  return out;
}

export function searchDocument(article: Article): SearchDocument {
  return {
    title: article.title,
    meta: [...(article.authors.length ? article.authors : [article.author]), article.source, ...article.topics, ...article.tags].join('\n'),
    text: proseOf(article.body).join('\n'),
    code: article.codeBlocks.map(block => block.code).join('\n'),
  };
}
