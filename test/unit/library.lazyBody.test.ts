// Bodies cross from the parse worker as JSON in one transferred buffer per batch and are parsed on the host
// when read (src/library/lazyBody.ts): the articles must be the parser's, body included.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseText } from '../../src/core/parse';
import { packArticles, unpackArticles } from '../../src/library/lazyBody';
import { corpusDir } from '../harness/paths';

describe('library: bodies sent as JSON, parsed when read', () => {
  const name = fs.readdirSync(corpusDir).filter(n => n.endsWith('.txt')).sort()[0];
  const posts = parseText(fs.readFileSync(path.join(corpusDir, name), 'utf8'), name).posts;

  it('gives back the parser\'s articles, each body parsed on first read and the same while in use', () => {
    const batch = packArticles(posts);
    assert.ok(batch.bodies instanceof ArrayBuffer);
    assert.ok(!('body' in batch.posts[0]), 'no body objects travel');
    const articles = unpackArticles(structuredClone(batch, { transfer: [batch.bodies] }));
    assert.equal(batch.bodies.byteLength, 0, 'the buffer was transferred, not copied');
    assert.deepEqual(articles, posts);
    const body = articles[1].body;
    assert.equal(articles[1].body, body, 'the same blocks while held');
    assert.deepEqual(JSON.parse(JSON.stringify(articles[2])), JSON.parse(JSON.stringify(posts[2])), 'serialised with its body');
  });

  it('lets a body be replaced', () => {
    const [article] = unpackArticles(packArticles(posts.slice(0, 1)));
    article.body = [];
    assert.deepEqual(article.body, []);
    assert.deepEqual({ ...article }.body, []);
  });
});
