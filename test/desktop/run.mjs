// npm run test:desktop [-- <file>…]: the same integration suite in desktop VS Code (Electron) through
// @vscode/test-electron. It downloads VS Code, so it needs a machine that can reach the VS Code update
// service (a developer's machine or CI with internet); the code-server harness is the path that works offline.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const { prepareWorkspace, workspaceDirective, defaultWorkspace } = require(join(root, 'out', 'test', 'harness', 'workspace.js'));
const { VSCODE_VERSION } = require(join(root, 'out', 'test', 'harness', 'paths.js'));

const sourceDir = join(root, 'test', 'integration');
const wanted = process.argv.slice(2).map(f => f.replace(/(\.test)?\.(ts|js)$/, ''));
const names = readdirSync(sourceDir).filter(n => n.endsWith('.test.ts')).map(n => n.replace(/\.test\.ts$/, ''))
  .filter(n => wanted.length === 0 || wanted.includes(n));

// One VS Code per workspace kind, as in the code-server harness.
const groups = new Map();
for (const name of names) {
  const kind = process.env.TECH_ARTICLES_WORKSPACE ?? workspaceDirective(join(sourceDir, `${name}.test.ts`)) ?? defaultWorkspace;
  groups.set(kind, [...(groups.get(kind) ?? []), name]);
}

let failed = false;
for (const [kind, group] of groups) {
  const workspace = prepareWorkspace(kind);
  try {
    await runTests({
      version: process.env.TECH_ARTICLES_DESKTOP_VERSION ?? VSCODE_VERSION,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [...(workspace.folder ? [workspace.folder] : []), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
      extensionTestsEnv: {
        TECH_ARTICLES_HOST: 'desktop',
        TECH_ARTICLES_REPO: root,
        TECH_ARTICLES_TEST_FILES: group.join(','),
        TECH_ARTICLES_WORKSPACE_KIND: kind,
      },
    });
  } catch (error) {
    console.error(`desktop run (${kind}) failed: ${error instanceof Error ? error.message : error}`);
    failed = true;
  } finally {
    workspace.dispose();
  }
}
process.exit(failed ? 1 : 0);
