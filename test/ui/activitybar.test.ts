// The Articles container in the real workbench: its activity bar icon opens a side bar with the Articles and
// Notes views and the Articles view's title actions. Screenshot: artifacts/screenshots/activitybar.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Workbench } from './workbench';

describe('Articles container (UI)', function () {
  this.timeout(180_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.start({ label: 'activitybar' });
  });

  after(async () => {
    await workbench?.dispose();
  });

  it('opens from the activity bar with the Articles and Notes views', async () => {
    await workbench.openArticlesContainer();
    const headers = workbench.page.locator('.part.sidebar .pane-header');
    await headers.filter({ hasText: /^Notes/i }).first().waitFor();
    const titles = (await headers.allInnerTexts()).map(t => t.split('\n')[0].trim().toLowerCase());
    assert.ok(titles.includes('articles'), `side bar views: ${titles.join(', ')}`);
    assert.ok(titles.includes('notes'), `side bar views: ${titles.join(', ')}`);
  });

  it('shows the Articles view title actions', async () => {
    const view = workbench.view('Articles');
    await view.hover();
    for (const action of ['Add Folder or File…', 'Refresh']) {
      await view.locator(`.actions a.action-label[aria-label^="${action}"]`).first().waitFor({ timeout: 15_000 });
    }
  });

  it('lists the sample articles and saves a screenshot of the view', async () => {
    // The workspace is a copy of samples/: the tree must show rows (topic groups or articles) once loaded.
    const rows = workbench.view('Articles').locator('.monaco-list-row');
    await rows.first().waitFor({ timeout: 30_000 });
    await workbench.page.locator('.statusbar', { hasText: 'Activating Extensions' }).waitFor({ state: 'hidden', timeout: 30_000 });
    // The picture first, so that a failure below can be looked at.
    const file = await workbench.screenshot('activitybar');
    assert.ok(fs.statSync(file).size > 10_000, 'screenshot is suspiciously small');
    const labels = await rows.evaluateAll(elements => elements.map(e => e.getAttribute('aria-label') ?? ''));
    // Both sample files must load: a Problems group here means the bundled samples do not parse.
    assert.ok(!labels.some(label => /^Problems\b/.test(label)), `problems shown: ${labels.join(' | ')}`);
  });

  it('regroups the tree by author through the command palette', async () => {
    await workbench.runCommand('Articles: Group By…');
    await workbench.pickQuickItem('Author');
    // Authors of the two sample files, one of them on a post with two authors.
    await workbench.treeRow(/^Priya Raman/, 'Articles');
    await workbench.treeRow(/^Aiko Tanaka/, 'Articles');
    await workbench.runCommand('Articles: Group By…');
    await workbench.pickQuickItem('Topic');
  });

  it('follows the color theme (Light Modern)', async () => {
    await workbench.setColorTheme('Light Modern');
    const background = String(await workbench.page.evaluate("getComputedStyle(document.querySelector('.part.sidebar')).backgroundColor"));
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    assert.ok(r + g + b > 600, `side bar is not light: ${background}`);
    await workbench.screenshot('activitybar-light');
  });
});
