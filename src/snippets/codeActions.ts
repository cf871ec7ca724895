// The four ways code leaves an article: a new editor, the cursor(s) of the last editor (plain or with tab
// stops), the clipboard. Text preparation is core/codeText.ts; this file only talks to VS Code.
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  codeForDocument,
  findPlaceholders,
  indentAt,
  numberedFileName,
  reindent,
  suggestFileName,
  toSnippet,
  usableCode,
  type IndentOptions,
} from '../core/codeText';
import type { CodeBlock } from '../core/model';
import { languageName } from '../core/languageNames';

/** What an insert did; the command returns it, so callers (and tests) can tell without reading the UI. */
export type InsertOutcome = 'inserted' | 'noEditor' | 'failed';

// ------------------------------------------------------------------------------------------------------------
// Open in Editor

/**
 * An untitled editor with the block's language set explicitly (auto-detection must not change it) and a name,
 * so that "Save As…" suggests `policy.json` rather than the first line of code. An untitled URI with a path
 * gives the name; its text and language are set after opening.
 */
export async function openInEditor(block: CodeBlock, log: vscode.LogOutputChannel): Promise<vscode.TextEditor> {
  const language = await knownLanguage(block.lang);
  const content = codeForDocument(block, jsonIndentUnit());
  let document: vscode.TextDocument | undefined;
  try {
    document = await openNamedUntitled(suggestFileName(block), language, content);
  } catch (error) {
    log.warn(`could not open a named untitled document, opening an unnamed one: ${String(error)}`);
  }
  document ??= await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(document, { preview: false });
}

async function openNamedUntitled(name: string, language: string, content: string): Promise<vscode.TextDocument | undefined> {
  // "Save As…" starts in the folder of the untitled path: the workspace folder, else the home folder.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const directoryPath = folder ? folder.path : vscode.Uri.file(os.homedir()).path;
  for (let n = 1; n <= 50; n++) {
    const fileName = numberedFileName(name, n);
    const uri = vscode.Uri.from({ scheme: 'untitled', path: path.posix.join(directoryPath, fileName) });
    if (vscode.workspace.textDocuments.some(open => open.uri.toString() === uri.toString())) continue;
    if (folder && (await exists(vscode.Uri.joinPath(folder, fileName)))) continue;
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.getText() !== '') continue;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), content);
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    return vscode.languages.setTextDocumentLanguage(document, language);
  }
  return undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The block's language when VS Code knows it (HCL, TOML, GraphQL… need an extension), else plain text. */
async function knownLanguage(lang: string): Promise<string> {
  return (await vscode.languages.getLanguages()).includes(lang) ? lang : 'plaintext';
}

function jsonIndentUnit(): string {
  const editor = vscode.workspace.getConfiguration('editor', { languageId: 'json' });
  const tabSize = editor.get<number>('tabSize', 4);
  return editor.get<boolean>('insertSpaces', true) ? ' '.repeat(typeof tabSize === 'number' ? tabSize : 4) : '\t';
}

// ------------------------------------------------------------------------------------------------------------
// Insert at Cursor

function indentOptions(editor: vscode.TextEditor): IndentOptions {
  const tabSize = typeof editor.options.tabSize === 'number' ? editor.options.tabSize : 4;
  const insertSpaces = typeof editor.options.insertSpaces === 'boolean' ? editor.options.insertSpaces : true;
  return { tabSize, insertSpaces };
}

/**
 * The editor to insert into, visible: when its tab went behind another (the reader opened in the same group),
 * its document is shown again in that group with the selections it had.
 */
async function visibleEditor(editor: vscode.TextEditor): Promise<vscode.TextEditor> {
  if (vscode.window.visibleTextEditors.includes(editor)) return editor;
  const selections = editor.selections;
  const shown = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  shown.selections = selections.map(selection => {
    const range = shown.document.validateRange(selection);
    return new vscode.Selection(selection.isReversed ? range.end : range.start, selection.isReversed ? range.start : range.end);
  });
  return shown;
}

/**
 * Inserts the code at every cursor, replacing selections, as plain text (so `$`, `${…}` and `\` stay as they are),
 * each copy re-indented to its cursor's line; one undo step; the cursors end after the inserted text, as after
 * a paste.
 */
export async function insertAtCursors(target: vscode.TextEditor, block: CodeBlock): Promise<InsertOutcome> {
  const editor = await visibleEditor(target);
  const document = editor.document;
  const code = usableCode(block);
  const options = indentOptions(editor);
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const selections = [...editor.selections].sort((a, b) => a.start.compareTo(b.start));
  const texts = selections.map(selection =>
    reindent(code, indentAt(document.lineAt(selection.start.line).text, selection.start.character), options, eol),
  );
  const starts = selections.map(selection => document.offsetAt(selection.start));
  const lengths = selections.map(selection => document.offsetAt(selection.end) - document.offsetAt(selection.start));
  const applied = await editor.edit(
    builder => selections.forEach((selection, i) => builder.replace(selection, texts[i])),
    { undoStopBefore: true, undoStopAfter: true },
  );
  if (!applied) return 'failed';
  let shift = 0;
  editor.selections = selections.map((_, i) => {
    const end = document.positionAt(starts[i] + shift + texts[i].length);
    shift += texts[i].length - lengths[i];
    return new vscode.Selection(end, end);
  });
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return 'inserted';
}

/**
 * Inserts the code as a snippet whose placeholders (core/codeText.ts `findPlaceholders`) are tab stops, at every
 * cursor, each copy re-indented like the plain insert; everything else in the snippet text is escaped. The same
 * value is the same tab stop, also across cursors. The editor gets the focus: the user types into the tab stops.
 * Without placeholders it is a plain insert, and the status bar says so.
 *
 * One snippet edit per cursor, with its own indentation and `keepWhitespace`: `insertSnippet` at several cursors
 * would indent lines 2..n itself, and VS Code 1.139 skips the line before the first tab stop at every cursor
 * but the first.
 */
export async function insertWithPlaceholders(target: vscode.TextEditor, block: CodeBlock): Promise<InsertOutcome> {
  const shown = await visibleEditor(target);
  const editor = await vscode.window.showTextDocument(shown.document, { viewColumn: shown.viewColumn, preserveFocus: false });
  const document = editor.document;
  const code = usableCode(block);
  if (findPlaceholders(block, code).length === 0) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('No placeholders found: inserted as plain text.'), 4000);
    return insertAtCursors(editor, block);
  }
  const options = indentOptions(editor);
  const edits = editor.selections.map(selection => {
    const text = reindent(code, indentAt(document.lineAt(selection.start.line).text, selection.start.character), options);
    const edit = new vscode.SnippetTextEdit(selection, new vscode.SnippetString(toSnippet(text, findPlaceholders(block, text)).snippet));
    edit.keepWhitespace = true;
    return edit;
  });
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.set(document.uri, edits);
  return (await vscode.workspace.applyEdit(workspaceEdit)) ? 'inserted' : 'failed';
}

// ------------------------------------------------------------------------------------------------------------
// Copy

export async function copyToClipboard(block: CodeBlock): Promise<string> {
  const code = usableCode(block);
  await vscode.env.clipboard.writeText(code);
  const lines = code.split('\n').length;
  vscode.window.setStatusBarMessage(
    lines === 1
      ? vscode.l10n.t('$(check) Copied 1 line of {0}', languageName(block.lang))
      : vscode.l10n.t('$(check) Copied {0} lines of {1}', lines, languageName(block.lang)),
    3000,
  );
  return code;
}
