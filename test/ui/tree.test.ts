// The Articles view in the real workbench (headless chromium): the corpus grouped with counts, regrouped
// through Group By…, an article expanded to its code blocks, a filter shown above the tree, a tooltip, and the
// welcome content of an empty workspace, and a 6,000-article dump listed before its bodies are parsed.
// Screenshots: artifacts/screenshots/tree-*.png.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { writeDump } from '../../bench/lib/generate';
import { corpusDir } from '../harness/paths';
import { Workbench } from './workbench';

/** "<label>, <n> articles": how group rows announce themselves (accessibilityInformation). */
const COUNT = /, (\d+) articles?$/;

async function groupLabels(tree: Locator): Promise<string[]> {
  return tree.locator('.monaco-list-row[aria-level="1"]').evaluateAll(rows => rows.map(row => row.getAttribute('aria-label') ?? ''));
}

/** Drags the side bar's edge so that titles are readable in screenshots. */
async function widenSideBar(workbench: Workbench, by: number): Promise<void> {
  const box = await workbench.page.locator('.part.sidebar').boundingBox();
  if (!box) return;
  const x = box.x + box.width + 1;
  const y = box.y + box.height / 2;
  await workbench.page.mouse.move(x, y);
  await workbench.page.mouse.down();
  await workbench.page.mouse.move(x + by, y, { steps: 5 });
  await workbench.page.mouse.up();
}

describe('Articles view (UI)', function () {
  this.timeout(180_000);

  describe('over the corpus', () => {
    let workbench: Workbench;

    before(async () => {
      workbench = await Workbench.start({ label: 'tree', workspace: 'corpus' });
      await workbench.openArticlesContainer();
      await widenSideBar(workbench, 260);
    });

    after(async () => {
      await workbench?.dispose();
    });

    const tree = () => workbench.view('Articles').locator('.monaco-list[role="tree"]').first();

    it('shows topic groups with counts, regroups by source, and expands an article to its code blocks', async () => {
      await tree().locator('.monaco-list-row[aria-level="1"]').nth(1).waitFor({ timeout: 60_000 });
      const topics = await groupLabels(tree());
      assert.ok(topics.length >= 2 && topics.every(label => COUNT.test(label)), `topic groups: ${topics.join(' | ')}`);

      await workbench.runCommand('Articles: Group By…');
      await workbench.quickPickRow(/^Source/).click();
      await workbench.treeRow(/AWS Big Data Blog/, 'Articles');
      const sources = await groupLabels(tree());
      const total = sources.map(label => Number(COUNT.exec(label)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
      assert.equal(total, 68, `one source per article: ${sources.join(' | ')}`);
      // The view's header names the grouping it shows, as soon as it shows it (it once waited for the setting to be
      // written, and a screenshot caught "by Topic" over groups of sources).
      const grouping = workbench.view('Articles').locator('.pane-header .description').first();
      for (let waited = 0; (await grouping.textContent()) !== 'by Source' && waited < 1000; waited += 100) await workbench.page.waitForTimeout(100);
      assert.equal(await grouping.textContent(), 'by Source', 'the header says how the tree is grouped');

      await (await workbench.treeRow(/AWS Big Data Blog/, 'Articles')).click();
      const withCode = tree().locator('.monaco-list-row[aria-level="2"][aria-expanded="false"]').first();
      await withCode.waitFor({ timeout: 10_000 });
      assert.match((await withCode.locator('.label-description').first().textContent()) ?? '', /^AWS Big Data Blog · \d+ code blocks?/);
      await withCode.locator('.monaco-tl-twistie').click();
      const block = tree().locator('.monaco-list-row[aria-level="3"]').first();
      await block.waitFor({ timeout: 10_000 });
      assert.match((await block.getAttribute('aria-label')) ?? '', / code, \d+ lines?: /);
      await block.hover(); // shows the inline Insert / Open / Copy buttons
      await workbench.screenshot('tree-by-source');
    });

    it('shows the active filter above the tree and narrows it', async () => {
      await workbench.runCommand('Articles: Filter…');
      const input = workbench.page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor();
      await input.fill('lang:sql');
      await workbench.page.keyboard.press('Enter');
      const message = workbench.view('Articles').locator('.message', { hasText: /Filter: lang:sql/ });
      await message.waitFor({ timeout: 10_000 });
      const [, shown] = /\((\d+) of 68 articles\)/.exec((await message.textContent()) ?? '') ?? [];
      assert.ok(Number(shown) > 0 && Number(shown) < 68, `message: ${await message.textContent()}`);
      const sources = await groupLabels(tree());
      const total = sources.map(label => Number(COUNT.exec(label)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
      assert.equal(total, Number(shown));
      await workbench.screenshot('tree-filtered');
      await workbench.runCommand('Articles: Clear Filter');
      await message.waitFor({ state: 'detached', timeout: 10_000 });
    });

    it('shows a tooltip with authors, source and topics', async () => {
      const article = tree().locator('.monaco-list-row[aria-level="2"]').first();
      await article.waitFor({ timeout: 10_000 });
      await article.hover();
      const hover = workbench.page.locator('.monaco-hover, .workbench-hover').filter({ hasText: /Source/ }).first();
      await hover.waitFor({ timeout: 10_000 });
      const text = (await hover.textContent()) ?? '';
      assert.match(text, /Authors/);
      assert.match(text, /Topics/);
      await workbench.screenshot('tree-tooltip');
    });
  });

  describe('in an empty folder', () => {
    let workbench: Workbench;

    before(async () => {
      workbench = await Workbench.start({ label: 'tree-empty', workspace: 'empty' });
      await workbench.openArticlesContainer();
    });

    after(async () => {
      await workbench?.dispose();
    });

    it('shows the welcome content with its actions', async () => {
      // The element exists (empty) while the extension activates; wait for its text.
      const welcome = workbench.view('Articles').locator('.welcome-view-content', { hasText: /No articles yet/ });
      await welcome.waitFor({ timeout: 60_000 });
      const openSamples = welcome.locator('a.monaco-button, .monaco-button', { hasText: 'Open Sample Articles' }).first();
      await openSamples.waitFor();
      await workbench.screenshot('tree-welcome');

      await openSamples.click();
      const tree = workbench.view('Articles').locator('.monaco-list[role="tree"]').first();
      await tree.locator('.monaco-list-row[aria-level="1"]').first().waitFor({ timeout: 30_000 });
      const groups = await groupLabels(tree);
      assert.ok(groups.length > 0 && groups.every(label => COUNT.test(label)), `sample groups: ${groups.join(' | ')}`);
      await welcome.waitFor({ state: 'hidden', timeout: 10_000 });
    });
  });

  describe('a dump of 6,000 articles', () => {
    let workbench: Workbench;
    const articles = 6000;

    before(async () => {
      workbench = await Workbench.start({
        label: 'tree-big', workspace: 'empty',
        prepare: folder => { writeDump(path.join(folder!, 'big.txt'), { articles, seed: 5, seedDir: corpusDir }); },
      });
      await workbench.openArticlesContainer();
      await widenSideBar(workbench, 260);
    });

    after(async () => {
      await workbench?.dispose();
    });

    const tree = () => workbench.view('Articles').locator('.monaco-list[role="tree"]').first();
    const descriptions = () => tree().locator('.monaco-list-row[aria-level="2"] .label-description').allTextContents();

    it('lists the articles first; code block counts fill in as their bodies are parsed', async () => {
      await tree().locator('.monaco-list-row[aria-level="1"]').nth(1).waitFor({ timeout: 90_000 });
      // A first load lists articles as their headlines come (a big file is summarised as it is read): the
      // groups grow until every article is in.
      const until = Date.now() + 60_000;
      let groups = await groupLabels(tree());
      const listed = () => groups.map(label => Number(COUNT.exec(label)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
      while (listed() < articles && Date.now() < until) {
        await workbench.page.waitForTimeout(200);
        groups = await groupLabels(tree());
      }
      assert.ok(listed() >= articles, `every article is in a topic group: ${groups.join(' | ')}`);
      await tree().locator('.monaco-list-row[aria-level="1"]').first().click();
      await tree().locator('.monaco-list-row[aria-level="2"]').nth(5).waitFor();
      const early = await descriptions();
      console.log(`rows shown while loading: ${early.length}, of which ${early.filter(d => !/code block/.test(d)).length} still without a code block count`);
      await workbench.screenshot('tree-headlines-first', workbench.view('Articles'));

      const bodiesUntil = Date.now() + 120_000;
      let late = await descriptions();
      while (late.some(d => !/code block/.test(d)) && Date.now() < bodiesUntil) {
        await workbench.page.waitForTimeout(1000);
        late = await descriptions();
      }
      assert.ok(late.length > 0 && late.every(d => /code block/.test(d)), `every row has its count once parsed: ${late.join(' | ')}`);
      await workbench.screenshot('tree-bodies-parsed', workbench.view('Articles'));
    });
  });
});
