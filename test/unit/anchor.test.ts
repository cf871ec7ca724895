import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { anchorAll, anchorQuote, maxQuoteErrors, quoteSelector } from '../../src/core/annotations/anchor';
import type { Article } from '../../src/core/model';
import { parseText } from '../../src/core/parse';
import { codeIndexAt, placeAnnotations } from '../../src/core/annotations/placement';
import { readingText } from '../../src/core/readingText';

const paragraphs = [
  'Amazon Athena lets you query Apache Iceberg tables with standard SQL.',
  'Before you begin, create an S3 bucket for the query results and grant the role access to it.',
  'Iceberg keeps table metadata in manifest files, so partition pruning happens without listing the bucket.',
  'To compact small files, run the OPTIMIZE statement on a schedule; it rewrites data files in place.',
  'Finally, drop the tables you created so that you are not charged for the storage they use.',
];
const original = paragraphs.join('\n') + '\n';

/** The selector the reader would store for `quote` at its `occurrence`-th place in `text`. */
function select(text: string, quote: string, occurrence = 0, id = 'a1') {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  assert.notEqual(at, -1, `test setup: "${quote}" not in text`);
  return { id, ...quoteSelector(text, at, at + quote.length) };
}

describe('anchor: quoteSelector', () => {
  it('keeps the quote with up to 32 characters of context on each side', () => {
    const s = quoteSelector(original, 10, 20);
    assert.equal(s.quote, original.slice(10, 20));
    assert.equal(s.prefix, original.slice(0, 10));
    assert.equal(s.suffix, original.slice(20, 52));
    assert.deepEqual([s.start, s.end], [10, 20]);
  });

  it('orders and clamps a backwards or out-of-range selection', () => {
    const s = quoteSelector('hello world', 20, 6);
    assert.equal(s.quote, 'world');
    assert.deepEqual([s.start, s.end], [6, 11]);
  });
});

describe('anchor: unchanged text', () => {
  it('finds every annotation where it was', () => {
    const a = select(original, 'partition pruning', 0, 'a');
    const b = select(original, 'OPTIMIZE statement', 0, 'b');
    const result = anchorAll(original, [a, b]);
    assert.deepEqual(result.orphans, []);
    assert.deepEqual(result.anchored, [
      { id: 'a', start: a.start, end: a.end },
      { id: 'b', start: b.start, end: b.end },
    ]);
  });

  it('reports an empty quote as an orphan instead of anchoring it anywhere', () => {
    const result = anchorAll(original, [{ id: 'x', quote: '', prefix: '', suffix: '', start: 0 }]);
    assert.deepEqual(result.anchored, []);
    assert.equal(result.orphans[0].id, 'x');
  });
});

describe('anchor: edited text', () => {
  it('follows the quote when text is inserted before it', () => {
    const a = select(original, 'OPTIMIZE statement');
    const edited = 'A new introduction paragraph was added by the author.\n' + original;
    const match = anchorQuote(edited, a);
    assert.ok(match);
    assert.equal(edited.slice(match.start, match.end), 'OPTIMIZE statement');
    assert.equal(match.fuzzy, false);
  });

  it('survives the removal of the paragraph before it', () => {
    const a = select(original, 'drop the tables you created');
    const edited = [paragraphs[0], paragraphs[1], paragraphs[3], paragraphs[4]].join('\n') + '\n';
    const { anchored, orphans } = anchorAll(edited, [a]);
    assert.equal(orphans.length, 0);
    assert.equal(edited.slice(anchored[0].start, anchored[0].end), 'drop the tables you created');
  });

  it('orphans an annotation whose paragraph was removed, keeping the others', () => {
    const gone = select(original, 'manifest files, so partition pruning happens without listing', 0, 'gone');
    const kept = select(original, 'S3 bucket for the query results', 0, 'kept');
    const edited = [paragraphs[0], paragraphs[1], paragraphs[3], paragraphs[4]].join('\n') + '\n';
    const { anchored, orphans } = anchorAll(edited, [gone, kept]);
    assert.deepEqual(orphans.map(o => o.id), ['gone']);
    assert.deepEqual(anchored.map(a => a.id), ['kept']);
    assert.equal(edited.slice(anchored[0].start, anchored[0].end), 'S3 bucket for the query results');
  });

  it('finds a quote whose words were corrected (fuzzy), spanning the corrected text', () => {
    const a = select(original, 'partition pruning happens without listing the bucket');
    const edited = original.replace('partition pruning happens without listing', 'partition pruning happens, without listing');
    const match = anchorQuote(edited, a);
    assert.ok(match);
    assert.equal(match.fuzzy, true);
    assert.equal(edited.slice(match.start, match.end), 'partition pruning happens, without listing the bucket');
  });

  it('covers words corrected at the very start or end of the quote, up to the remembered context', () => {
    const quote = 'Iceberg keeps table metadata in manifest files';
    const a = select(original, quote);
    const edited = original.replace(quote, 'Apache ICEBERG keeps table metadata in manifest files and logs');
    const match = anchorQuote(edited, a);
    assert.ok(match);
    assert.equal(edited.slice(match.start, match.end), 'Apache ICEBERG keeps table metadata in manifest files and logs');
  });

  it('finds a changed quote far from where it was (a long section inserted before it)', () => {
    const a = select(original, 'partition pruning happens without listing the bucket');
    const inserted = 'A long new section. '.repeat(300) + '\n';
    const edited = inserted + original.replace('happens without', 'happens, without');
    const match = anchorQuote(edited, a);
    assert.ok(match);
    assert.equal(edited.slice(match.start, match.end), 'partition pruning happens, without listing the bucket');
  });

  it('prefers a close match far away over a poor one near the remembered position', () => {
    const quote = 'enable versioning on the bucket before replication';
    const near = 'enable tagging on a table before migration';
    const text = `${near}\n${'Unrelated filler text. '.repeat(200)}\n${quote.replace('versioning', 'Versioning')}\n`;
    const match = anchorQuote(text, { quote, prefix: '', suffix: '', start: 0 });
    assert.ok(match);
    assert.equal(text.slice(match.start, match.end), quote.replace('versioning', 'Versioning'));
  });

  it('gives up (orphan) when more than half of the quote changed', () => {
    const a = select(original, 'compact small files');
    const edited = original.replace('compact small files', 'merge tiny objects');
    assert.equal(anchorQuote(edited, a), undefined);
  });

  it('never allows more than 256 errors, however long the quote', () => {
    assert.equal(maxQuoteErrors('x'.repeat(2000)), 256);
    assert.equal(maxQuoteErrors('x'.repeat(100)), 50);
    assert.equal(maxQuoteErrors('x'), 0);
  });
});

describe('anchor: repeated quotes', () => {
  const repeated = [
    'First, run the command below in the source account.',
    'Then check the output.',
    'Next, run the command below in the target account.',
    'Then check the output again.',
  ].join('\n') + '\n';

  it('tells repeats apart by their context', () => {
    const second = select(repeated, 'run the command below', 1);
    const match = anchorQuote(repeated, second);
    assert.ok(match);
    assert.equal(match.start, repeated.lastIndexOf('run the command below'));
  });

  it('still picks the right repeat after both moved', () => {
    const second = select(repeated, 'run the command below', 1);
    const edited = 'Prerequisites: an AWS account and the AWS CLI version 2.\n' + repeated;
    const match = anchorQuote(edited, second);
    assert.ok(match);
    assert.equal(match.start, edited.lastIndexOf('run the command below'));
  });

  it('picks the nearer repeat by position when the context is identical', () => {
    const text = 'same same same same\n';
    const third = { quote: 'same', prefix: '', suffix: '', start: 10 };
    assert.equal(anchorQuote(text, third)?.start, 10);
    assert.equal(anchorQuote(text, { ...third, start: 1 })?.start, 0);
  });

  it('still picks the right repeat when its own context was partly rewritten', () => {
    const first = select(repeated, 'Then check the output', 0);
    // The first occurrence's prefix is rewritten; the second occurrence's context is untouched.
    const edited = repeated.replace('in the source account.\n', 'in the source account of your organisation.\n');
    const match = anchorQuote(edited, first);
    assert.ok(match);
    assert.equal(match.start, edited.indexOf('Then check the output'));
  });
});

describe('anchor: article reading text', () => {
  function article(body: Article['body'], code: string[]): Article {
    return {
      url: 'https://example.com/post', title: 'Title', author: '', authors: [], source: '', topics: [], tags: [],
      language: 'en', file: 'f', titleLine: 1, syndicatedLine: 2, bodyStartLine: 3, bodyEndLine: 9, body,
      codeBlocks: code.map((c, index) => ({ index, startLine: 1, endLine: 1, lang: 'shellscript', kind: 'command', code: c, hasPrompts: false })),
      wordCount: 10,
    };
  }

  it('anchors a note on a code block, and re-anchors it after the paragraph above changes', () => {
    const before = article([
      { type: 'paragraph', line: 3, text: 'Install the tools:' },
      { type: 'code', line: 4, codeIndex: 0 },
    ], ['npm install -g aws-cdk\ncdk bootstrap']);
    const text = readingText(before).text;
    const a = select(text, 'cdk bootstrap');
    const after = article([
      { type: 'paragraph', line: 3, text: 'Install the tools (Node.js 20 or later is required):' },
      { type: 'code', line: 4, codeIndex: 0 },
    ], ['npm install -g aws-cdk\ncdk bootstrap']);
    const afterText = readingText(after).text;
    const match = anchorQuote(afterText, a);
    assert.ok(match);
    assert.equal(afterText.slice(match.start, match.end), 'cdk bootstrap');
  });
});

describe('anchor: placement in the current articles', () => {
  const base = {
    author: '', authors: [], source: '', topics: [], tags: [], language: 'en', file: 'f', titleLine: 1,
    syndicatedLine: 2, bodyStartLine: 3, bodyEndLine: 9, wordCount: 10,
  };
  const code = (index: number, text: string) =>
    ({ index, startLine: 1, endLine: 1, lang: 'shellscript' as const, kind: 'command' as const, code: text, hasPrompts: false });
  const post: Article = {
    ...base, url: 'https://example.com/p', title: 'Deploy',
    body: [
      { type: 'paragraph', line: 3, text: 'Run this:' },
      { type: 'code', line: 4, codeIndex: 0 },
      { type: 'paragraph', line: 5, text: 'And again later:' },
      { type: 'code', line: 6, codeIndex: 1 },
    ],
    codeBlocks: [code(0, 'cdk deploy'), code(1, 'cdk deploy')],
  };

  it('knows which code block an offset is in, telling identical blocks apart by order', () => {
    const reading = readingText(post);
    const first = reading.text.indexOf('cdk deploy');
    const second = reading.text.lastIndexOf('cdk deploy');
    assert.equal(codeIndexAt(post, reading, first + 4), 0);
    assert.equal(codeIndexAt(post, reading, second + 4), 1);
    assert.equal(codeIndexAt(post, reading, reading.text.indexOf('Run this')), undefined);
  });

  it('sorts annotations into anchored, orphaned and article-missing', () => {
    const text = readingText(post).text;
    const make = (id: string, url: string, quote: string) =>
      ({ id, url, quote, prefix: '', suffix: '', start: 0, end: quote.length, color: 'yellow' as const, created: '', updated: '' });
    const placements = placeAnnotations([
      make('here', post.url, 'And again later'),
      make('gone', post.url, 'a sentence that was removed from the post'),
      make('elsewhere', 'https://example.com/not-loaded', 'anything'),
    ], url => (url === post.url ? text : undefined));
    assert.deepEqual(placements.get('here'), { status: 'anchored', start: text.indexOf('And again later'), end: text.indexOf('And again later') + 15, fuzzy: false });
    assert.deepEqual(placements.get('gone'), { status: 'orphan' });
    assert.deepEqual(placements.get('elsewhere'), { status: 'articleMissing' });
  });
});

describe('anchor: the seed corpus, edited', () => {
  // Real articles (../shared/corpus), several quotes each, and the edits articles really get: a paragraph
  // inserted at the top, another paragraph removed, a word corrected inside the quote.
  const corpus = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
  const articles: Article[] = existsSync(corpus)
    ? readdirSync(corpus).filter(n => n.endsWith('.txt')).sort()
      .flatMap(name => parseText(readFileSync(join(corpus, name), 'utf8'), name).posts)
    : [];
  type Paragraph = Extract<Article['body'][number], { type: 'paragraph' }>;
  const paragraphsOf = (a: Article) => a.body.filter((b): b is Paragraph => b.type === 'paragraph' && b.text.length >= 80);
  const usable = articles.filter(a => paragraphsOf(a).length >= 4);

  function edit(a: Article, change: (body: Article['body']) => Article['body']): string {
    return readingText({ ...a, body: change([...a.body]) }).text;
  }

  it('has articles to work on', () => {
    assert.ok(usable.length >= 30, `only ${usable.length} corpus articles with four long paragraphs`);
  });

  it('re-anchors every quote exactly after a paragraph is added at the top and another is removed', () => {
    let checked = 0;
    for (const a of usable) {
      const text = readingText(a).text;
      const [, second, third, fourth] = paragraphsOf(a);
      const selectors = [second, fourth].map((p, i) => {
        const start = text.indexOf(p.text) + 10;
        return { id: String(i), ...quoteSelector(text, start, start + 40) };
      });
      const edited = edit(a, body => [
        { type: 'paragraph', line: 0, text: 'Update: this post was revised; see the changelog at the end.' },
        ...body.filter(b => b !== third),
      ]);
      const { anchored, orphans } = anchorAll(edited, selectors);
      assert.deepEqual(orphans, [], a.url);
      for (const range of anchored) {
        const selector = selectors[Number(range.id)];
        assert.equal(edited.slice(range.start, range.end), selector.quote, a.url);
        assert.equal(range.fuzzy, undefined, a.url);
        checked++;
      }
    }
    assert.ok(checked >= 60);
  });

  it('finds a quote again, fuzzily and at the right place, after a word inside it was corrected', () => {
    let checked = 0;
    for (const a of usable) {
      const text = readingText(a).text;
      const paragraph = paragraphsOf(a)[1];
      const start = text.indexOf(paragraph.text);
      const selector = quoteSelector(text, start, start + Math.min(paragraph.text.length, 120));
      // A word well inside the quote: a change at its very edge is ambiguous by nature (is the new text in it?).
      const inner = /\s([a-zA-Zа-яА-Я]{5,})\s/.exec(selector.quote.slice(20, -20));
      if (!inner) continue;
      const word = inner[1];
      const at = paragraph.text.indexOf(` ${word} `, 20) + 1;
      const corrected = paragraph.text.slice(0, at) + word.toUpperCase() + 'S' + paragraph.text.slice(at + word.length);
      const edited = edit(a, body => body.map(b => (b === paragraph ? { ...paragraph, text: corrected } : b)));
      const match = anchorQuote(edited, selector);
      assert.ok(match, `${a.url}: "${selector.quote}" not found after correcting "${word}"`);
      const paragraphAt = edited.indexOf(corrected);
      assert.ok(Math.abs(match.start - paragraphAt) <= 2, `${a.url}: anchored at ${match.start}, paragraph at ${paragraphAt}`);
      checked++;
    }
    assert.ok(checked >= 30);
  });

  it('covers a corrected first word: the highlight starts where the paragraph starts', () => {
    let checked = 0;
    for (const a of usable) {
      const text = readingText(a).text;
      const paragraph = paragraphsOf(a)[1];
      const start = text.indexOf(paragraph.text);
      const selector = quoteSelector(text, start, start + Math.min(paragraph.text.length, 120));
      const first = /^[a-zA-Zа-яА-Я]{4,}/.exec(paragraph.text)?.[0];
      if (!first) continue;
      const corrected = first.toUpperCase() + 'S' + paragraph.text.slice(first.length);
      const edited = edit(a, body => body.map(b => (b === paragraph ? { ...paragraph, text: corrected } : b)));
      const match = anchorQuote(edited, selector);
      assert.ok(match, a.url);
      assert.equal(match.start, edited.indexOf(corrected), a.url);
      checked++;
    }
    assert.ok(checked >= 20, `checked ${checked}`);
  });
});
