// The extension as installed from its .vsix: loaded from the extensions folder, active, logging its start.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import * as iconv from 'iconv-lite';
import { ParseWorkerClient } from '../../src/library/parseWorkerClient';
import type { Services } from '../../src/services';

const extensionId = 'tech-articles.tech-articles';

async function poll<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

describe('installed .vsix', () => {
  it('is loaded from the extensions folder, not from the repository', () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not installed`);
    const extensionsDir = process.env.TECH_ARTICLES_EXTENSIONS_DIR;
    assert.ok(extensionsDir, 'the harness did not say where extensions are installed');
    assert.ok(extension.extensionPath.startsWith(extensionsDir + path.sep), `loaded from ${extension.extensionPath}`);
    assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace);
  });

  it('ships only the bundle, media, samples and docs', () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    const top = fs.readdirSync(extension.extensionPath).sort();
    for (const unwanted of ['src', 'test', 'out', 'node_modules', 'scripts', 'tsconfig.json', 'bench']) {
      assert.ok(!top.includes(unwanted), `${unwanted} is in the package: ${top.join(', ')}`);
    }
    assert.ok(fs.existsSync(path.join(extension.extensionPath, 'dist', 'extension.js')));
    assert.ok(!fs.existsSync(path.join(extension.extensionPath, 'dist', 'extension.js.map')), 'source map shipped');
    assert.ok(fs.readdirSync(path.join(extension.extensionPath, 'samples')).some(n => n.endsWith('.txt')), 'no samples');
  });

  it('decodes a Windows-1251 dump with its own parse worker and code-page libraries', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    const dist = path.join(extension.extensionPath, 'dist');
    assert.ok(fs.existsSync(path.join(dist, 'legacyDecoders.js')), 'dist/legacyDecoders.js is not in the package');
    const client = new ParseWorkerClient(path.join(dist, 'parseWorker.js'));
    try {
      const text = 'Избори\n\nPost Syndicated from Автор original https://toest.test/1\n\nТекст за изборите.\n';
      const { outcome, parsed } = await client.parse(iconv.encode(text, 'win1251'), 'bg.txt', {}, () => false);
      assert.equal(outcome.kind, 'parsed');
      assert.equal(parsed?.encoding, 'windows-1251');
      assert.equal(parsed?.posts[0].title, 'Избори');
    } finally {
      client.dispose();
    }
  });

  it('activates on startup and logs how long activation took', async () => {
    const extension = vscode.extensions.getExtension<Services>(extensionId);
    assert.ok(extension);
    // onStartupFinished: wait for VS Code to activate it rather than activating it ourselves.
    const active = await poll(() => (extension.isActive ? true : undefined), 15_000);
    assert.equal(active, true, 'not activated on startup');
    const logDir = extension.exports.context.logUri.fsPath;
    const line = await poll(() => {
      const files = fs.existsSync(logDir) ? fs.readdirSync(logDir).filter(n => n.endsWith('.log')) : [];
      const text = files.map(n => fs.readFileSync(path.join(logDir, n), 'utf8')).join('\n');
      return /activated in \d+(\.\d+)? ms/.exec(text)?.[0];
    }, 10_000);
    assert.ok(line, `no "activated in N ms" line in ${logDir}`);
    console.log(`    log: ${line}`);
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('techArticles.showLog'));
    assert.ok(commands.includes('techArticles.openArticle'), 'techArticles.openArticle missing');
  });
});
