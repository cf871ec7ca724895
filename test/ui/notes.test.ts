// The Notes view in the real workbench (headless chromium): a workspace whose committed notes file holds
// highlights on a corpus article (one with a note, one on a code block) and one whose text is gone; the view
// shows them under the article and in the "Orphaned" group. Screenshot: artifacts/screenshots/notes-view.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { quoteSelector } from '../../src/core/annotations/anchor';
import type { Annotation, Article } from '../../src/core/model';
import { parseText } from '../../src/core/parse';
import { readingText } from '../../src/core/readingText';
import { launchBrowser, saveScreenshot, type WorkbenchBrowser } from '../harness/browser';
import { ensureVSCode } from '../harness/install';
import { corpusDir, logsDir, repoRoot } from '../harness/paths';
import { createRunFolder, startServer, type RunFolder, type Server } from '../harness/server';
import { prepareWorkspace, type PreparedWorkspace } from '../harness/workspace';

/** An article with prose and code, from the corpus as the extension will parse it. */
function pickArticle(): Article {
  for (const name of fs.readdirSync(corpusDir).filter(n => n.endsWith('.txt')).sort()) {
    const posts = parseText(fs.readFileSync(path.join(corpusDir, name), 'utf8'), name).posts;
    const found = posts.find(p => p.codeBlocks.length > 0 && p.body.filter(b => b.type === 'paragraph' && b.text.length > 120).length >= 2);
    if (found) return found;
  }
  throw new Error('no corpus article with paragraphs and code');
}

function notesFor(article: Article): Annotation[] {
  const text = readingText(article).text;
  const paragraphs = article.body.filter((b): b is Extract<Article['body'][number], { type: 'paragraph' }> => b.type === 'paragraph' && b.text.length > 120);
  const at = (quote: string) => {
    const start = text.indexOf(quote);
    return quoteSelector(text, start, start + quote.length);
  };
  const firstSentence = (s: string) => s.slice(0, Math.min(s.length, 90)).replace(/\s+\S*$/, '');
  const code = article.codeBlocks[0].code.split('\n')[0].slice(0, 60);
  const time = (minute: number) => `2026-11-20T09:${String(minute).padStart(2, '0')}:00.000Z`;
  return [
    { id: 'ui-1', url: article.url, ...at(firstSentence(paragraphs[0].text)), color: 'yellow', note: 'Key idea of the post — re-read before the design review.', created: time(1), updated: time(1) },
    { id: 'ui-2', url: article.url, ...at(firstSentence(paragraphs[1].text)), color: 'green', created: time(2), updated: time(2) },
    { id: 'ui-3', url: article.url, ...at(code), color: 'blue', note: 'Run this in the sandbox account first.', codeIndex: 0, created: time(3), updated: time(3) },
    { id: 'ui-4', url: article.url, quote: 'A paragraph the author has since rewritten completely.', prefix: '', suffix: '', start: 10, end: 64, color: 'pink', note: 'Ask the author what replaced this.', created: time(4), updated: time(4) },
  ];
}

describe('Notes view (UI)', function () {
  this.timeout(180_000);
  let run: RunFolder;
  let server: Server;
  let workbench: WorkbenchBrowser;
  let workspace: PreparedWorkspace;
  let page: Page;
  let article: Article;

  before(async () => {
    const install = await ensureVSCode();
    run = createRunFolder('ui-notes');
    server = await startServer(install, run);
    workspace = prepareWorkspace('corpus');
    article = pickArticle();
    const notesFile = path.join(workspace.folder!, '.vscode', 'tech-articles-notes.json');
    fs.mkdirSync(path.dirname(notesFile), { recursive: true });
    fs.writeFileSync(notesFile, JSON.stringify({ version: 1, annotations: notesFor(article), deleted: {} }, null, 2));
    workbench = await launchBrowser(install, { consoleLog: path.join(logsDir, `${run.id}-console.log`) });
    page = workbench.page;
    await page.goto(server.workbenchUrl({ folder: workspace.folder, extensionDevelopmentPath: repoRoot }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  });

  after(async () => {
    await workbench?.close();
    await server?.stop();
    run?.dispose();
    workspace?.dispose();
  });

  it('lists highlights under their article and the orphan in its own group', async () => {
    await page.locator('.activitybar a.action-label[aria-label^="Articles"]').first().click({ timeout: 60_000 });
    const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /^Notes/i }) });
    const header = pane.locator('.pane-header').first();
    await header.waitFor({ timeout: 60_000 });
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    const tree = pane.locator('.monaco-list[role="tree"]').first();
    // The article node appears once the library has loaded the corpus and the highlights are anchored.
    await tree.locator('.monaco-list-row[aria-level="1"]', { hasText: 'Orphaned' }).waitFor({ timeout: 60_000 });
    await tree.locator('.monaco-list-row[aria-level="1"]', { hasText: article.title }).waitFor({ timeout: 30_000 });

    const top = await tree.locator('.monaco-list-row[aria-level="1"]').evaluateAll(els => els.map(el => el.getAttribute('aria-label') ?? ''));
    assert.ok(top.some(label => label === `${article.title}, 3 annotations`), `top-level rows: ${top.join(' | ')}`);
    assert.ok(top.some(label => label.startsWith('Orphaned')), `top-level rows: ${top.join(' | ')}`);
    const children = await tree.locator('.monaco-list-row[aria-level="2"]').evaluateAll(els => els.map(el => el.getAttribute('aria-label') ?? ''));
    assert.equal(children.length, 4, children.join(' | '));
    assert.ok(children.some(label => /^Yellow highlight: .*\. Note: Key idea of the post/.test(label)), children.join(' | '));
    assert.ok(children.some(label => /^Pink highlight: A paragraph the author has since rewritten/.test(label)), children.join(' | '));

    // Give the Notes pane the room of the sidebar for the picture.
    const articlesHeader = page.locator('.pane-header', { hasText: /^Articles/i }).first();
    if ((await articlesHeader.getAttribute('aria-expanded')) === 'true') await articlesHeader.click();
    // Widen the side bar (drag its edge) so that counts and notes are visible next to the titles and quotes.
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
      const edge = { x: sidebar.x + sidebar.width + 1, y: sidebar.y + sidebar.height / 2 };
      await page.mouse.move(edge.x, edge.y);
      await page.mouse.down();
      await page.mouse.move(edge.x + 420, edge.y, { steps: 8 });
      await page.mouse.up();
    }
    await tree.locator('.monaco-list-row[aria-level="2"]').last().hover();
    await page.waitForTimeout(800);
    await saveScreenshot(page, 'notes-view');
  });
});
