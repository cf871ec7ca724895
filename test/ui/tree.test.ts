// The Articles view in the real workbench (headless chromium): open the view over a copy of the corpus,
// check the rendered groups with their counts, expand a group and an article, and save screenshots to
// artifacts/screenshots/tree-*.png.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, type WorkbenchBrowser } from '../harness/browser';
import { ensureVSCode } from '../harness/install';
import { logsDir, repoRoot } from '../harness/paths';
import { createRunFolder, startServer, type RunFolder, type Server } from '../harness/server';
import { prepareWorkspace, type PreparedWorkspace } from '../harness/workspace';

describe('Articles view (UI)', function () {
  this.timeout(180_000);
  let run: RunFolder;
  let server: Server;
  let workbench: WorkbenchBrowser;
  let workspace: PreparedWorkspace;
  let page: Page;

  before(async () => {
    const install = await ensureVSCode();
    run = createRunFolder('ui-tree');
    server = await startServer(install, run);
    workspace = prepareWorkspace('corpus');
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

  const articlesTree = () => page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /^Articles/i }) }).locator('.monaco-list[role="tree"]').first();

  it('shows the corpus grouped by topic with counts, and an article with its code blocks', async () => {
    await page.locator('.activitybar a.action-label[aria-label^="Articles"]').first().click({ timeout: 60_000 });
    const tree = articlesTree();
    const rows = tree.locator('.monaco-list-row');
    await rows.first().waitFor({ timeout: 60_000 });
    // Groups render as "<label> <count>"; wait until loading has produced them all.
    await page.waitForFunction(`document.querySelectorAll('${GROUP_ROWS}').length >= 2`, undefined, { timeout: 30_000 });
    const groupLabels = await tree.locator('.monaco-list-row[aria-level="1"]').evaluateAll(els => els.map(el => el.getAttribute('aria-label') ?? ''));
    assert.ok(groupLabels.length >= 2, `groups: ${groupLabels.join(' | ')}`);
    const counted = groupLabels.map(label => /, (\d+) articles?$/.exec(label)?.[1]).filter(Boolean).map(Number);
    assert.equal(counted.length, groupLabels.length, `every group is announced with its count: ${groupLabels.join(' | ')}`);

    // Group by source (one group per article, so the counts add up to 68) through the command palette's
    // command, as a user would from the view title's Group By… button.
    await runCommand(page, 'Articles: Group By…');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Source' }).first().click();
    await page.waitForFunction(`[...document.querySelectorAll('${GROUP_ROWS}')].some(el => /Blog|LWN|Toest/.test(el.getAttribute('aria-label') || ''))`, undefined, { timeout: 15_000 });
    const sourceLabels = await tree.locator('.monaco-list-row[aria-level="1"]').evaluateAll(els => els.map(el => el.getAttribute('aria-label') ?? ''));
    const total = sourceLabels.map(label => Number(/, (\d+) articles?$/.exec(label)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    assert.equal(total, 68, sourceLabels.join(' | '));

    // Expand the largest group and the first article that has code.
    const largest = sourceLabels.reduce((best, label, i) => (Number(/(\d+) articles?$/.exec(label)?.[1]) > Number(/(\d+) articles?$/.exec(sourceLabels[best])?.[1]) ? i : best), 0);
    await tree.locator('.monaco-list-row[aria-level="1"]').nth(largest).click();
    const articleRows = tree.locator('.monaco-list-row[aria-level="2"]');
    await articleRows.first().waitFor({ timeout: 10_000 });
    const withCode = tree.locator('.monaco-list-row[aria-level="2"][aria-expanded="false"]').first();
    await withCode.locator('.monaco-tl-twistie').click();
    await tree.locator('.monaco-list-row[aria-level="3"]').first().waitFor({ timeout: 10_000 });
    const description = await withCode.locator('.label-description').first().textContent();
    assert.match(description ?? '', / · \d+ code blocks?/);
    await saveScreenshot(page, 'tree-by-source');

    // Back to topics for the final picture.
    await runCommand(page, 'Articles: Group By…');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Topic' }).first().click();
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'tree-by-topic');
  });
});

/** Top-level rows of the Articles tree (the only tree view open in the Articles container). */
const GROUP_ROWS = '.pane .monaco-list[role="tree"] .monaco-list-row[aria-level="1"]';

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().click();
}
