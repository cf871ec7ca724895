// npm test [-- <layer> [file…] [--grep <pattern>] [--workspace <kind|folder>]]
// Layers: unit (mocha, plain Node), integration (mocha inside a real VS Code), vsix (the packaged .vsix
// installed into VS Code), ui (playwright drives the real workbench). No layer named: all of them in that order.
// First run on a machine: npm ci when node_modules is missing, a build, and the test VS Code install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const layers = ['unit', 'integration', 'vsix', 'ui'];

function parseArgs(argv) {
  const options = { layers: [], files: [], grep: undefined, workspace: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--grep' || arg === '-g') options.grep = argv[++i];
    else if (arg.startsWith('--grep=')) options.grep = arg.slice(7);
    else if (arg === '--workspace') options.workspace = argv[++i];
    else if (arg.startsWith('--workspace=')) options.workspace = arg.slice(12);
    else if (layers.includes(arg)) options.layers.push(arg);
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length && options.layers.length !== 1) {
    throw new Error('name exactly one layer before test files, e.g. `npm test -- integration tree`');
  }
  if (options.layers.length === 0) options.layers = [...layers];
  return options;
}

function step(title, command, args) {
  console.log(`> ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`${title} failed (exit ${result.status ?? result.signal})`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) step('npm ci', 'npm', ['ci', '--no-audit', '--no-fund']);
  step('build', process.execPath, [join(root, 'scripts', 'build.mjs')]);

  const harness = name => require(join(root, 'out', 'test', 'harness', `${name}.js`));
  const run = {
    unit: () => harness('mochaLayer').runMochaLayer({ layer: 'unit', files: options.files, grep: options.grep, timeoutMs: 10_000 }),
    integration: () => harness('integration').runIntegration(options),
    vsix: () => harness('vsix').runVsixCheck(),
    ui: async () => {
      await harness('install').ensureVSCode();
      return harness('mochaLayer').runMochaLayer({
        layer: 'ui', files: options.files, grep: options.grep, timeoutMs: 180_000, require: ['out/test/ui/failureHooks.js'],
      });
    },
  };

  const total = { passed: 0, failed: 0 };
  const lines = [];
  for (const layer of options.layers) {
    console.log(`\n=== ${layer} tests ===`);
    const started = Date.now();
    let result;
    try {
      result = await run[layer]();
    } catch (error) {
      console.error(`${layer}: ${error instanceof Error ? error.message : error}`);
      result = { passed: 0, failed: 1 };
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    lines.push(`${layer}: ${result.passed} passed, ${result.failed} failed (${seconds} s)`);
    console.log(`${result.passed} passed, ${result.failed} failed`);
    total.passed += result.passed;
    total.failed += result.failed;
  }
  if (options.layers.length > 1) {
    console.log('\n=== summary ===');
    for (const line of lines) console.log(line);
    console.log(`${total.passed} passed, ${total.failed} failed`);
  }
  process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
