// @workspace empty
// The catch-up look after a load (src/library/catchUp.ts), inside a real VS Code: a file that changed or went away
// after its stamp was taken is handed on as a file event; an unchanged one is not.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CatchUp, fileStat, stampOf } from '../../src/library/catchUp';
import type { FileEvents } from '../../src/library/watcher';

describe('Catch-up look after a load', () => {
  let folder: string;
  before(() => { folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tech-articles-catch-up-')); });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** The events of one look at these stamps (none after 4 s: the look is due after 1.5 s). */
  function lookAt(stamps: Map<string, string>): Promise<FileEvents | undefined> {
    return new Promise(resolve => {
      const catchUp = new CatchUp(events => { catchUp.dispose(); resolve(events); });
      catchUp.schedule(stamps);
      setTimeout(() => { catchUp.dispose(); resolve(undefined); }, 4000);
    });
  }

  it('reports a file changed after its stamp and one removed, not one left alone', async function () {
    this.timeout(10_000);
    const file = (name: string) => vscode.Uri.file(path.join(folder, name));
    for (const name of ['changed.txt', 'kept.txt', 'removed.txt']) fs.writeFileSync(file(name).fsPath, 'First Post\n');
    const stamps = new Map<string, string>();
    for (const name of ['changed.txt', 'kept.txt', 'removed.txt']) stamps.set(file(name).toString(), stampOf((await fileStat(file(name)))!));
    fs.appendFileSync(file('changed.txt').fsPath, 'Second Post, added while nobody listened\n');
    fs.rmSync(file('removed.txt').fsPath);
    const events = await lookAt(stamps);
    assert.deepEqual(events && [...events].sort(), [[file('changed.txt').toString(), 'changed'], [file('removed.txt').toString(), 'deleted']]);
  });

  it('stays quiet when nothing changed', async function () {
    this.timeout(10_000);
    const kept = vscode.Uri.file(path.join(folder, 'quiet.txt'));
    fs.writeFileSync(kept.fsPath, 'A post\n');
    assert.equal(await lookAt(new Map([[kept.toString(), stampOf((await fileStat(kept))!)]])), undefined);
  });
});
