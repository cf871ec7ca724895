// Test entry loaded by VS Code's extension host (extensionTestsPath): runs mocha over every compiled
// out/test/integration/*.test.js, or those named in TECH_ARTICLES_TEST_FILES, with TECH_ARTICLES_TEST_GREP as
// mocha's grep. Console output is tee'd into TECH_ARTICLES_TEST_LOG because the extension host's console
// never reaches the harness as text. Ends with the plain line `N passed, N failed`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import * as vscode from 'vscode';
import { selectTestFiles } from '../harness/testFiles';

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';

function teeConsole(file: string): void {
  const write = (text: string) => fs.appendFileSync(file, text);
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as ConsoleMethod[]) {
    const original = console[method].bind(console);
    // Plain assignment to console.* is silently ignored in the extension host; defineProperty is not.
    Object.defineProperty(console, method, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        write(format(...args) + '\n');
        original(...args);
      },
    });
  }
}

export function run(): Promise<void> {
  return runMochaIn(__dirname);
}

/** Also used by other VS Code test entries (the .vsix check) over their own folder. */
export async function runMochaIn(dir: string): Promise<void> {
  const logFile = process.env.TECH_ARTICLES_TEST_LOG;
  if (logFile) teeConsole(logFile);
  // Loaded only now: mocha's reporters keep a reference to console.log taken when they are first loaded.
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: Number(process.env.TECH_ARTICLES_MOCHA_TIMEOUT ?? 20_000),
    reporter: 'spec',
    grep: process.env.TECH_ARTICLES_TEST_GREP || undefined,
  });
  // Plain text: the constructor ignores `color: false`, and CI=true would turn colours on.
  Mocha.reporters.Base.useColors = false;
  try {
    const files = selectTestFiles(dir, process.env.TECH_ARTICLES_TEST_FILES?.split(','));
    console.log(`[entry] VS Code ${vscode.version}: ${files.length} test file(s) in ${path.basename(dir)}/, workspace ${vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? 'none'}`);
    for (const file of files) mocha.addFile(file);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    console.log('0 passed, 1 failed');
    throw error;
  }
  const stats = await new Promise<{ passes: number; failures: number }>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 }));
    } catch (error) {
      reject(error);
    }
  });
  console.log(`${stats.passes} passed, ${stats.failures} failed`);
  if (stats.failures > 0) throw new Error(`${stats.failures} integration test(s) failed`);
  // With --grep, a session whose files have no matching test is fine; the harness checks the overall total.
  if (stats.passes === 0 && !process.env.TECH_ARTICLES_TEST_GREP) throw new Error('no integration test ran');
}
