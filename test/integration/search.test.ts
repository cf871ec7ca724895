// @workspace corpus
// "Articles: Search" in a real VS Code over a copy of ../shared/corpus: the QuickPick opened with an initial
// query shows our ranking (read through the `techArticles.search.state` test hook), Enter opens the reader on
// the first result, state filters use the user's favorites, and the index is saved under globalStorageUri.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PickerSnapshot } from '../../src/search/picker';
import type { Services } from '../../src/services';
import { activatedServices, waitFor as waitForWithTimeout } from './helpers';

const waitFor = <T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> =>
  waitForWithTimeout(what, probe, timeoutMs);

const CYBERARK = 'https://aws.amazon.com/blogs/architecture/how-cyberark-is-streamlining-serverless-governance-by-codifying-architectural-blueprints/';
const LUKOIL = 'https://www.toest.bg/lukoyl-ti-roden-nash/';
const BAGGAGE = 'https://aws.amazon.com/blogs/big-data/near-real-time-baggage-operational-insights-for-airlines-using-amazon-kinesis-data-streams/';

let services: Services;

function snapshot(): Thenable<PickerSnapshot | undefined> {
  return vscode.commands.executeCommand<PickerSnapshot | undefined>('techArticles.search.state');
}

/** Opens the picker with `query` and waits until it shows results computed by a finished index. */
async function searchFor(query: string): Promise<PickerSnapshot> {
  await vscode.commands.executeCommand('techArticles.search', query);
  return waitFor(`results for "${query}"`, async () => {
    const state = await snapshot();
    return state && state.value === query && !state.busy && state.items.length > 0 ? state : undefined;
  });
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('Articles: Search', function () {
  this.timeout(60_000);

  before(async () => {
    services = await activatedServices();
    await services.library.whenReady();
    assert.ok(services.library.articles().length >= 60, 'the corpus is loaded');
  });

  afterEach(closeAll);

  it('ranks a code token search with the article that defines it first, with source and snippet', async () => {
    const state = await searchFor('s3.Bucket');
    const first = state.items[0];
    assert.equal(first.url, CYBERARK);
    assert.equal(first.highlight, 's3.Bucket');
    assert.match(first.description ?? '', /^AWS Architecture Blog/);
    assert.match(first.detail ?? '', /s3\.Bucket/);
    assert.ok(state.items.length <= 50);
  });

  it('finds Bulgarian text in any case and tolerates typos', async () => {
    assert.equal((await searchFor('ЛУКОЙЛ')).items[0].url, LUKOIL);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal((await searchFor('kinesys')).items[0].url, BAGGAGE);
  });

  it('Enter opens the reader on the first result, highlighted', async function () {
    if (!services.reader) this.skip();
    await searchFor('лукойл');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const tab = await waitFor('the reader showing the result', () => services.reader!.tabs().find(t => t.url === LUKOIL && t.renders > 0));
    assert.equal(tab.title, '„Лукойл“, ти роден наш');
    assert.equal(await snapshot(), undefined, 'the picker closed');
  });

  it('filters by the user state: is:favorite', async () => {
    await services.reading.setFavorite(BAGGAGE, true);
    try {
      const state = await searchFor('is:favorite');
      assert.deepEqual(state.items.map(item => item.url), [BAGGAGE]);
    } finally {
      await services.reading.setFavorite(BAGGAGE, false);
    }
  });

  it('says so when nothing matches', async () => {
    const state = await searchFor('xyzzyq');
    assert.equal(state.items.length, 1);
    assert.equal(state.items[0].url, undefined);
    assert.match(state.items[0].label, /No matching articles/);
  });

  it('follows file changes: a new dump in the workspace becomes searchable', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder, 'a workspace folder is open');
    const file = vscode.Uri.joinPath(folder, 'zz_search_test.txt');
    const dump = [
      'Quokkafrobnicator tuning for search tests', '',
      'Post Syndicated from Test Author original https://example.com/blog/quokkafrobnicator/', '',
      'This article explains how the quokkafrobnicator keeps indexes fresh when files change on disk.', '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(dump));
    try {
      await vscode.commands.executeCommand('techArticles.search', 'quokkafrobnicator');
      const state = await waitFor('the new article in the results', async () => {
        const current = await snapshot();
        return current?.items[0]?.url === 'https://example.com/blog/quokkafrobnicator/' ? current : undefined;
      }, 30_000);
      assert.match(state.items[0].label, /Quokkafrobnicator tuning/);
    } finally {
      await vscode.workspace.fs.delete(file);
    }
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('techArticles.search', 'quokkafrobnicator');
    await waitFor('the deleted article gone', async () => {
      const current = await snapshot();
      return current && !current.busy && current.items.every(item => item.url === undefined) ? current : undefined;
    }, 30_000);
  });

  it('saves the index under globalStorageUri for the next session', async () => {
    const folder = vscode.Uri.joinPath(services.context.globalStorageUri, 'search-index');
    const saved = await waitFor('a saved index', async () => {
      try {
        const files = (await vscode.workspace.fs.readDirectory(folder)).filter(([name]) => name.endsWith('.bin'));
        return files.length > 0 ? files : undefined;
      } catch {
        return undefined;
      }
    });
    assert.ok(saved.length >= 1);
    const size = (await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, saved[0][0]))).size;
    assert.ok(size > 10_000, `index file of ${size} bytes`);
  });
});
