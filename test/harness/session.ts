// One test session in a real VS Code: server + workbench in chromium + the extension under development +
// a test entry (a module exporting run()). The extension host's output is tee'd by the entry into a log
// file that we stream to stdout while the session runs. Ends with the code from codeAutomationExit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser, saveScreenshot, type WorkbenchBrowser } from './browser';
import type { VSCodeInstall } from './install';
import { logsDir, repoRoot } from './paths';
import { sleep } from './processes';
import { createRunFolder, startServer, tail, type RunFolder, type Server } from './server';

export interface SessionOptions {
  label: string;
  /** Folder opened as the workspace; undefined opens an empty window. */
  folder?: string;
  /**
   * Defaults to the repository (the extension under development). null: none of ours (a .vsix run); an empty
   * folder is passed instead because the workbench runs extensionTestsPath only in development mode.
   */
  extensionDevelopmentPath?: string | null;
  /** Compiled test entry exporting run(). */
  extensionTestsPath: string;
  /** Passed to the extension host through the server's environment. */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Runs after the run folder exists and before the server starts (e.g. install a .vsix). */
  prepare?: (run: RunFolder) => Promise<void>;
}

export interface SessionResult {
  exitCode: number;
  passed: number;
  failed: number;
  /** Why the session ended without a test summary (timeout, crash), if it did. */
  problem?: string;
  logFile: string;
}

const summaryLine = /^(\d+) passed, (\d+) failed/gm;

/** Streams new text of a file to stdout until stopped (the extension host writes it). */
function follow(file: string): { stop(): void } {
  let offset = 0;
  const pump = () => {
    let fd: number | undefined;
    try {
      fd = fs.openSync(file, 'r');
      const size = fs.fstatSync(fd).size;
      if (size > offset) {
        const buffer = Buffer.alloc(size - offset);
        fs.readSync(fd, buffer, 0, buffer.length, offset);
        offset = size;
        process.stdout.write(buffer.toString('utf8').replace(summaryLine, '$1 passed, $2 failed (session)'));
      }
    } catch {
      // not created yet
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  };
  const timer = setInterval(pump, 200);
  return { stop() { clearInterval(timer); pump(); } };
}

/** Resolves -3 if the test entry has written nothing to its log by then (it writes a line first thing). */
async function neverStarted(logFile: string, timeoutMs: number, ended: AbortSignal): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !ended.aborted) {
    await sleep(500);
    if (fs.statSync(logFile).size > 0) break;
  }
  return Date.now() >= deadline ? -3 : new Promise<number>(() => undefined); // started: never wins the race
}

/** Resolves -1 after ms unless the session ended first; does not keep the process alive. */
function timeout(ms: number): Promise<number> {
  return new Promise(resolve => setTimeout(() => resolve(-1), ms).unref());
}

export async function runSession(install: VSCodeInstall, options: SessionOptions): Promise<SessionResult> {
  const timeoutMs = options.timeoutMs ?? Number(process.env.TECH_ARTICLES_TEST_TIMEOUT ?? 600_000);
  const startTimeoutMs = Number(process.env.TECH_ARTICLES_START_TIMEOUT ?? 120_000);
  const run = createRunFolder(options.label);
  const logFile = path.join(logsDir, `${run.id}.log`);
  fs.mkdirSync(logsDir, { recursive: true });
  fs.writeFileSync(logFile, '');
  const follower = follow(logFile);
  let server: Server | undefined;
  let browser: WorkbenchBrowser | undefined;
  let problem: string | undefined;
  let exitCode = 1;
  const started = Date.now();
  const ended = new AbortController();
  try {
    await options.prepare?.(run);
    server = await startServer(install, run, {
      // Plain text in logs: CI=true would otherwise switch on coloured symbols in mocha's reporter.
      env: { ...options.env, NO_COLOR: '1', FORCE_COLOR: '0', TECH_ARTICLES_HOST: 'code-server', TECH_ARTICLES_TEST_LOG: logFile, TECH_ARTICLES_REPO: repoRoot, TECH_ARTICLES_EXTENSIONS_DIR: run.extensionsDir },
    });
    browser = await launchBrowser(install, { consoleLog: path.join(logsDir, `${run.id}-browser.log`) });
    let resolveExit!: (code: number) => void;
    const exited = new Promise<number>(resolve => { resolveExit = resolve; });
    await browser.page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(Number(code)));
    browser.page.on('crash', () => resolveExit(-2));
    const noDevelopmentExtension = path.join(run.dir, 'no-development-extension');
    if (options.extensionDevelopmentPath === null) fs.mkdirSync(noDevelopmentExtension);
    const url = server.workbenchUrl({
      folder: options.folder,
      extensionDevelopmentPath: options.extensionDevelopmentPath === null ? noDevelopmentExtension : options.extensionDevelopmentPath ?? repoRoot,
      extensionTestsPath: options.extensionTestsPath,
    });
    process.stdout.write(`[harness] ${options.label}: VS Code on ${server.origin} (workspace ${options.folder ?? 'none'})\n`);
    await browser.page.goto(url, { timeout: 60_000 });
    exitCode = await Promise.race([exited, timeout(timeoutMs), neverStarted(logFile, startTimeoutMs, ended.signal)]);
    if (exitCode === -1) problem = `timed out after ${timeoutMs / 1000} s (TECH_ARTICLES_TEST_TIMEOUT)`;
    if (exitCode === -2) problem = 'the workbench page crashed';
    if (exitCode === -3) problem = `the test entry did not start within ${startTimeoutMs / 1000} s (extension host not up, or the payload was ignored)`;
    if (problem && browser) {
      const shot = await saveScreenshot(browser.page, `${run.id}-failure`).catch(() => undefined);
      if (shot) process.stdout.write(`[harness] screenshot of the stuck workbench: ${path.relative(repoRoot, shot)}\n`);
    }
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  } finally {
    ended.abort();
    await browser?.close();
    await server?.stop();
    await sleep(100);
    follower.stop();
    run.dispose();
  }
  const text = fs.readFileSync(logFile, 'utf8');
  const summaries = [...text.matchAll(summaryLine)];
  const last = summaries.at(-1);
  const passed = last ? Number(last[1]) : 0;
  let failed = last ? Number(last[2]) : 0;
  if (!last && !problem) problem = `no test summary (exit code ${exitCode})`;
  if (problem) {
    failed += 1; // the session itself counts as one failure so that it can never look green
    exitCode = exitCode === 0 ? 1 : exitCode;
    process.stdout.write(`[harness] ${options.label}: ${problem}\n`);
    if (server) process.stdout.write(`[harness] last lines of ${path.relative(repoRoot, server.logFile)}:\n${tail(server.logFile, 25)}\n`);
  }
  process.stdout.write(`[harness] ${options.label}: exit ${exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s; log ${path.relative(repoRoot, logFile)}\n`);
  if (exitCode !== 0 && failed === 0) failed = 1; // e.g. the entry threw after its summary: never green
  return { exitCode, passed, failed, problem, logFile };
}
