// Article bodies as the parse worker sends them: each batch's bodies as JSON in one UTF-8 buffer, transferred
// (not copied), instead of ~200 objects per article. The extension host keeps a view of an article's bytes
// and parses them when `body` is read (the reader, a tooltip, the search index), holding the parsed blocks
// only while something else does (a WeakRef). Ten thousand parsed bodies are ~2 million objects: kept on the
// host, every young-generation collection copied a full semi-space of them as they arrived (pauses of
// 80-140 ms); bytes outside the JavaScript heap are never copied by the collector. Pure (no vscode).
import type { Article, BodyBlock } from '../core/model';

/** An article on its way from the worker: everything but the body, and where its body's JSON lies in the batch's buffer. */
export type PackedArticle = Omit<Article, 'body'> & { bodyAt: [start: number, end: number] };

export interface PackedBatch {
  posts: PackedArticle[];
  /** Every body's JSON, UTF-8: transfer it with the message. */
  bodies: ArrayBuffer;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function packArticles(articles: readonly Article[]): PackedBatch {
  const parts = articles.map(article => encoder.encode(JSON.stringify(article.body)));
  const bytes = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  const posts = articles.map((article, k): PackedArticle => {
    const { body: _body, ...rest } = article;
    bytes.set(parts[k], at);
    at += parts[k].length;
    return { ...rest, bodyAt: [at - parts[k].length, at] };
  });
  return { posts, bodies: bytes.buffer };
}

/** The articles with `body` a getter over their JSON: the same blocks, parsed on first use and while in use. */
export function unpackArticles(batch: PackedBatch): Article[] {
  return batch.posts.map(packed => {
    const { bodyAt, ...rest } = packed;
    const bytes = new Uint8Array(batch.bodies, bodyAt[0], bodyAt[1] - bodyAt[0]);
    const article = rest as Article;
    let held: WeakRef<BodyBlock[]> | undefined;
    Object.defineProperty(article, 'body', {
      enumerable: true,
      configurable: true,
      get(): BodyBlock[] {
        let body = held?.deref();
        if (!body) {
          body = JSON.parse(decoder.decode(bytes)) as BodyBlock[];
          held = new WeakRef(body);
        }
        return body;
      },
      // A caller that sets the body (none in the extension does) gets a plain property.
      set(value: BodyBlock[]) {
        Object.defineProperty(article, 'body', { value, enumerable: true, configurable: true, writable: true });
      },
    });
    return article;
  });
}
