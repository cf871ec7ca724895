// The cache folder of saved headline passes stays within a count and a total size, newest first.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pruneFolder } from '../../src/library/pruneFolder';

describe('library: pruning the saved headline passes', () => {
  let folder: string;

  /** Writes `name` with `size` bytes, modified `age` seconds ago. */
  function save(name: string, size: number, age: number): void {
    const file = path.join(folder, name);
    fs.writeFileSync(file, 'x'.repeat(size));
    const when = new Date(Date.now() - age * 1000);
    fs.utimesSync(file, when, when);
  }

  beforeEach(() => { folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tech-articles-prune-')); });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('keeps the newest files up to the count', () => {
    for (let i = 0; i < 5; i++) save(`pass-${i}.json`, 10, i);
    assert.deepEqual(pruneFolder(folder, { files: 3, bytes: 1000 }), ['pass-0.json', 'pass-1.json', 'pass-2.json']);
    assert.deepEqual(fs.readdirSync(folder).sort(), ['pass-0.json', 'pass-1.json', 'pass-2.json']);
  });

  it('keeps the newest files within the total size, dropping the older ones even under the count', () => {
    save('new.json', 400, 1);
    save('middle.json', 400, 2);
    save('old.json', 400, 3);
    assert.deepEqual(pruneFolder(folder, { files: 64, bytes: 1000 }), ['new.json', 'middle.json']);
    assert.equal(fs.existsSync(path.join(folder, 'old.json')), false);
  });

  it('always keeps the newest file, even one larger than the limit', () => {
    save('huge.json', 5000, 1);
    save('small.json', 10, 2);
    assert.deepEqual(pruneFolder(folder, { files: 64, bytes: 1000 }), ['huge.json']);
  });

  it('leaves files other than saved passes alone', () => {
    save('pass.json', 10, 1);
    save('pass.json.123.tmp', 10, 5);
    pruneFolder(folder, { files: 0, bytes: 0 });
    assert.deepEqual(fs.readdirSync(folder).sort(), ['pass.json', 'pass.json.123.tmp']);
  });
});
