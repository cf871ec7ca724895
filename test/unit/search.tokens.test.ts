import * as assert from 'node:assert/strict';
import { foldForTerms, foldSameLength, foldTerm, forEachTermBetween, pieceEnd, terms } from '../../src/core/search/tokens';
import { locateMatch, termPattern } from '../../src/core/search/snippet';
import type { Article } from '../../src/core/model';

describe('search: terms', () => {
  it('gives the same terms piece by piece (cut between terms) as in one go', () => {
    const text = [
      'bucket = s3.Bucket(self)\n  aws_iam_role.lambda   x.y.z',
      'ΟΔΟΣ ΚΑΙ ΣΟΦΟΣ İstanbul Résumé e\u0301cole ЛУКОЙЛ 🚀 a.\tb-c d/e:f',
      `key ${'a'.repeat(80)} end\r\nlast`,
      'a=b.c(d);e_f.g[h]=i/j:k;l--m..n;;o(p.q.r)'.repeat(4),
    ].join('\n').repeat(3);
    const whole = terms(text);
    const folded = foldForTerms(text);
    for (const size of [1, 2, 5, 17, 64]) {
      const pieces: string[] = [];
      let count = 0;
      for (let from = 0; from < text.length; count++) {
        const to = pieceEnd(folded, from, size);
        assert.ok(to > from);
        forEachTermBetween(folded, from, to, term => pieces.push(term));
        from = to;
      }
      assert.ok(count > 3, `size ${size}: ${count} pieces`);
      assert.deepEqual(pieces, whole, `pieces of ${size}`);
    }
  });

  it('keeps code identifiers whole and also splits them', () => {
    assert.deepEqual(terms('bucket = s3.Bucket(self)'), ['bucket', 'bucket', 's3', 's3.bucket', 'self']);
    assert.deepEqual(terms('aws_iam_role.lambda'), ['iam', 'role', 'lambda', 'aws', 'aws_iam_role.lambda']);
  });

  it('emits only whole tokens for queries', () => {
    assert.deepEqual(terms('s3.Bucket real-time', false), ['s3.bucket', 'real-time']);
  });

  it('folds case and diacritics, keeps Cyrillic', () => {
    assert.deepEqual(terms('Sébastien RAPHAËL Лукойл „Тоест“'), ['sebastien', 'raphael', 'лукойл', 'тоест']);
    assert.equal(foldTerm('ÉCOLE'), 'ecole');
  });

  it('treats punctuation at word ends as separators, not connectors', () => {
    assert.deepEqual(terms('Hello. World_ -x a.'), ['hello', 'world', 'x', 'a']);
  });

  it('skips overlong terms (hashes, base64)', () => {
    assert.deepEqual(terms(`key ${'a'.repeat(80)} end`), ['key', 'end']);
  });

  it('folds text without changing its length, so offsets map back', () => {
    const text = 'Résumé of ЛУКОЙЛ İstanbul 🚀 done';
    const folded = foldSameLength(text);
    assert.equal(folded.length, text.length);
    assert.equal(folded.slice(0, 6), 'resume');
    assert.equal(folded.slice(10, 16), 'лукойл');
  });
});

describe('search: snippets', () => {
  const article: Article = {
    url: 'https://example.com/a', title: 'Streaming with Kinesis', author: 'A', authors: ['A'], source: 'Example',
    topics: [], tags: [], language: 'en', file: 'f.txt', titleLine: 1, syndicatedLine: 3, bodyStartLine: 5,
    bodyEndLine: 9, wordCount: 40,
    body: [
      { type: 'paragraph', line: 5, text: 'An introduction that does not mention the service at all.' },
      { type: 'paragraph', line: 7, text: `${'Filler words here. '.repeat(10)}Then we wire Amazon Kinesis Data Streams to Lambda and ${'more text follows. '.repeat(10)}` },
    ],
    codeBlocks: [],
  };

  it('cuts an excerpt around the first body match and returns the text as written', () => {
    const { snippet, highlight } = locateMatch(article, termPattern(['kinesis']));
    assert.equal(highlight, 'Kinesis');
    assert.match(snippet, /^… .*Amazon Kinesis Data Streams.* …$/);
    assert.ok(snippet.length < 220, snippet);
  });

  it('falls back to the opening paragraph when only the title matched', () => {
    const { snippet, highlight } = locateMatch(article, termPattern(['streaming']));
    assert.equal(highlight, 'Streaming');
    assert.equal(snippet, 'An introduction that does not mention the service at all.');
  });

  it('matches whole terms only, ignoring case and accents', () => {
    assert.equal(locateMatch(article, termPattern(['introduc'])).highlight, undefined);
    assert.equal(locateMatch(article, termPattern(['introduction'])).highlight, 'introduction');
    assert.equal(locateMatch({ ...article, title: 'Un café à Sofia' }, termPattern(['cafe'])).highlight, 'café');
    assert.equal(locateMatch({ ...article, title: 'ЛУКОЙЛ' }, termPattern(['лукойл'])).highlight, 'ЛУКОЙЛ');
  });
});
