// The integration layer: every test/integration/*.test.ts runs inside a real VS Code with the extension under
// development. Files are grouped by the workspace they ask for (`// @workspace <kind>`), one session a group.
import * as path from 'node:path';
import { ensureVSCode } from './install';
import { repoRoot } from './paths';
import { runSession } from './session';
import { selectTestFiles, testName } from './testFiles';
import { defaultWorkspace, prepareWorkspace, workspaceDirective } from './workspace';

export interface LayerResult {
  passed: number;
  failed: number;
}

export interface IntegrationOptions {
  /** Test file names (`tree`, `tree.test.ts`); all when empty. */
  files?: string[];
  grep?: string;
  /** Overrides every file's own `@workspace`. */
  workspace?: string;
}

const compiledDir = path.join(repoRoot, 'out', 'test', 'integration');
const sourceDir = path.join(repoRoot, 'test', 'integration');

export async function runIntegration(options: IntegrationOptions = {}): Promise<LayerResult> {
  const install = await ensureVSCode();
  const names = selectTestFiles(sourceDir, options.files, '.test.ts').map(file => testName(file));
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const kind = options.workspace ?? process.env.TECH_ARTICLES_WORKSPACE
      ?? workspaceDirective(path.join(sourceDir, `${name}.test.ts`)) ?? defaultWorkspace;
    groups.set(kind, [...(groups.get(kind) ?? []), name]);
  }
  const total: LayerResult = { passed: 0, failed: 0 };
  for (const [kind, group] of groups) {
    const workspace = prepareWorkspace(kind);
    try {
      const result = await runSession(install, {
        label: `integration-${kind === path.basename(kind) ? kind : 'folder'}`,
        folder: workspace.folder,
        extensionTestsPath: path.join(compiledDir, 'index.js'),
        env: {
          TECH_ARTICLES_TEST_FILES: group.join(','),
          TECH_ARTICLES_TEST_GREP: options.grep ?? '',
          TECH_ARTICLES_WORKSPACE_KIND: kind,
        },
      });
      total.passed += result.passed;
      total.failed += result.failed;
    } finally {
      workspace.dispose();
    }
  }
  return total;
}
