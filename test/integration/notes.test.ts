// @workspace corpus
// Annotations in a real VS Code over a copy of ../shared/corpus: adding through the command and through the
// reader's message path, surviving a reload (a fresh store reading the same file), the Notes view's content,
// edit/recolour/delete, live merge of changes written by someone else, a corrupted file, export and import.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Annotation, Article } from '../../src/core/model';
import { readingText } from '../../src/core/readingText';
import { WorkspaceAnnotationStore } from '../../src/notes/annotationStore';
import type { Services } from '../../src/services';
import { activatedServices, waitFor as waitForWithTimeout } from './helpers';

const waitFor = <T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 8_000): Promise<T> =>
  waitForWithTimeout(what, probe, timeoutMs);

interface ViewNode {
  label: string;
  description?: string;
  contextValue?: string;
  command?: { command: string; arguments?: unknown[] };
  children: ViewNode[];
}

let services: Services;
let store: WorkspaceAnnotationStore;
let article: Article;
let notesFile: string;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'notes-it-'));

/** A sentence-long piece of one of the article's paragraphs, so the quote is real article text. */
function quoteFrom(a: Article, nth = 0): string {
  const paragraphs = a.body.filter((b): b is Extract<Article['body'][number], { type: 'paragraph' }> => b.type === 'paragraph' && b.text.length > 80);
  const text = paragraphs[nth].text;
  return text.slice(10, 60).trim();
}

function onDisk(): { annotations: Annotation[]; deleted: Record<string, string>; version: number } {
  return JSON.parse(fs.readFileSync(notesFile, 'utf8'));
}

async function viewSnapshot(): Promise<ViewNode[]> {
  return (await vscode.commands.executeCommand<ViewNode[]>('_techArticles.notesViewSnapshot')) ?? [];
}

describe('notes in real VS Code', function () {
  this.timeout(30_000);

  before(async () => {
    services = await activatedServices();
    await services.library.whenReady();
    store = services.annotations as WorkspaceAnnotationStore;
    await store.whenReady();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test opens a workspace folder');
    notesFile = path.join(folder.uri.fsPath, '.vscode', 'tech-articles-notes.json');
    assert.equal(store.uri.fsPath, notesFile, 'notes are stored in the workspace by default');
    const candidate = services.library.articles().find(a => a.body.filter(b => b.type === 'paragraph' && b.text.length > 80).length >= 3);
    assert.ok(candidate, 'the corpus has an article with paragraphs');
    article = candidate;
  });

  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('adds a highlight with a note through techArticles.addAnnotation and writes the workspace notes file', async () => {
    const quote = quoteFrom(article, 0);
    const added = await vscode.commands.executeCommand<Annotation>('techArticles.addAnnotation', {
      url: article.url, quote, color: 'green', note: 'Worth **remembering**',
    });
    assert.ok(added, 'the command returns the new annotation');
    const text = readingText(article).text;
    assert.equal(text.slice(added.start, added.end), quote, 'start/end point at the quote in the reading text');
    assert.equal(added.prefix, text.slice(Math.max(0, added.start - 32), added.start));
    const saved = onDisk();
    assert.equal(saved.version, 1);
    assert.deepEqual(saved.annotations.find(a => a.id === added.id)?.note, 'Worth **remembering**');
  });

  it('is still there after a reload: a new store reads it back from the file', async () => {
    const reloaded = new WorkspaceAnnotationStore(services.context.globalStorageUri, services.log);
    try {
      await reloaded.whenReady();
      assert.deepEqual(reloaded.all().map(a => a.id).sort(), store.all().map(a => a.id).sort());
      assert.ok(reloaded.all().some(a => a.note === 'Worth **remembering**'));
    } finally {
      reloaded.dispose();
    }
  });

  it('lists it in the Notes view under the article; selecting it runs openArticle at that annotation', async () => {
    const added = store.all().find(a => a.note === 'Worth **remembering**')!;
    const roots = await waitFor('the article in the Notes view', async () => {
      const nodes = await viewSnapshot();
      return nodes.some(n => n.label === article.title) && nodes;
    });
    const articleNode = roots.find(n => n.label === article.title)!;
    assert.equal(articleNode.contextValue, 'notesArticle');
    assert.equal(articleNode.description, String(store.forArticle(article.url).length));
    const child = articleNode.children.find(c => c.command?.arguments?.[0] && (c.command.arguments[0] as { annotationId: string }).annotationId === added.id);
    assert.ok(child, 'the annotation is a child of its article');
    const flat = added.quote.replace(/\s+/g, ' ');
    assert.equal(child.label, flat.length > 50 ? `${flat.slice(0, 49)}…` : flat);
    assert.equal(child.description, 'Worth **remembering**');
    assert.deepEqual(child.command, { command: 'techArticles.openArticle', arguments: [{ url: article.url, annotationId: added.id }] });
  });

  it('adds a highlight through the reader\'s message path when the reader is available', async function () {
    if (!services.reader) this.skip();
    await vscode.commands.executeCommand('techArticles.openArticle', { url: article.url });
    await waitFor('the reader tab', () => services.reader!.tabs().some(t => t.url === article.url));
    const text = readingText(article).text;
    const quote = quoteFrom(article, 1);
    const start = text.indexOf(quote);
    const before = store.all().length;
    await services.reader!.receive(article.url, {
      type: 'annotate',
      anchor: { quote, prefix: text.slice(start - 32, start), suffix: text.slice(start + quote.length, start + quote.length + 32), start, end: start + quote.length },
      color: 'blue',
      withNote: false,
    });
    const added = await waitFor('the reader\'s highlight in the store', () => store.all().length > before && store.all().find(a => a.quote === quote));
    assert.equal(added.color, 'blue');
    assert.ok(onDisk().annotations.some(a => a.id === added.id));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('edits the note, changes the colour and deletes through the Notes view commands', async () => {
    const added = await vscode.commands.executeCommand<Annotation>('techArticles.addAnnotation', {
      url: article.url, quote: quoteFrom(article, 2), color: 'yellow',
    });
    assert.ok(added);
    await vscode.commands.executeCommand('techArticles.editAnnotationNote', { id: added.id, note: 'edited' });
    await vscode.commands.executeCommand('techArticles.changeAnnotationColor', { id: added.id, color: 'purple' });
    const changed = onDisk().annotations.find(a => a.id === added.id);
    assert.equal(changed?.note, 'edited');
    assert.equal(changed?.color, 'purple');
    await vscode.commands.executeCommand('techArticles.deleteAnnotation', { id: added.id, confirmed: true });
    assert.equal(store.get(added.id), undefined);
    assert.ok(added.id in onDisk().deleted, 'the deletion is recorded as a tombstone');
  });

  it('refuses a quote that is not in the article and adds nothing', async () => {
    const before = fs.readFileSync(notesFile, 'utf8');
    const result = await vscode.commands.executeCommand('techArticles.addAnnotation', {
      url: article.url, quote: 'zq xv this sentence is certainly not part of any article in the corpus kj',
    });
    assert.equal(result, undefined);
    assert.equal(fs.readFileSync(notesFile, 'utf8'), before);
  });

  it('merges in a note written to the file by another window (file watcher)', async () => {
    const data = onDisk();
    const text = readingText(article).text;
    const quote = quoteFrom(article, 1);
    const time = new Date().toISOString();
    data.annotations.push({
      id: 'from-another-window', url: article.url, quote, prefix: '', suffix: '', start: text.indexOf(quote),
      end: text.indexOf(quote) + quote.length, color: 'pink', note: 'written elsewhere', created: time, updated: time,
      reviewedBy: 'a newer version',
    });
    fs.writeFileSync(notesFile, JSON.stringify(data, null, 2));
    const merged = await waitFor('the external note', () => store.get('from-another-window'));
    assert.equal(merged.note, 'written elsewhere');
    // Our next write keeps their unknown field.
    await vscode.commands.executeCommand('techArticles.changeAnnotationColor', { id: 'from-another-window', color: 'green' });
    assert.equal(onDisk().annotations.find(a => a.id === 'from-another-window')?.reviewedBy, 'a newer version');
  });

  it('moves a corrupted notes file aside with a warning and loses nothing', async () => {
    const ids = store.all().map(a => a.id).sort();
    assert.ok(ids.length >= 2);
    const warningsBefore = store.warnings.length;
    fs.writeFileSync(notesFile, '{ "version": 1, "annotations": [ <<<<<<< HEAD');
    const folder = path.dirname(notesFile);
    const aside = await waitFor('the corrupted file moved aside', () =>
      fs.readdirSync(folder).find(name => name.startsWith('tech-articles-notes.json.corrupt-')));
    assert.equal(fs.readFileSync(path.join(folder, aside), 'utf8'), '{ "version": 1, "annotations": [ <<<<<<< HEAD');
    await waitFor('the notes file rewritten from memory', () => {
      try {
        return onDisk().annotations.length === ids.length;
      } catch {
        return false;
      }
    });
    assert.deepEqual(onDisk().annotations.map(a => a.id).sort(), ids);
    assert.deepEqual(store.all().map(a => a.id).sort(), ids);
    assert.equal(store.warnings.length, warningsBefore + 1);
    assert.equal(store.warnings.at(-1)?.kind, 'corrupt');
  });

  it('exports Markdown for one article to a given file, the same bytes every time', async () => {
    const target = vscode.Uri.file(path.join(scratch, 'one.md'));
    await vscode.commands.executeCommand('techArticles.exportNotes', { url: article.url, target });
    const first = fs.readFileSync(target.fsPath, 'utf8');
    assert.ok(first.startsWith(`# Notes: `));
    assert.ok(first.includes('Worth **remembering**'));
    assert.ok(first.includes(`(${article.url}#:~:text=`), 'each highlight links to its source');
    await vscode.commands.executeCommand('techArticles.exportNotes', { url: article.url, target });
    assert.equal(fs.readFileSync(target.fsPath, 'utf8'), first);
  });

  it('exports a JSON backup and imports it back after a note was deleted', async () => {
    const target = vscode.Uri.file(path.join(scratch, 'backup.json'));
    await vscode.commands.executeCommand('techArticles.exportNotesBackup', { target });
    const victim = store.all().find(a => a.note === 'Worth **remembering**')!;
    await vscode.commands.executeCommand('techArticles.deleteAnnotation', { id: victim.id, confirmed: true });
    assert.equal(store.get(victim.id), undefined);
    const result = await vscode.commands.executeCommand<{ added: number; updated: number }>('techArticles.importNotes', target);
    assert.deepEqual(result, { added: 1, updated: 0 });
    assert.equal(store.get(victim.id)?.note, 'Worth **remembering**');
    assert.ok(onDisk().annotations.some(a => a.id === victim.id));
  });

  it('follows the techArticles.notes.file setting to another file, and back', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
    const teamFile = path.join(folder, 'team-notes', 'articles.json');
    const config = vscode.workspace.getConfiguration('techArticles');
    await config.update('notes.file', 'team-notes/articles.json', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the store on the new file', () => store.uri.fsPath === teamFile);
      await store.whenReady();
      assert.deepEqual(store.all(), [], 'a new, empty notes file');
      const added = await vscode.commands.executeCommand<Annotation>('techArticles.addAnnotation', { url: article.url, quote: quoteFrom(article, 0) });
      assert.ok(added);
      assert.deepEqual(JSON.parse(fs.readFileSync(teamFile, 'utf8')).annotations.map((a: Annotation) => a.id), [added.id]);
    } finally {
      await config.update('notes.file', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the store back on the default file', () => store.uri.fsPath === notesFile);
    await store.whenReady();
    assert.ok(store.all().some(a => a.note === 'Worth **remembering**'), 'the default file\'s notes are back');
  });

  it('refuses to import a file that is not a notes backup, changing nothing', async () => {
    const bogus = path.join(scratch, 'bogus.json');
    fs.writeFileSync(bogus, '[1, 2, 3]');
    const before = fs.readFileSync(notesFile, 'utf8');
    const result = await vscode.commands.executeCommand('techArticles.importNotes', vscode.Uri.file(bogus));
    assert.equal(result, undefined);
    assert.equal(fs.readFileSync(notesFile, 'utf8'), before);
  });
});
