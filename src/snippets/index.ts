// PLACEHOLDER — replaced by the snippets work (issue 6).
import * as vscode from 'vscode';
import type { EditorTracker, Services } from '../services';

export function createEditorTracker(_context: vscode.ExtensionContext): EditorTracker {
  return { lastTextEditor: () => vscode.window.activeTextEditor };
}

export function registerSnippets(_services: Services): vscode.Disposable {
  return new vscode.Disposable(() => {});
}
