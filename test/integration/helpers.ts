import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Services } from '../../src/services';

/** Polls `probe` every 50 ms until it returns something truthy; VS Code reports many changes asynchronously. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/** The extension's services, once it is active (activate() returns them). */
export async function activatedServices(): Promise<Services> {
  const extension = vscode.extensions.getExtension<Services>('tech-articles.tech-articles');
  assert.ok(extension, 'the extension is installed');
  return extension.activate();
}
