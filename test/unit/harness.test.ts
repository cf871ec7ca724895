// The test harness's own logic, in plain Node: process groups die whole, temp folders are owned and swept,
// workspaces and test-file selections behave as HARNESS.md says.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpusDir, runsRoot } from '../harness/paths';
import { runCommand, sleep, startGroup } from '../harness/processes';
import { createOwnedDir, sweepOrphans } from '../harness/tempDirs';
import { prepareWorkspace, workspaceDirective } from '../harness/workspace';
import { selectTestFiles } from '../harness/testFiles';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('harness: process groups', () => {
  it('stops a command together with the background processes it started', async () => {
    const proc = startGroup('bash', ['-c', 'sleep 60 & echo $!; sleep 60']);
    const grandchild = await new Promise<number>(resolve => proc.child.stdout?.once('data', d => resolve(Number(String(d).trim()))));
    assert.ok(alive(grandchild));
    await proc.stop();
    await sleep(100);
    assert.equal(alive(grandchild), false, 'the background sleep survived');
    assert.equal(alive(proc.pgid), false);
  });

  it('kills the group when its parent dies without cleaning up (SIGKILL)', () => {
    // A parent node process starts a guarded group, prints the group's pid and is killed outright.
    const script = `
      const { startGroup } = require(${JSON.stringify(path.join(__dirname, '..', 'harness', 'processes.js'))});
      const p = startGroup('sleep', ['60']);
      console.log(p.pgid);
      setTimeout(() => process.kill(process.pid, 'SIGKILL'), 300);
    `;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    const pgid = Number(result.stdout.trim());
    assert.ok(pgid > 0, result.stderr);
    const deadline = Date.now() + 3000;
    while (alive(pgid) && Date.now() < deadline) spawnSync('sleep', ['0.1']);
    assert.equal(alive(pgid), false, 'the orphaned group is still running');
  });

  it('returns a command\'s output and exit code, and stops it at its timeout', async () => {
    const ok = await runCommand('bash', ['-c', 'echo out; echo err >&2; exit 3'], { quiet: true });
    assert.equal(ok.code, 3);
    assert.match(ok.output, /out/);
    assert.match(ok.output, /err/);
    const started = Date.now();
    const slow = await runCommand('sleep', ['30'], { quiet: true, timeoutMs: 300 });
    assert.ok(Date.now() - started < 5000);
    assert.notEqual(slow.code, 0);
    assert.match(slow.output, /timed out/);
  });
});

describe('harness: temporary folders', () => {
  it('are created with an owner file and removed by dispose', () => {
    const owned = createOwnedDir('unit probe');
    assert.ok(fs.statSync(owned.dir).isDirectory());
    assert.equal(path.dirname(owned.dir), runsRoot);
    assert.equal(fs.readFileSync(`${owned.dir}.owner`, 'utf8'), String(process.pid));
    owned.dispose();
    owned.dispose(); // idempotent
    assert.equal(fs.existsSync(owned.dir), false);
    assert.equal(fs.existsSync(`${owned.dir}.owner`), false);
  });

  it('are swept when their owner is gone, and kept while it runs', () => {
    const deadPid = spawnSync('true').pid!;
    const orphan = fs.mkdtempSync(path.join(runsRoot, 'unit-orphan-'));
    fs.writeFileSync(`${orphan}.owner`, String(deadPid));
    const mine = createOwnedDir('unit-live');
    try {
      const removed = sweepOrphans();
      assert.ok(removed.includes(orphan));
      assert.equal(fs.existsSync(orphan), false);
      assert.ok(fs.existsSync(mine.dir));
    } finally {
      mine.dispose();
    }
  });
});

describe('harness: workspaces', () => {
  it('reads the @workspace directive from the first lines only', () => {
    const file = path.join(os.tmpdir(), `directive-${process.pid}.ts`);
    fs.writeFileSync(file, '// The tree.\n// @workspace corpus\nimport x from "y";\n');
    assert.equal(workspaceDirective(file), 'corpus');
    fs.writeFileSync(file, `${'\n'.repeat(20)}// @workspace corpus\n`);
    assert.equal(workspaceDirective(file), undefined);
    fs.rmSync(file);
  });

  it('copies the corpus into a writable temporary folder', function () {
    if (!fs.existsSync(corpusDir)) this.skip();
    const workspace = prepareWorkspace('corpus');
    try {
      const names = fs.readdirSync(workspace.folder!);
      assert.deepEqual(names.sort(), fs.readdirSync(corpusDir).filter(n => n.endsWith('.txt')).sort());
      fs.appendFileSync(path.join(workspace.folder!, names[0]), '\n'); // writable, unlike the source
    } finally {
      workspace.dispose();
    }
    assert.equal(fs.existsSync(workspace.folder!), false);
  });

  it('rejects a folder that does not exist, and opens none for "none"', () => {
    assert.throws(() => prepareWorkspace('no/such/folder'), /does not exist/);
    assert.equal(prepareWorkspace('none').folder, undefined);
  });
});

describe('harness: choosing test files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-'));
  before(() => {
    for (const name of ['tree.test.js', 'notes.test.js', 'index.js']) fs.writeFileSync(path.join(dir, name), '');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes every *.test.js, or the named ones in any spelling', () => {
    assert.deepEqual(selectTestFiles(dir, undefined).map(f => path.basename(f)), ['notes.test.js', 'tree.test.js']);
    assert.deepEqual(selectTestFiles(dir, ['tree', ' notes.test.ts']).map(f => path.basename(f)), ['tree.test.js', 'notes.test.js']);
    assert.deepEqual(selectTestFiles(dir, ['test/ui/tree.test.ts']).map(f => path.basename(f)), ['tree.test.js']);
    assert.deepEqual(selectTestFiles(dir, undefined, '.test.ts'), [], 'another suffix finds nothing here');
  });

  it('refuses an unknown name instead of running nothing', () => {
    assert.throws(() => selectTestFiles(dir, ['tre']), /no test file named tre .*have: notes, tree/);
  });
});
