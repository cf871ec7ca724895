// The notes commands: add from the palette (or tests), edit/recolour/delete from the Notes view, Markdown
// export, JSON backup and import. Every handler catches its errors and tells the user in a sentence.
import * as vscode from 'vscode';
import { anchorQuote, quoteSelector } from '../core/annotations/anchor';
import { notesToMarkdown } from '../core/annotations/exportMarkdown';
import { emptyNotes, parseNotes, serializeNotes } from '../core/annotations/notesFile';
import { codeIndexAt } from '../core/annotations/placement';
import { HIGHLIGHT_COLORS, type Annotation, type Article, type HighlightColor } from '../core/model';
import { readingText } from '../core/readingText';
import type { Services } from '../services';
import { describeStoreError, type WorkspaceAnnotationStore } from './annotationStore';
import { pickColor } from './colors';
import type { NotesView } from './notesView';

export interface AddAnnotationArgs {
  url: string;
  quote: string;
  prefix?: string;
  suffix?: string;
  color?: HighlightColor;
  note?: string;
}

export function registerNotesCommands(services: Services, store: WorkspaceAnnotationStore, view: NotesView): vscode.Disposable {
  const { log } = services;
  const guarded = <A extends unknown[], R>(name: string, run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R | undefined> => {
      try {
        return await run(...args);
      } catch (error) {
        log.error(`${name} failed`, error);
        void vscode.window.showErrorMessage(describeStoreError(error));
        return undefined;
      }
    };

  return vscode.Disposable.from(
    vscode.commands.registerCommand('techArticles.addAnnotation', guarded('addAnnotation',
      (args?: AddAnnotationArgs) => addAnnotation(services, store, args))),
    vscode.commands.registerCommand('techArticles.editAnnotationNote', guarded('editAnnotationNote',
      (arg?: unknown) => editNote(store, annotationOf(store, arg), noteArg(arg)))),
    vscode.commands.registerCommand('techArticles.changeAnnotationColor', guarded('changeAnnotationColor',
      (arg?: unknown) => changeColor(store, annotationOf(store, arg), colorArg(arg)))),
    vscode.commands.registerCommand('techArticles.deleteAnnotation', guarded('deleteAnnotation',
      (arg?: unknown) => deleteAnnotation(store, annotationOf(store, arg), isConfirmed(arg)))),
    vscode.commands.registerCommand('techArticles.exportNotes', guarded('exportNotes',
      (arg?: unknown) => exportNotes(services, store, view, log, urlArg(arg), targetArg(arg), 'markdown'))),
    vscode.commands.registerCommand('techArticles.exportNotesBackup', guarded('exportNotesBackup',
      (arg?: unknown) => exportNotes(services, store, view, log, urlArg(arg), targetArg(arg), 'json'))),
    vscode.commands.registerCommand('techArticles.importNotes', guarded('importNotes',
      (arg?: unknown) => importNotes(store, arg instanceof vscode.Uri ? arg : targetArg(arg)))),
    vscode.commands.registerCommand('techArticles.openNotesFile', guarded('openNotesFile', async () => {
      await store.whenReady();
      try {
        await vscode.window.showTextDocument(store.uri);
      } catch {
        void vscode.window.showInformationMessage(vscode.l10n.t('There are no notes yet: the notes file {0} is created with the first highlight.', store.fileName));
      }
    })),
  );
}

async function addAnnotation(services: Services, store: WorkspaceAnnotationStore, args?: AddAnnotationArgs): Promise<Annotation | undefined> {
  const request = args ?? await promptForAnnotation(services);
  if (!request) return undefined;
  if (typeof request.url !== 'string' || typeof request.quote !== 'string' || !request.quote.trim()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('To add a highlight, give the article URL and the text to highlight.'));
    return undefined;
  }
  if (request.color !== undefined && !(HIGHLIGHT_COLORS as readonly string[]).includes(request.color)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Unknown highlight colour "{0}". Use one of: {1}.', String(request.color), HIGHLIGHT_COLORS.join(', ')));
    return undefined;
  }
  const article = await findArticle(services, request.url);
  if (!article) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No loaded article has the URL {0}.', request.url));
    return undefined;
  }
  const reading = readingText(article);
  const match = anchorQuote(reading.text, { quote: request.quote, prefix: request.prefix, suffix: request.suffix });
  if (!match) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The text "{0}" was not found in "{1}".', request.quote, article.title));
    return undefined;
  }
  const selector = quoteSelector(reading.text, match.start, match.end);
  const codeIndex = codeIndexAt(article, reading, match.start);
  await store.whenReady();
  return store.add({
    url: article.url,
    ...selector,
    color: request.color ?? 'yellow',
    ...(request.note?.trim() ? { note: request.note } : {}),
    ...(codeIndex !== undefined ? { codeIndex } : {}),
  });
}

async function promptForAnnotation(services: Services): Promise<AddAnnotationArgs | undefined> {
  await services.library.whenReady();
  const articles = services.library.articles();
  if (!articles.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No articles are loaded. Add a source first.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    articles.map(article => ({ label: article.title, description: article.source, article })),
    { title: vscode.l10n.t('Add Highlight: choose the article'), matchOnDescription: true },
  );
  if (!picked) return undefined;
  const text = readingText(picked.article).text;
  const quote = await vscode.window.showInputBox({
    title: vscode.l10n.t('Add Highlight: text to highlight'),
    prompt: vscode.l10n.t('Type or paste text from the article.'),
    validateInput: value => !value.trim() || anchorQuote(text, { quote: value })
      ? undefined
      : vscode.l10n.t('This text is not in the article.'),
  });
  if (!quote?.trim()) return undefined;
  const color = await pickColor();
  if (!color) return undefined;
  const note = await vscode.window.showInputBox({
    title: vscode.l10n.t('Add Highlight: note (optional, Markdown)'),
    prompt: vscode.l10n.t('Leave empty for a plain highlight.'),
  });
  if (note === undefined) return undefined;
  return { url: picked.article.url, quote, color, note };
}

async function findArticle(services: Services, url: string): Promise<Article | undefined> {
  const article = services.library.article(url);
  if (article) return article;
  await services.library.whenReady();
  return services.library.article(url);
}

async function editNote(store: WorkspaceAnnotationStore, annotation: Annotation | undefined, given?: string): Promise<void> {
  if (!annotation) return;
  const note = given ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Edit note'),
    prompt: vscode.l10n.t('Markdown. Leave empty to remove the note and keep the highlight.'),
    value: annotation.note ?? '',
  });
  if (note === undefined) return;
  await store.update(annotation.id, { note });
}

async function changeColor(store: WorkspaceAnnotationStore, annotation: Annotation | undefined, given?: HighlightColor): Promise<void> {
  if (!annotation) return;
  const color = given ?? await pickColor(annotation.color);
  if (color) await store.update(annotation.id, { color });
}

async function deleteAnnotation(store: WorkspaceAnnotationStore, annotation: Annotation | undefined, confirmed: boolean): Promise<void> {
  if (!annotation) return;
  if (annotation.note && !confirmed) {
    const remove = vscode.l10n.t('Delete');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Delete this highlight and its note?'),
      { modal: true, detail: annotation.note },
      remove,
    );
    if (answer !== remove) return;
  }
  await store.remove(annotation.id);
}

async function exportNotes(
  services: Services, store: WorkspaceAnnotationStore, view: NotesView, log: vscode.LogOutputChannel,
  url: string | undefined, target: vscode.Uri | undefined, format: 'markdown' | 'json',
): Promise<string | undefined> {
  await store.whenReady();
  const annotations = url ? store.forArticle(url) : store.all();
  if (!annotations.length) {
    void vscode.window.showInformationMessage(url
      ? vscode.l10n.t('This article has no notes to export.')
      : vscode.l10n.t('There are no notes to export yet.'));
    return undefined;
  }
  const title = url ? services.library.article(url)?.title : undefined;
  const asJson = target ? target.path.toLowerCase().endsWith('.json') : format === 'json';
  target ??= await vscode.window.showSaveDialog({
    title: asJson ? vscode.l10n.t('Export Notes Backup') : vscode.l10n.t('Export Notes as Markdown'),
    defaultUri: defaultExportUri(title, asJson),
    filters: asJson ? { [vscode.l10n.t('Notes backup')]: ['json'] } : { Markdown: ['md'] },
  });
  if (!target) return undefined;

  let text: string;
  if (asJson) {
    const snapshot = store.snapshot();
    text = serializeNotes(url ? { ...emptyNotes(), annotations: [...annotations], extra: snapshot.extra } : snapshot);
  } else {
    const placements = view.placementsNow();
    const orphans = new Set(annotations.filter(a => placements.get(a.id)?.status === 'orphan').map(a => a.id));
    text = notesToMarkdown(annotations, {
      article: u => {
        const article = services.library.article(u);
        return article && { url: article.url, title: article.title, source: article.source, author: article.author };
      },
      orphans,
      codeLanguage: (u, index) => services.library.codeBlock(u, index)?.lang,
    });
  }
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (error) {
    log.error(`exporting notes to ${target.toString()} failed`, error);
    void vscode.window.showErrorMessage(vscode.l10n.t('The notes could not be exported to {0}: {1}',
      vscode.workspace.asRelativePath(target), error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Exported {0} notes to {1}.', annotations.length, vscode.workspace.asRelativePath(target)), open,
  ).then(answer => {
    if (answer === open) void vscode.window.showTextDocument(target!);
  });
  return target.toString();
}

async function importNotes(store: WorkspaceAnnotationStore, source?: vscode.Uri): Promise<{ added: number; updated: number } | undefined> {
  if (!source) {
    const picked = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Import Notes Backup'),
      canSelectMany: false,
      filters: { [vscode.l10n.t('Notes backup')]: ['json'] },
    });
    source = picked?.[0];
  }
  if (!source) return undefined;
  const name = vscode.workspace.asRelativePath(source);
  let backup;
  try {
    backup = parseNotes(new TextDecoder().decode(await vscode.workspace.fs.readFile(source)));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a notes backup that can be read ({1}). Nothing was imported.', name, reason));
    return undefined;
  }
  await store.whenReady();
  const result = await store.import(backup);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Imported notes from {0}: {1} added, {2} updated.', name, result.added, result.updated));
  return result;
}

function defaultExportUri(title: string | undefined, json: boolean): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return undefined;
  const base = title ? slug(title) || 'notes' : json ? 'tech-articles-notes-backup' : 'tech-articles-notes';
  return vscode.Uri.joinPath(folder, `${base}.${json ? 'json' : 'md'}`);
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

/** The annotation a command is about: a Notes view node, `{ id }`, or an id string. */
function annotationOf(store: WorkspaceAnnotationStore, arg: unknown): Annotation | undefined {
  const id = typeof arg === 'string' ? arg
    : isRecord(arg) && isRecord(arg.annotation) && typeof arg.annotation.id === 'string' ? arg.annotation.id
    : isRecord(arg) && typeof arg.id === 'string' ? arg.id
    : undefined;
  const annotation = id ? store.get(id) : undefined;
  if (!annotation) {
    void vscode.window.showWarningMessage(id
      ? vscode.l10n.t('That annotation no longer exists.')
      : vscode.l10n.t('Choose an annotation in the Notes view first.'));
  }
  return annotation;
}

function colorArg(arg: unknown): HighlightColor | undefined {
  const color = isRecord(arg) ? arg.color : undefined;
  return typeof color === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(color) ? color as HighlightColor : undefined;
}

/** `{ id, note }` sets the note without asking (an empty string removes it). */
function noteArg(arg: unknown): string | undefined {
  return isRecord(arg) && typeof arg.note === 'string' && !isRecord(arg.annotation) ? arg.note : undefined;
}

function isConfirmed(arg: unknown): boolean {
  return isRecord(arg) && arg.confirmed === true;
}

/** `{ url }`, a tree node of an article (Articles or Notes view), or nothing. */
function urlArg(arg: unknown): string | undefined {
  if (!isRecord(arg)) return undefined;
  if (arg.kind === 'orphans') return undefined;
  return typeof arg.url === 'string' ? arg.url : undefined;
}

function targetArg(arg: unknown): vscode.Uri | undefined {
  if (!isRecord(arg)) return undefined;
  const target = arg.target;
  if (target instanceof vscode.Uri) return target;
  if (typeof target === 'string') return target.includes('://') ? vscode.Uri.parse(target) : vscode.Uri.file(target);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
