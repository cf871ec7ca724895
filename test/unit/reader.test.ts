import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFile } from '../../src/core/parseFile';
import { readingText } from '../../src/core/readingText';
import { escapeText, renderArticle, safeExternalUrl } from '../../src/reader/html';
import type { Article } from '../../src/core/model';
import { article, attr, byClass, byTag, code, elements, parse, strings, textContent } from './reader.helpers';

const HOSTILE = {
  script: '<script>window.__pwned = 1</script>',
  img: '<img src=x onerror=alert(1)>',
  pre: '</pre></code><b>bold</b>',
  quotes: `" onmouseover="alert(1)' x='`,
};

function hostileArticle(): Article {
  return article(
    [
      { type: 'heading', line: 5, text: `Heading ${HOSTILE.script}` },
      { type: 'paragraph', line: 6, text: `Look: ${HOSTILE.img} and <a href="javascript:alert(1)">click</a>` },
      { type: 'caption', line: 7, text: HOSTILE.pre },
      { type: 'list', line: 8, ordered: false, items: [{ line: 8, text: HOSTILE.quotes, children: [] }] },
      { type: 'table', line: 9, rows: [[HOSTILE.script, HOSTILE.img], [HOSTILE.pre, '&amp; &lt;']] },
      { type: 'code', line: 10, codeIndex: 0 },
    ],
    {
      url: 'javascript:alert(document.domain)',
      title: `</pre>${HOSTILE.script}`,
      author: HOSTILE.img,
      authors: [HOSTILE.img],
      source: `<iframe src="https://evil.example">`,
      topics: [HOSTILE.script],
      language: 'en" onload="x',
      codeBlocks: [code(0, `</code></pre>${HOSTILE.script}\n${HOSTILE.img}`)],
    },
  );
}

/** Elements carrying `data-offset`, in document order, with their offsets and text. */
function offsetElements(html: string): { start: number; text: string }[] {
  return elements(parse(html))
    .filter(e => attr(e, 'data-offset') !== undefined)
    .map(e => ({ start: Number(attr(e, 'data-offset')), text: textContent(e) }));
}

function assertOffsetsMatchReadingText(subject: Article): void {
  const html = renderArticle(subject, subject.codeBlocks, strings);
  const { text, segments } = readingText(subject);
  const rendered = offsetElements(html);
  assert.deepEqual(
    rendered.map(r => r.start),
    segments.map(s => s.start),
    'data-offset values are the reading-text segment starts, in order',
  );
  rendered.forEach((r, i) => {
    assert.equal(r.text, text.slice(segments[i].start, segments[i].start + segments[i].length), `segment ${i}`);
  });
}

describe('reader renderer', () => {
  describe('escaping', () => {
    it('escapes the characters that open markup or attributes', () => {
      assert.equal(escapeText(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    });

    it('turns no article text into elements: <script>, <img onerror>, </pre>, quotes', () => {
      const html = renderArticle(hostileArticle(), hostileArticle().codeBlocks, strings);
      const root = parse(html);
      const tags = new Set(elements(root).map(e => e.tagName));
      for (const forbidden of ['script', 'img', 'iframe', 'a', 'b', 'style', 'link']) {
        assert.ok(!tags.has(forbidden), `no <${forbidden}> element in ${[...tags].join(',')}`);
      }
      for (const element of elements(root)) {
        for (const { name } of element.attrs) {
          assert.ok(!/^on/i.test(name), `no event handler attribute (${name} on <${element.tagName}>)`);
          assert.ok(!['src', 'href', 'style', 'onmouseover', 'x'].includes(name), `no ${name} attribute`);
        }
      }
    });

    it('keeps hostile text visible as text, character for character', () => {
      const subject = hostileArticle();
      const root = parse(renderArticle(subject, subject.codeBlocks, strings));
      assert.equal(textContent(byTag(root, 'h1')[0]), subject.title);
      assert.equal(textContent(byTag(root, 'code')[0]), subject.codeBlocks[0].code);
      assert.equal(textContent(byClass(root, 'caption')[0]), HOSTILE.pre);
      assert.equal(textContent(byClass(root, 'item-text')[0]), HOSTILE.quotes);
      assert.equal(textContent(byTag(root, 'td')[1]), '&amp; &lt;');
      assert.equal(textContent(byClass(root, 'authors')[0]), `By ${HOSTILE.img}`);
      assert.equal(textContent(byClass(root, 'source')[0]), subject.source);
      assert.equal(textContent(byClass(root, 'topics')[0]), HOSTILE.script);
    });

    it('links only http(s) URLs, and only through data-href for the host to open', () => {
      assert.equal(safeExternalUrl('javascript:alert(1)'), undefined);
      assert.equal(safeExternalUrl(' JavaScript:alert(1)'), undefined);
      assert.equal(safeExternalUrl('command:workbench.action.quit'), undefined);
      assert.equal(safeExternalUrl('file:///etc/passwd'), undefined);
      assert.equal(safeExternalUrl('data:text/html,<script>'), undefined);
      assert.equal(safeExternalUrl('not a url'), undefined);
      assert.equal(safeExternalUrl('https://example.com/a b'), 'https://example.com/a%20b');

      const hostile = parse(renderArticle(hostileArticle(), [], strings));
      assert.equal(elements(hostile).filter(e => attr(e, 'data-href') !== undefined).length, 0, 'javascript: URL is not a link');
      const friendly = parse(renderArticle(article([]), [], strings));
      const links = elements(friendly).filter(e => attr(e, 'data-href') !== undefined);
      assert.deepEqual(links.map(e => attr(e, 'data-href')), ['https://example.com/blog/post']);
      assert.equal(textContent(links[0]), 'Example Blog');
    });

    it('keeps CR and NUL from shifting offsets', () => {
      const subject = article([{ type: 'paragraph', line: 5, text: 'a\r\nb\0c' }], {
        codeBlocks: [code(0, 'x\r\ny')],
      });
      subject.body.push({ type: 'code', line: 6, codeIndex: 0 });
      const rendered = offsetElements(renderArticle(subject, subject.codeBlocks, strings));
      assert.equal(rendered[1].text, 'a\r\nb\uFFFDc');
      assert.equal(rendered[2].text, 'x\r\ny');
      assert.equal(rendered[2].start, readingText(subject).segments[2].start);
    });

    it('keeps the language attribute inert', () => {
      const root = parse(renderArticle(hostileArticle(), [], strings));
      const body = byTag(root, 'article')[0];
      assert.equal(attr(body, 'lang'), 'en" onload="x');
      assert.equal(attr(body, 'onload'), undefined);
    });
  });

  describe('structure', () => {
    const subject = article(
      [
        { type: 'heading', line: 5, text: 'Overview' },
        { type: 'paragraph', line: 6, text: 'First paragraph.' },
        { type: 'caption', line: 7, text: 'Figure 1: architecture' },
        { type: 'heading', line: 8, text: 'Steps' },
        {
          type: 'list',
          line: 9,
          ordered: true,
          items: [
            {
              line: 9,
              text: 'Install',
              children: [
                { type: 'list', line: 10, ordered: false, items: [{ line: 10, text: 'nested', children: [] }] },
                { type: 'code', line: 11, codeIndex: 0 },
              ],
            },
            { line: 12, text: '', children: [{ type: 'paragraph', line: 12, text: 'Under an empty item' }] },
          ],
        },
        { type: 'code', line: 13, codeIndex: 1 },
      ],
      { codeBlocks: [code(0, 'npm install\nnpm test', 'shellscript'), code(1, '{ "a": 1 }', 'json')] },
    );
    const html = renderArticle(subject, subject.codeBlocks, strings);
    const root = parse(html);

    it('renders the header: title, authors, source link, topics, reading time', () => {
      const header = byTag(root, 'header')[0];
      assert.equal(textContent(byTag(header, 'h1')[0]), 'A title');
      assert.equal(textContent(byClass(header, 'authors')[0]), 'By Ann Author');
      assert.equal(textContent(byClass(header, 'reading-time')[0]), '2 min read');
      assert.deepEqual(byTag(byClass(header, 'topics')[0], 'li').map(textContent), ['Testing']);
    });

    it('renders headings with ids and a table of contents that targets them', () => {
      const headings = byTag(byTag(root, 'article')[0], 'h2');
      assert.deepEqual(headings.map(textContent), ['Overview', 'Steps']);
      const entries = byClass(root, 'toc-entry');
      assert.deepEqual(entries.map(textContent), ['Overview', 'Steps']);
      assert.deepEqual(entries.map(e => attr(e, 'data-target')), headings.map(h => attr(h, 'id')));
    });

    it('renders paragraphs and captions', () => {
      assert.deepEqual(byTag(root, 'p').filter(p => attr(p, 'data-offset')).map(textContent), [
        'First paragraph.',
        'Figure 1: architecture',
        'Under an empty item',
      ]);
      assert.equal(byClass(root, 'caption').length, 1);
    });

    it('nests lists and code under their items', () => {
      const ol = byTag(root, 'ol').find(e => !attr(e, 'class') && byTag(e, 'li').length > 0 && textContent(e).includes('Install'))!;
      assert.ok(ol, 'an ordered list');
      const items = ol.childNodes.filter((n): n is typeof ol => 'tagName' in n && n.tagName === 'li');
      assert.equal(items.length, 2);
      const nested = byTag(items[0], 'ul')[0];
      assert.equal(textContent(nested), 'nested');
      assert.equal(byClass(items[0], 'code-block').length, 1, 'code block inside the first item');
      assert.equal(textContent(byClass(items[1], 'item-text')[0]), '');
    });

    it('renders code blocks with a language header and Copy / Insert / Open actions', () => {
      const blocks = byClass(root, 'code-block');
      assert.deepEqual(blocks.map(b => attr(b, 'data-index')), ['0', '1']);
      assert.deepEqual(blocks.map(b => attr(b, 'data-lang')), ['shellscript', 'json']);
      assert.deepEqual(byClass(blocks[1], 'code-lang').map(textContent), ['JSON']);
      assert.deepEqual(
        byClass(blocks[0], 'code-action').map(b => [attr(b, 'data-action'), attr(b, 'data-index'), textContent(b)]),
        [['copy', '0', 'Copy'], ['insert', '0', 'Insert at Cursor'], ['open', '0', 'Open in Editor']],
      );
      assert.equal(textContent(byTag(blocks[0], 'code')[0]), 'npm install\nnpm test');
      assert.equal(attr(blocks[0], 'tabindex'), '0', 'code blocks are focusable');
    });

    it('shows a language override instead of the detected language', () => {
      const overridden = [subject.codeBlocks[0], { ...subject.codeBlocks[1], lang: 'yaml' as const }];
      const blocks = byClass(parse(renderArticle(subject, overridden, strings)), 'code-block');
      assert.equal(textContent(byClass(blocks[1], 'code-lang')[0]), 'YAML');
      assert.equal(attr(blocks[1], 'data-lang'), 'yaml');
    });

    it('tags every text-bearing element with its reading-text offset', () => {
      assertOffsetsMatchReadingText(subject);
    });

    it('collapses a long table of contents', () => {
      assert.equal(attr(byTag(root, 'details')[0], 'open'), '', 'two headings: open');
      const many = article(Array.from({ length: 13 }, (_, i) => ({ type: 'heading' as const, line: i, text: `H${i}` })));
      const details = byTag(parse(renderArticle(many, [], strings)), 'details')[0];
      assert.equal(attr(details, 'open'), undefined, 'thirteen headings: collapsed');
      assert.equal(byClass(details, 'toc-entry').length, 13);
    });

    it('has no table of contents for fewer than two headings', () => {
      assert.equal(byClass(parse(renderArticle(article([]), [], strings)), 'toc').length, 0);
    });

    it('renders Bulgarian text as is, with its language', () => {
      const bg = article([{ type: 'paragraph', line: 5, text: 'Седмицата „Тоест“ – ѝ' }], {
        title: 'Седмицата (27 октомври – 1 ноември)',
        language: 'bg',
      });
      const out = renderArticle(bg, [], strings);
      assert.ok(out.includes('Седмицата „Тоест“ – ѝ'));
      assert.equal(attr(byTag(parse(out), 'article')[0], 'lang'), 'bg');
      assertOffsetsMatchReadingText(bg);
    });
  });

  describe('tables', () => {
    it('rebuilds a header row and body rows, padding ragged rows', () => {
      const subject = article([
        { type: 'table', line: 5, rows: [['State', 'Time'], ['Running', '10:00'], ['Stopped']] },
      ]);
      const root = parse(renderArticle(subject, [], strings));
      assert.deepEqual(byTag(byTag(root, 'thead')[0], 'th').map(textContent), ['State', 'Time']);
      const rows = byTag(byTag(root, 'tbody')[0], 'tr');
      assert.deepEqual(rows.map(r => byTag(r, 'td').map(textContent)), [['Running', '10:00'], ['Stopped', '']]);
      assert.equal(attr(byTag(rows[1], 'td')[1], 'data-offset'), undefined, 'padding cells carry no offset');
      assertOffsetsMatchReadingText(subject);
    });

    it('renders a table without a header row (key/value) as body rows only', () => {
      const subject = article([{ type: 'table', line: 5, rows: [['Cores', '4'], ['Clock', '2.4 GHz']], header: false }]);
      const root = parse(renderArticle(subject, [], strings));
      assert.equal(byTag(root, 'thead').length, 0);
      assert.equal(byTag(root, 'th').length, 0);
      assert.deepEqual(byTag(byTag(root, 'tbody')[0], 'tr').map(r => byTag(r, 'td').map(textContent)), [['Cores', '4'], ['Clock', '2.4 GHz']]);
      assertOffsetsMatchReadingText(subject);
    });

    it('renders a one-row table as a body without a header', () => {
      const root = parse(renderArticle(article([{ type: 'table', line: 5, rows: [['a', 'b']] }]), [], strings));
      assert.equal(byTag(root, 'thead').length, 0);
      assert.deepEqual(byTag(root, 'td').map(textContent), ['a', 'b']);
    });

    it('survives an empty table', () => {
      const subject = article([{ type: 'table', line: 5, rows: [] }]);
      assert.equal(byTag(parse(renderArticle(subject, [], strings)), 'table').length, 1);
      assertOffsetsMatchReadingText(subject);
    });
  });

  it('keeps offsets right for hostile text and a missing code block', () => {
    assertOffsetsMatchReadingText(hostileArticle());
    const dangling = article([{ type: 'code', line: 5, codeIndex: 3 }]);
    assertOffsetsMatchReadingText(dangling);
  });
});

describe('reader renderer on the seed corpus', () => {
  const corpusDir = process.env.TECH_ARTICLES_SEED_DIR ?? path.resolve(__dirname, '../../../../shared/corpus');
  const files = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter(f => f.endsWith('.txt')).map(f => path.join(corpusDir, f)) : [];

  it('renders every seed article with offsets matching its reading text and no markup from content', async function () {
    if (files.length === 0) this.skip();
    let articles = 0;
    let codeBlocks = 0;
    for (const file of files) {
      for (const post of (await parseFile(file)).posts) {
        articles++;
        codeBlocks += post.codeBlocks.length;
        assertOffsetsMatchReadingText(post);
        const root = parse(renderArticle(post, post.codeBlocks, strings));
        const tags = new Set(elements(root).map(e => e.tagName));
        for (const forbidden of ['script', 'img', 'a', 'iframe', 'style']) assert.ok(!tags.has(forbidden), `${post.url}: <${forbidden}>`);
        assert.equal(byClass(root, 'code-block').length, post.codeBlocks.filter((_, i) => JSON.stringify(post.body).includes(`"codeIndex":${i}`)).length);
      }
    }
    assert.ok(articles >= 60, `parsed ${articles} seed articles`);
    assert.ok(codeBlocks >= 90, `rendered ${codeBlocks} code blocks`);
  });

  it('renders the Bulgarian seed articles with lang="bg"', async function () {
    if (files.length === 0) this.skip();
    const posts = (await Promise.all(files.map(f => parseFile(f)))).flatMap(p => p.posts);
    const bulgarian = posts.filter(p => /[\u0400-\u04FF]/.test(p.title));
    assert.ok(bulgarian.length > 0, 'the corpus has Bulgarian posts');
    for (const post of bulgarian) {
      const root = parse(renderArticle(post, post.codeBlocks, strings));
      assert.equal(attr(byTag(root, 'article')[0], 'lang'), 'bg', post.url);
      assert.equal(textContent(byTag(root, 'h1')[0]), post.title);
    }
  });
});
