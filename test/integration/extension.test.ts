// The extension in a real VS Code: right version, active, every contracted command registered.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../../src/services';

const extensionId = 'tech-articles.tech-articles';

/** Command ids from the shared contract (docs/contract table), so the test follows the contract, not the code. */
function contractCommandIds(): string[] {
  const repo = process.env.TECH_ARTICLES_REPO ?? path.resolve(__dirname, '..', '..', '..');
  const contract = path.resolve(repo, '..', 'shared', 'contracts', 'commands.md');
  const text = fs.readFileSync(contract, 'utf8');
  const ids = new Set<string>();
  for (const match of text.matchAll(/^\| (techArticles\.[\w./ ]+?) \|/gm)) {
    // A row may name two commands: "techArticles.toggleRead / toggleFavorite".
    const [first, ...more] = match[1].split('/').map(s => s.trim());
    ids.add(first);
    for (const short of more) ids.add(`techArticles.${short}`);
  }
  return [...ids];
}

describe('extension in real VS Code', () => {
  // Commands exist once activate() has run; don't depend on onStartupFinished having fired or on test order.
  before(async () => {
    await vscode.extensions.getExtension(extensionId)?.activate();
  });

  it('runs inside a real VS Code 1.139', () => {
    assert.match(vscode.version, /^1\.139\.\d+$/);
    if (process.env.TECH_ARTICLES_HOST === 'desktop') {
      // npm run test:desktop (Electron, through @vscode/test-electron)
      assert.match(vscode.env.appName, /Visual Studio Code/);
      assert.equal(vscode.env.uiKind, vscode.UIKind.Desktop);
    } else {
      // the code-server harness: the workbench is in chromium, the extension in a remote Node host
      assert.equal(vscode.env.appName, 'code-server');
      assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
      assert.ok(vscode.env.remoteName, 'expected a remote extension host');
    }
  });

  it('is installed from the repository and active', async () => {
    const extension = vscode.extensions.getExtension<Services>(extensionId);
    assert.ok(extension, `${extensionId} is not loaded`);
    const services = await extension.activate();
    assert.equal(extension.isActive, true);
    assert.equal(extension.packageJSON.name, 'tech-articles');
    for (const key of ['context', 'log', 'library', 'reading', 'annotations', 'editors'] as const) {
      assert.ok(services[key], `activate() returned no ${key}`);
    }
  });

  it('registers every command of the contract', async () => {
    const expected = contractCommandIds();
    assert.ok(expected.length >= 15, `only ${expected.length} command ids read from the contract`);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = expected.filter(id => !registered.has(id));
    assert.deepEqual(missing, [], `not registered: ${missing.join(', ')}`);
  });

  it('registers every command it declares in package.json', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    const declared = (extension.packageJSON.contributes.commands as { command: string }[]).map(c => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter(id => !registered.has(id));
    assert.deepEqual(missing, [], `declared but not registered: ${missing.join(', ')}`);
  });
});
