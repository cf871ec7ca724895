import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { notesToMarkdown, textFragmentLink, type ExportedArticle } from '../../src/core/annotations/exportMarkdown';
import type { Annotation } from '../../src/core/model';

// Run with UPDATE_GOLDEN=1 to rewrite the golden files after an intended change, then review the diff.
const GOLDEN = join(__dirname, '..', '..', '..', 'test', 'unit', 'golden');

function matchesGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  assert.ok(existsSync(file), `golden file ${name} is missing: run with UPDATE_GOLDEN=1 and review it`);
  assert.equal(actual, readFileSync(file, 'utf8'), `differs from ${name}`);
}

const ICEBERG = 'https://aws.amazon.com/blogs/big-data/query-iceberg-tables';
const KERNEL = 'https://lwn.net/Articles/990001/';
const UNKNOWN = 'https://example.com/removed-post';

const articles: Record<string, ExportedArticle> = {
  [ICEBERG]: { url: ICEBERG, title: 'Query Apache Iceberg tables with Amazon Athena', source: 'AWS Big Data Blog', author: 'Jane Doe' },
  [KERNEL]: { url: KERNEL, title: 'A look at the [6.12] merge window', source: 'LWN.net' },
};

function annotation(id: string, url: string, quote: string, start: number, fields: Partial<Annotation> = {}): Annotation {
  return {
    id, url, quote, prefix: '', suffix: '', start, end: start + quote.length, color: 'yellow',
    created: '2026-10-05T08:30:00.000Z', updated: '2026-10-05T08:30:00.000Z', ...fields,
  };
}

const notes: Annotation[] = [
  annotation('k1', KERNEL, 'The *sched_ext* scheduler class was merged', 120, { color: 'purple', note: 'Finally!' }),
  annotation('i2', ICEBERG, 'SELECT * FROM orders\nWHERE order_date > date \'2024-01-01\'', 900, {
    color: 'blue', codeIndex: 1, note: 'Partition pruning only works\nwhen the predicate is on the **partition column**.',
  }),
  annotation('i1', ICEBERG, 'Iceberg keeps table metadata in manifest files', 300, { color: 'green' }),
  annotation('i3', ICEBERG, 'run the OPTIMIZE statement on a schedule', 1500, { color: 'pink', created: '2026-10-06T09:00:00.000Z' }),
  annotation('u1', UNKNOWN, 'a sentence from a post that is no longer loaded', 10),
];

const options = {
  article: (url: string) => articles[url],
  orphans: new Set(['i3']),
  codeLanguage: (url: string, index: number) => (url === ICEBERG && index === 1 ? 'sql' : undefined),
};

describe('export notes as Markdown', () => {
  it('exports every article (golden file)', () => {
    matchesGolden('notes-all.md', notesToMarkdown(notes, options));
  });

  it('exports one article (golden file)', () => {
    matchesGolden('notes-one-article.md', notesToMarkdown(notes.filter(n => n.url === ICEBERG), options));
  });

  it('is idempotent: the same notes in any order give the same text', () => {
    const once = notesToMarkdown(notes, options);
    assert.equal(notesToMarkdown([...notes].reverse(), options), once);
    assert.equal(notesToMarkdown(notes, options), once);
    assert.doesNotMatch(once, new RegExp(new Date().toISOString().slice(0, 10)), 'no export date in the text');
  });

  it('orders an article\'s notes by their place in the article', () => {
    const text = notesToMarkdown(notes.filter(n => n.url === ICEBERG), options);
    const order = ['Iceberg keeps table metadata', 'SELECT * FROM orders', 'run the OPTIMIZE statement'].map(q => text.indexOf(q));
    assert.deepEqual([...order].sort((a, b) => a - b), order);
    assert.ok(order.every(i => i > 0));
  });

  it('keeps colour, quote, note and a link to the source for every highlight', () => {
    const text = notesToMarkdown(notes, options);
    assert.match(text, /### 🟩 Green · 2026-10-05\n\n> Iceberg keeps table metadata in manifest files\n/);
    assert.match(text, /Partition pruning only works\nwhen the predicate is on the \*\*partition column\*\*\./);
    assert.match(text, /\[Open in the source\]\(https:\/\/aws\.amazon\.com\/blogs\/big-data\/query-iceberg-tables#:~:text=Iceberg%20keeps%20table%20metadata%20in%20manifest%20files\)/);
  });

  it('escapes article text so it cannot format or link, and fences code longer than its backticks', () => {
    const tricky = [
      annotation('t1', KERNEL, 'use <script> and [links](javascript:x) _here_', 5),
      annotation('t2', KERNEL, 'echo ```nested```', 50, { codeIndex: 0 }),
    ];
    const text = notesToMarkdown(tricky, options);
    assert.match(text, /^# Notes: A look at the \\\[6\.12\\\] merge window$/m);
    assert.match(text, /> use \\<script\\> and \\\[links\\\]\(javascript:x\) \\_here\\_/);
    assert.match(text, /\n````\necho ```nested```\n````\n/, 'no language: a bare fence');
  });

  it('marks orphans and lists notes of articles that are not loaded under their URL', () => {
    const text = notesToMarkdown(notes, options);
    assert.match(text, /### 🩷 Pink · 2026-10-06 · text no longer found in the article/);
    assert.match(text, /## https:\/\/example\.com\/removed-post\n/);
  });
});

describe('export notes: text fragment links', () => {
  it('links short quotes whole, long quotes by their first and last words, with separators encoded', () => {
    assert.equal(textFragmentLink('https://a.example/p#top', 'well-known, & done'), 'https://a.example/p#:~:text=well%2Dknown%2C%20%26%20done');
    assert.equal(
      textFragmentLink('https://a.example/p', 'one two three four five six seven eight nine ten'),
      'https://a.example/p#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten',
    );
  });

  it('keeps parentheses from ending the Markdown link, and leaves non-web URLs alone', () => {
    assert.equal(textFragmentLink('https://a.example/p_(x)', 'f(x)'), 'https://a.example/p_%28x%29#:~:text=f%28x%29');
    assert.equal(textFragmentLink('file:///tmp/a b.txt', 'quote'), 'file:///tmp/a%20b.txt');
  });
});
