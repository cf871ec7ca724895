// PLACEHOLDER — replaced by the annotations work (issue 7).
import * as vscode from 'vscode';
import type { AnnotationStore, Services } from '../services';

export function createAnnotationStore(context: vscode.ExtensionContext, _log: vscode.LogOutputChannel): AnnotationStore {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(changed);
  return {
    onDidChange: changed.event,
    all: () => [],
    forArticle: () => [],
    add: async () => { throw new Error('not implemented'); },
    update: async () => {},
    remove: async () => {},
  };
}

export function registerNotes(_services: Services): vscode.Disposable {
  return new vscode.Disposable(() => {});
}
