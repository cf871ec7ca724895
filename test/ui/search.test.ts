// "Articles: Search" in the real workbench over a copy of ../shared/corpus: typed queries show our ranked rows
// with source and snippet, and Enter opens the reader. Screenshots: artifacts/screenshots/search-*.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Workbench } from './workbench';

describe('Articles: Search (UI)', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.start({ label: 'search', workspace: 'corpus', viewport: { width: 1400, height: 900 } });
    await workbench.page.locator('.statusbar', { hasText: 'Activating Extensions' }).waitFor({ state: 'hidden', timeout: 60_000 });
  });

  after(async () => {
    await workbench?.dispose();
  });

  async function search(query: string): Promise<void> {
    await workbench.runCommand('Articles: Search');
    const input = workbench.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ timeout: 15_000 });
    await workbench.page.keyboard.type(query, { delay: 30 });
  }

  it('ranks as you type, with source and snippet, typo tolerated', async () => {
    await search('kinesys');
    const first = workbench.quickPickRow(/Near real-time baggage/);
    await first.waitFor({ timeout: 60_000 });
    const widget = workbench.page.locator('.quick-input-widget');
    const file = await workbench.screenshot('search-typo', widget);
    assert.ok(fs.statSync(file).size > 5_000, 'screenshot is suspiciously small');
    const rows = await widget.locator('.monaco-list-row').allInnerTexts();
    assert.match(rows[0], /Near real-time baggage/);
    assert.match(rows[0], /AWS Big Data Blog/);
    assert.match(rows[0], /Kinesis/);
  });

  it('finds Bulgarian text and opens the reader with Enter', async () => {
    await workbench.page.keyboard.press('Escape');
    await search('лукойл');
    await workbench.quickPickRow(/Лукойл/).waitFor({ timeout: 30_000 });
    await workbench.screenshot('search-cyrillic', workbench.page.locator('.quick-input-widget'));
    await workbench.page.keyboard.press('Enter');
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Лукойл' }).first().waitFor({ timeout: 30_000 });
    await workbench.webview().locator('body').waitFor({ timeout: 30_000 });
    await workbench.screenshot('search-opened');
  });
});
