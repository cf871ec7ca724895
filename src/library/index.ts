// PLACEHOLDER — replaced by the library/tree work (issue 4).
import * as vscode from 'vscode';
import type { ArticleLibrary, ReadingState } from '../services';

export function createLibrary(context: vscode.ExtensionContext, _log: vscode.LogOutputChannel): ArticleLibrary {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(changed);
  return {
    onDidChange: changed.event,
    whenReady: async () => {},
    loading: false,
    articles: () => [],
    article: () => undefined,
    problems: () => [],
    files: () => [],
    codeBlock: () => undefined,
    setLanguageOverride: async () => {},
    addSource: async () => {},
    openSamples: async () => {},
    refresh: async () => {},
  };
}

export function createReadingState(context: vscode.ExtensionContext): ReadingState {
  const changed = new vscode.EventEmitter<readonly string[]>();
  context.subscriptions.push(changed);
  return {
    onDidChange: changed.event,
    isRead: () => false,
    isFavorite: () => false,
    setRead: async () => {},
    setFavorite: async () => {},
  };
}
