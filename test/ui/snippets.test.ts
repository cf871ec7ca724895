// Reusing code in the real workbench: the Find Code Snippet picker as the user sees it (rows, detail, item
// buttons), "Open" giving an editor that Save As… offers to save under a fitting name, and the notification
// offering a new editor when there is none to insert into. Screenshots: artifacts/screenshots/snippets-*.png.
import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

describe('Reusing code (UI)', function () {
  this.timeout(180_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.start({ label: 'snippets' });
    await workbench.openArticlesContainer();
    await workbench.view('Articles').locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
  });

  after(async () => {
    await workbench?.dispose();
  });

  const input = () => workbench.page.locator('.quick-input-widget .quick-input-box input');

  /**
   * The first row once it shows `text`: rows of the unfiltered list are there before the extension host has
   * ranked what was typed, so "some row matches" is not enough.
   */
  async function firstRow(text: string | RegExp) {
    const row = workbench.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first();
    for (let tries = 0; tries < 300; tries++) {
      const shown = await row.innerText().catch(() => '');
      if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return row;
      await workbench.page.waitForTimeout(100);
    }
    throw new Error(`the first row never showed ${String(text)}`);
  }

  it('finds code blocks with language, first lines and item buttons', async () => {
    await workbench.runCommand('Articles: Find Code Snippet');
    await input().fill('merge lang:sql');
    const row = await firstRow(/MERGE INTO/);
    await row.hover();
    await workbench.screenshot('snippets-picker');
    const text = await row.innerText();
    assert.match(text, /SQL/, text);
    assert.match(text, /MERGE INTO sandbox\.orders/, 'the detail shows the first lines of the code');
    for (const button of ['Insert at Cursor', 'Open in Editor', 'Copy', 'Show in Article']) {
      await row.locator(`.action-label[aria-label="${button}"]`).waitFor({ timeout: 5_000 });
    }
    const titles = await workbench.page.locator('.quick-input-widget .quick-input-title').innerText();
    assert.match(titles, /Find Code Snippet/);
    await workbench.page.keyboard.press('Escape');
  });

  it('shows a block in its article', async () => {
    await workbench.runCommand('Articles: Find Code Snippet');
    await input().fill('truncate');
    const row = await firstRow(/TRUNCATE sandbox\.orders_staging/);
    await row.hover();
    await row.locator('.action-label[aria-label="Show in Article"]').click();
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Keeping a warehouse staging table tidy' }).waitFor({ timeout: 30_000 });
    await workbench.webview().locator('pre', { hasText: 'TRUNCATE sandbox.orders_staging;' }).first().waitFor({ timeout: 30_000 });
    await workbench.screenshot('snippets-show-in-article');
    await workbench.runCommand('View: Close All Editors');
  });

  it('opens a policy in an editor that Save As… offers to save as policy.json', async () => {
    await workbench.runCommand('Articles: Find Code Snippet');
    await input().fill('lang:json');
    const row = await firstRow(/JSON · IAM policy/);
    await row.hover();
    await row.locator('.action-label[aria-label="Open in Editor"]').click();
    const tab = workbench.page.locator('.tabs-container .tab', { hasText: 'policy.json' });
    await tab.waitFor({ timeout: 15_000 });
    await workbench.page.locator('.monaco-editor .view-lines', { hasText: '"Version": "2012-10-17"' }).first().waitFor({ timeout: 15_000 });
    await workbench.runCommand('File: Save As...');
    // code-server's Save As is VS Code's own simple file dialog: a quick input holding the suggested path.
    let suggested = '';
    for (let tries = 0; tries < 150 && !/policy\.json$/.test(suggested); tries++) {
      suggested = await input().inputValue().catch(() => '');
      await workbench.page.waitForTimeout(100);
    }
    await workbench.screenshot('snippets-save-as');
    assert.match(suggested, /\/policy\.json$/, suggested);
    await workbench.page.keyboard.press('Escape');
  });

  it('offers a new editor when there is none to insert into', async () => {
    await workbench.runCommand('View: Revert and Close Editor');
    await workbench.page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
    await workbench.runCommand('Articles: Insert Code at Cursor');
    await input().fill('logrotate force');
    await firstRow(/sudo logrotate --force/);
    await workbench.page.keyboard.press('Enter');
    // Headless chromium has no window focus, and VS Code holds toasts back until it has: read the notification
    // in the notification center instead.
    await workbench.runCommand('Notifications: Show Notifications');
    const notification = workbench.page.locator('.notifications-center .notification-list-item', {
      hasText: 'There is no text editor to insert the code into.',
    });
    await notification.waitFor({ timeout: 15_000 });
    await workbench.screenshot('snippets-no-editor');
    await notification.locator('.monaco-button', { hasText: 'Open in New Editor' }).click();
    await workbench.page.locator('.tabs-container .tab', { hasText: 'commands.sh' }).waitFor({ timeout: 15_000 });
    await workbench.page.locator('.monaco-editor .view-lines', { hasText: 'sudo logrotate --force' }).first().waitFor({ timeout: 15_000 });
  });
});
