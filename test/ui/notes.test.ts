// The Notes view in the real workbench (headless chromium): a workspace whose committed notes file holds
// highlights on a corpus article (one with a note, one on a code block) and one whose text is gone; the view
// shows them under the article and in the "Orphaned" group. Screenshots: artifacts/screenshots/notes-view*.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { quoteSelector } from '../../src/core/annotations/anchor';
import type { Annotation, Article } from '../../src/core/model';
import { parseText } from '../../src/core/parse';
import { readingText } from '../../src/core/readingText';
import { corpusDir } from '../harness/paths';
import { Workbench } from './workbench';

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
  let wb: Workbench;
  const article = pickArticle();

  before(async () => {
    wb = await Workbench.start({
      label: 'notes',
      workspace: 'corpus',
      prepare: folder => {
        const notesFile = path.join(folder!, '.vscode', 'tech-articles-notes.json');
        fs.mkdirSync(path.dirname(notesFile), { recursive: true });
        fs.writeFileSync(notesFile, JSON.stringify({ version: 1, annotations: notesFor(article), deleted: {} }, null, 2));
      },
    });
  });

  after(async () => {
    await wb?.dispose();
  });

  it('lists highlights under their article and the orphan in its own group', async () => {
    await wb.openArticlesContainer();
    const pane = wb.view('Notes');
    const header = pane.locator('.pane-header').first();
    await header.waitFor({ timeout: 60_000 });
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    // The article node appears once the library has loaded the corpus and the highlights are anchored.
    await wb.treeRow('Orphaned', 'Notes', 60_000);
    await wb.treeRow(article.title, 'Notes');
    const tree = pane.locator('.monaco-list[role="tree"]').first();

    const top = await tree.locator('.monaco-list-row[aria-level="1"]').evaluateAll(els => els.map(el => el.getAttribute('aria-label') ?? ''));
    assert.ok(top.some(label => label === `${article.title}, 3 annotations`), `top-level rows: ${top.join(' | ')}`);
    assert.ok(top.some(label => label.startsWith('Orphaned')), `top-level rows: ${top.join(' | ')}`);
    const children = await tree.locator('.monaco-list-row[aria-level="2"]').evaluateAll(els => els.map(el => el.getAttribute('aria-label') ?? ''));
    assert.equal(children.length, 4, children.join(' | '));
    assert.ok(children.some(label => /^Yellow highlight: .*\. Note: Key idea of the post/.test(label)), children.join(' | '));
    assert.ok(children.some(label => /^Pink highlight: A paragraph the author has since rewritten/.test(label)), children.join(' | '));

    // Give the Notes pane the room of the side bar: collapse Articles and drag the side bar's edge.
    const articlesHeader = wb.view('Articles').locator('.pane-header').first();
    if ((await articlesHeader.getAttribute('aria-expanded')) === 'true') await articlesHeader.click();
    const sidebar = await wb.page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
      const edge = { x: sidebar.x + sidebar.width + 1, y: sidebar.y + sidebar.height / 2 };
      await wb.page.mouse.move(edge.x, edge.y);
      await wb.page.mouse.down();
      await wb.page.mouse.move(edge.x + 420, edge.y, { steps: 8 });
      await wb.page.mouse.up();
    }
    await tree.locator('.monaco-list-row[aria-level="2"]').last().hover();
    await wb.page.waitForTimeout(800);
    await wb.screenshot('notes-view');

    // The highlight colours are theme colours (package.json "colors"): check them in a light theme too.
    // (Through the workspace settings file, which VS Code applies live, rather than the theme picker.)
    fs.writeFileSync(path.join(wb.workspaceFolder!, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': 'Default Light Modern' }));
    await wb.page.locator('.monaco-workbench.vs').waitFor({ timeout: 30_000 });
    await wb.page.mouse.move(900, 700);
    await wb.page.waitForTimeout(500);
    await wb.screenshot('notes-view-light', pane);
  });

  it('adds a highlight from the Command Palette: article, quote, colour, note', async () => {
    const text = readingText(article).text;
    const paragraph = article.body.filter((b): b is Extract<Article['body'][number], { type: 'paragraph' }> => b.type === 'paragraph' && b.text.length > 120)[2];
    const quote = paragraph.text.slice(0, 60).replace(/\s+\S*$/, '');
    assert.ok(text.includes(quote));

    await wb.runCommand('Articles: Add Highlight or Note');
    const input = wb.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ timeout: 15_000 });
    await input.fill(article.title.slice(0, 40));
    await wb.quickPickRow(article.title.slice(0, 40)).waitFor({ timeout: 15_000 });
    await wb.page.keyboard.press('Enter');
    // The quote box validates as you type: text that is not in the article is refused.
    await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'text to highlight' }).waitFor({ timeout: 15_000 });
    await input.fill('words that are not in this article at all, zq xv');
    await wb.page.locator('.quick-input-widget .quick-input-message', { hasText: 'not in the article' }).waitFor({ timeout: 15_000 });
    await input.fill(quote);
    await wb.page.locator('.quick-input-widget .quick-input-message', { hasText: 'not in the article' }).waitFor({ state: 'hidden', timeout: 15_000 });
    await wb.page.keyboard.press('Enter');
    await wb.quickPickRow('Purple').waitFor({ timeout: 15_000 });
    await input.fill('Purple');
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'note' }).waitFor({ timeout: 15_000 });
    await input.fill('Added from the palette');
    await wb.page.keyboard.press('Enter');

    const row = await wb.treeRow('Added from the palette', 'Notes', 15_000);
    assert.match((await row.getAttribute('aria-label')) ?? '', /^Purple highlight: .*Note: Added from the palette$/);
    const saved = JSON.parse(fs.readFileSync(path.join(wb.workspaceFolder!, '.vscode', 'tech-articles-notes.json'), 'utf8')) as { annotations: Annotation[] };
    const added = saved.annotations.find(a => a.note === 'Added from the palette');
    assert.ok(added, 'written to the notes file');
    assert.equal(added.quote, quote);
    assert.equal(added.color, 'purple');
    assert.equal(text.slice(added.start, added.end), quote);
  });

  it('deletes a highlight with the keyboard only: focus, context menu (Shift+F10), Delete Highlight', async () => {
    const notesFile = path.join(wb.workspaceFolder!, '.vscode', 'tech-articles-notes.json');
    const green = (JSON.parse(fs.readFileSync(notesFile, 'utf8')) as { annotations: Annotation[] }).annotations.find(a => a.id === 'ui-2')!;
    const label = new RegExp(`^Green highlight: ${escapeRegExp(green.quote.replace(/\s+/g, ' ').slice(0, 30))}`);
    await wb.runCommand('Articles: Focus on Notes View');
    const tree = wb.view('Notes').locator('.monaco-list[role="tree"]').first();
    // Arrow down from the top until the green highlight has the keyboard focus.
    for (let i = 0; i < 10; i++) {
      const focused = await tree.locator('.monaco-list-row.focused').getAttribute('aria-label', { timeout: 500 }).catch(() => null);
      if (focused && label.test(focused)) break;
      await wb.page.keyboard.press('ArrowDown');
    }
    assert.match(await tree.locator('.monaco-list-row.focused').getAttribute('aria-label') ?? '', label);
    await wb.page.keyboard.press('Shift+F10');
    const items = wb.page.locator('.context-view .monaco-menu .action-item:not(.disabled) .action-label:not(.separator)');
    await items.first().waitFor({ timeout: 15_000 });
    const titles = (await items.allTextContents()).map(t => t.trim());
    assert.deepEqual(titles.filter(t => /Note|Colour|Delete/.test(t)), ['Edit Note…', 'Change Colour…', 'Delete Highlight'], titles.join(' | '));
    // Up from the top wraps to the last entry, the destructive one, kept apart in its own group.
    await wb.page.keyboard.press('ArrowUp');
    const chosen = wb.page.locator('.context-view .monaco-menu .action-item.focused');
    assert.equal((await chosen.textContent())?.trim(), 'Delete Highlight');
    await wb.page.keyboard.press('Enter');
    await wb.page.waitForFunction(
      `![...document.querySelectorAll('.part.sidebar .monaco-list-row')].some(el => (el.getAttribute('aria-label') || '').startsWith('Green highlight:'))`,
      undefined, { timeout: 15_000 });
    const saved = JSON.parse(fs.readFileSync(notesFile, 'utf8')) as { annotations: Annotation[]; deleted: Record<string, string> };
    assert.ok(!saved.annotations.some(a => a.id === 'ui-2'));
    assert.ok('ui-2' in saved.deleted);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
