// `window.activeTextEditor` is undefined while a webview (the reader) or a panel has focus, yet "Insert at
// Cursor" from the reader means the editor the user was typing in: remember the last one.
import * as vscode from 'vscode';
import type { EditorTracker } from '../services';

/** Editors that show something other than the user's text: never insertion targets. */
const NOT_USER_TEXT = new Set(['output', 'debug', 'vscode-scm', 'comment', 'walkThroughSnippet']);

function isUserText(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return editor !== undefined && !NOT_USER_TEXT.has(editor.document.uri.scheme);
}

export function createEditorTracker(context: vscode.ExtensionContext): EditorTracker {
  let last = isUserText(vscode.window.activeTextEditor) ? vscode.window.activeTextEditor : undefined;
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(editor => {
      if (isUserText(editor)) last = editor;
    }),
  );
  return {
    lastTextEditor() {
      const active = vscode.window.activeTextEditor;
      if (isUserText(active)) return (last = active);
      if (!last || last.document.isClosed) return (last = undefined);
      // The same editor while it is visible; when its tab went behind the reader, another editor showing the
      // document, else the hidden one (insertion shows it again). Once its tab is closed, none.
      const visible = vscode.window.visibleTextEditors;
      if (visible.includes(last)) return last;
      const document = last.document;
      const elsewhere = visible.find(editor => editor.document === document);
      if (elsewhere) return (last = elsewhere);
      return hasTab(document.uri) ? last : (last = undefined);
    },
  };
}

function hasTab(uri: vscode.Uri): boolean {
  const wanted = uri.toString();
  return vscode.window.tabGroups.all.some(group =>
    group.tabs.some(tab => {
      const input = tab.input;
      if (input instanceof vscode.TabInputText) return input.uri.toString() === wanted;
      if (input instanceof vscode.TabInputTextDiff) return input.modified.toString() === wanted;
      return false;
    }),
  );
}
