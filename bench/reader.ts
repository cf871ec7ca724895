// `npm run bench:reader`
// The reader's two halves for the smallest seed article (baseline), the largest seed article and a generated
// 1 MB article: host-side rendering to HTML (plain Node) and the webview drawing it (the built
// media/dist/reader.js in headless chromium, from the `render` message to its `rendered` answer, with the
// reader's stylesheet). The full open-command-to-rendered time inside VS Code is printed by the integration
// test (test/integration/reader.test.ts, "benchmark: …"). Prints a Markdown table.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Article } from '../src/core/model';
import { parseText } from '../src/core/parse';
import { readingText } from '../src/core/readingText';
import { renderArticle, type ArticleStrings } from '../src/reader/html';
import type { HostMessage, ReaderStrings } from '../src/reader/protocol';

const root = path.resolve(__dirname, '..', '..');
const corpusDir = process.env.TECH_ARTICLES_SEED_DIR ?? path.resolve(root, '..', 'shared', 'corpus');
const chromiumPath = process.env.TECH_ARTICLES_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = 7;

const articleStrings: ArticleStrings = {
  byAuthors: a => `By ${a}`, readingTime: m => `${m} min read`, openOriginal: 'Open', contents: 'Contents', topics: 'Topics',
  copy: 'Copy', insert: 'Insert at Cursor', open: 'Open in Editor', changeLanguage: 'Change', codeBlock: (p, l) => `Code block ${p}, ${l}`,
  kind: k => k,
};
const readerStrings: ReaderStrings = {
  highlight: 'Highlight', addNote: 'Add Note…', editNote: 'Edit Note…', removeHighlight: 'Remove', selectionToolbar: 'Selection',
  highlightMenu: 'Highlight', colorNames: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' },
};

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function seedArticles(): Article[] {
  return fs.readdirSync(corpusDir).filter(f => f.endsWith('.txt')).sort()
    .flatMap(f => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8'), f).posts);
}

/** One article of about `bytes` characters: the paragraphs of `model` repeated, with lists and code between. */
function generatedArticle(model: Article, bytes: number): Article {
  const paragraphs = model.body.filter(b => b.type === 'paragraph').map(b => (b as { text: string }).text);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    for (const p of [...paragraphs, '  • A list item', '  • Another item', '$ aws s3 ls s3://bucket/prefix --recursive', 'SELECT id, name FROM customers WHERE id = 42;']) {
      parts.push(p);
      size += p.length + 2;
    }
  }
  const dump = `A generated article\n\nPost Syndicated from Bench Author original https://bench.example/big\n\n${parts.join('\n\n')}\n`;
  return parseText(dump, 'bench.txt').posts[0];
}

function hostRender(article: Article): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    renderArticle(article, article.codeBlocks, articleStrings);
    times.push(performance.now() - started);
  }
  return times;
}

async function main(): Promise<void> {
  const seeds = seedArticles();
  const size = (a: Article) => readingText(a).text.length;
  const bySize = [...seeds].sort((a, b) => size(a) - size(b));
  const subjects: [string, Article][] = [
    ['smallest seed (baseline)', bySize[0]],
    ['largest seed', bySize[bySize.length - 1]],
    ['generated 1 MB', generatedArticle(bySize[bySize.length - 1], 1_000_000)],
  ];

  const script = fs.readFileSync(path.join(root, 'media', 'dist', 'reader.js'), 'utf8');
  const css = fs.readFileSync(path.join(root, 'media', 'reader.css'), 'utf8');
  // Loaded at run time so that the benchmark bundle does not carry playwright.
  const playwright = 'playwright-core';
  const { chromium } = (await import(playwright)) as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--disable-gpu'] });
  const rows: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.setContent(`<!DOCTYPE html><html><head><style>${css}</style></head><body><main id="reader" class="reader"></main></body></html>`);
    // Stands in for VS Code's webview API: records `rendered` answers.
    await page.evaluate(`window.acquireVsCodeApi = () => ({
      postMessage: m => { if (m.type === 'rendered') window.__rendered = m; },
      getState: () => undefined, setState: () => {},
    });`);
    await page.addScriptTag({ content: script });

    for (const [label, article] of subjects) {
      const html = renderArticle(article, article.codeBlocks, articleStrings);
      const host = hostRender(article);
      const draw: number[] = [];
      const total: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const message: HostMessage = {
          type: 'render', renderId: i + 1, url: `${article.url}#${i}`, html, highlights: [], strings: readerStrings,
          typography: { fontFamily: 'sans-serif', fontSize: 14, lineHeight: 1.6 },
        };
        const result = await page.evaluate(`new Promise(resolve => {
          window.__rendered = undefined;
          const started = performance.now();
          window.postMessage(${JSON.stringify(message)}, '*');
          const poll = () => window.__rendered ? resolve({ drawMs: window.__rendered.drawMs, totalMs: performance.now() - started }) : setTimeout(poll, 1);
          poll();
        })`) as { drawMs: number; totalMs: number };
        draw.push(result.drawMs);
        total.push(result.totalMs);
      }
      rows.push(`| ${label} | ${size(article).toLocaleString('en')} | ${article.codeBlocks.length} | ${(html.length / 1024).toFixed(0)} KB | ${median(host).toFixed(1)} | ${median(draw).toFixed(1)} | ${median(total).toFixed(1)} |`);
    }
  } finally {
    await browser.close();
  }
  console.log(`Reader rendering, median of ${RUNS} runs (chromium ${chromiumPath}):\n`);
  console.log('| article | reading text chars | code blocks | HTML | host render ms | webview draw ms | message → rendered ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
