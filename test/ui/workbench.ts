// Shared helpers for UI tests: a real VS Code workbench (code-server + the extension under development) in
// headless chromium, and the few gestures tests need — open the Articles container, run a palette command,
// wait for a tree row, reach into a webview, switch theme, save a screenshot.
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, type WorkbenchBrowser } from '../harness/browser';
import { ensureVSCode } from '../harness/install';
import { logsDir, repoRoot } from '../harness/paths';
import { createRunFolder, startServer, type RunFolder, type Server } from '../harness/server';
import { prepareWorkspace, type PreparedWorkspace, type WorkspaceKind } from '../harness/workspace';

export interface WorkbenchOptions {
  /** Names the run folder and logs, e.g. the test file's feature. */
  label: string;
  /** `samples` (default, a temp copy), `corpus`, `empty`, `none`, or a folder path; see HARNESS.md. */
  workspace?: WorkspaceKind;
  /** Runs after the workspace is prepared and before VS Code opens it (e.g. write a notes file). */
  prepare?: (workspaceFolder: string | undefined) => void | Promise<void>;
  viewport?: { width: number; height: number };
}

export class Workbench {
  /** Workbenches not yet disposed: the UI layer's failure hook takes a picture of each. */
  static readonly live = new Set<Workbench>();

  private constructor(
    readonly page: Page,
    readonly server: Server,
    readonly workspaceFolder: string | undefined,
    private readonly browser: WorkbenchBrowser,
    private readonly run: RunFolder,
    private readonly workspace: PreparedWorkspace,
  ) {}

  /** Starts a private VS Code with the extension loaded and waits until the workbench and our container show. */
  static async start(options: WorkbenchOptions): Promise<Workbench> {
    const install = await ensureVSCode();
    const run = createRunFolder(`ui-${options.label}`);
    const workspace = prepareWorkspace(options.workspace ?? 'samples');
    let server: Server | undefined;
    let browser: WorkbenchBrowser | undefined;
    try {
      await options.prepare?.(workspace.folder);
      server = await startServer(install, run);
      browser = await launchBrowser(install, { consoleLog: path.join(logsDir, `${run.id}-browser.log`), viewport: options.viewport });
      const workbench = new Workbench(browser.page, server, workspace.folder, browser, run, workspace);
      Workbench.live.add(workbench);
      await browser.page.goto(server.workbenchUrl({ folder: workspace.folder, extensionDevelopmentPath: repoRoot }), { timeout: 60_000 });
      await browser.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await workbench.activityBarItem().waitFor({ timeout: 90_000 }); // slow under load: the extension host starts last
      return workbench;
    } catch (error) {
      if (browser) await saveScreenshot(browser.page, `${run.id}-start-failure`).catch(() => undefined);
      await browser?.close();
      await server?.stop();
      run.dispose();
      workspace.dispose();
      throw error;
    }
  }

  async dispose(): Promise<void> {
    Workbench.live.delete(this);
    await this.browser.close();
    await this.server.stop();
    this.run.dispose();
    this.workspace.dispose();
  }

  /** The "Articles" icon in the activity bar. */
  activityBarItem(): Locator {
    return this.page.locator('.activitybar .action-item a.action-label[aria-label^="Articles"]').first();
  }

  /** Shows the Articles container in the side bar (clicking the icon again would hide it). */
  async openArticlesContainer(): Promise<void> {
    const sideBarTitle = this.page.locator('.part.sidebar .composite.title h2', { hasText: /^Articles/i });
    if (await sideBarTitle.isVisible()) return;
    await this.activityBarItem().click();
    await sideBarTitle.waitFor({ timeout: 15_000 });
  }

  /** A view (pane) of the side bar by its title, e.g. "Articles" or "Notes". */
  view(title: string): Locator {
    return this.page.locator('.part.sidebar .pane').filter({ has: this.page.locator('.pane-header', { hasText: new RegExp(`^${escapeRegExp(title)}`, 'i') }) });
  }

  /**
   * Runs a command by its palette title ("Articles: Refresh"). Returns once the palette has closed or the
   * command has put up its own QuickPick / input box (then use `pickQuickItem`).
   */
  async runCommand(title: string): Promise<void> {
    await this.openQuickInput('>');
    await this.page.keyboard.type(title);
    await this.quickPickRowLabelled(title).click({ timeout: 15_000 });
    // A string, not a function: this file is compiled without the DOM types.
    await this.page.waitForFunction(`(() => {
      const widget = document.querySelector('.quick-input-widget');
      const input = widget && widget.querySelector('.quick-input-box input');
      return !widget || widget.style.display === 'none' || !input || !input.value.startsWith('>');
    })()`, undefined, { timeout: 15_000 });
  }

  /** In the open QuickPick: types `filter` (default: the label) and clicks the row labelled exactly `label`. */
  async pickQuickItem(label: string | RegExp, filter = typeof label === 'string' ? label : ''): Promise<void> {
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ timeout: 15_000 });
    if (filter) await input.fill(filter);
    await this.quickPickRowLabelled(label).click({ timeout: 15_000 });
  }

  /** Opens the quick input with a prefix (`>` commands, '' files) and waits until it accepts typing. */
  async openQuickInput(prefix: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ timeout: 15_000 });
    await input.fill(prefix);
  }

  /** A row of the open QuickPick whose text (label, description, detail) contains or matches `label`. */
  quickPickRow(label: string | RegExp): Locator {
    return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
  }

  /** The row whose label (not description or detail) is exactly `label`. */
  private quickPickRowLabelled(label: string | RegExp): Locator {
    const name = typeof label === 'string' ? new RegExp(`^${escapeRegExp(label)}$`) : label;
    return this.page
      .locator('.quick-input-widget .quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.monaco-icon-label .label-name', { hasText: name }) })
      .first();
  }

  /** Waits for a tree row (in any side bar view, or in `view` if given) whose text matches. */
  async treeRow(label: string | RegExp, view?: string, timeoutMs = 30_000): Promise<Locator> {
    const scope = view ? this.view(view) : this.page.locator('.part.sidebar');
    const row = scope.locator('.monaco-list-row', { hasText: label }).first();
    await row.waitFor({ timeout: timeoutMs });
    return row;
  }

  /** The content frame of the active webview (editor webviews sit in iframe.webview.ready → iframe#active-frame). */
  webview(index = 0): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').nth(index).frameLocator('iframe#active-frame');
  }

  /** Switches the color theme through "Preferences: Color Theme": "Light Modern", "Dark High Contrast"… */
  async setColorTheme(theme: string): Promise<void> {
    await this.runCommand('Preferences: Color Theme');
    await this.pickQuickItem(new RegExp(`^${escapeRegExp(theme)}`), theme);
    // The theme applies asynchronously; the workbench's classes (vs, vs-dark, hc-black, hc-light) tell when.
    const highContrast = /high contrast/i.test(theme);
    const light = /light/i.test(theme);
    const kind = highContrast ? (light ? 'hc-light' : 'hc-black') : light ? 'vs' : 'vs-dark';
    await this.page.locator(`.monaco-workbench.${kind}`).waitFor({ timeout: 15_000 });
  }

  /** Saves `artifacts/screenshots/<name>.png` (whole window, or one element) and returns its path. */
  async screenshot(name: string, element?: Locator): Promise<string> {
    if (!element) return saveScreenshot(this.page, name);
    const file = path.join(repoRoot, 'artifacts', 'screenshots', `${name}.png`);
    await element.screenshot({ path: file });
    return file;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
