// Debian's chromium driven headless by playwright-core (no browser download). One browser per session.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { VSCodeInstall } from './install';
import { screenshotsDir } from './paths';

export interface WorkbenchBrowser {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export interface BrowserOptions {
  /** Receives the workbench page's console lines (errors from the renderer side, webviews). */
  consoleLog?: string;
  viewport?: { width: number; height: number };
}

export async function launchBrowser(install: VSCodeInstall, options: BrowserOptions = {}): Promise<WorkbenchBrowser> {
  const browser = await chromium.launch({
    executablePath: install.chromium,
    headless: true,
    timeout: 60_000,
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 900 },
    // Clipboard for copy commands; harmless when unused.
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  if (options.consoleLog) {
    const file = options.consoleLog;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    page.on('console', message => fs.appendFileSync(file, `[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', error => fs.appendFileSync(file, `[pageerror] ${error.message}\n`));
  }
  return {
    browser,
    context,
    page,
    close: async () => {
      await Promise.race([browser.close(), new Promise(resolve => setTimeout(resolve, 5000))]);
    },
  };
}

/** Saves `artifacts/screenshots/<name>.png` and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
