// The library feature: sources, loading, watching (Library) and read/favorite state (MementoReadingState).
import type * as vscode from 'vscode';
import type { ArticleLibrary, ReadingState } from '../services';
import { Library } from './library';
import { MementoReadingState } from './readingState';

export function createLibrary(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): ArticleLibrary {
  const library = new Library(context, log);
  context.subscriptions.push(library);
  return library;
}

export function createReadingState(context: vscode.ExtensionContext): ReadingState {
  const state = new MementoReadingState(context.globalState);
  context.subscriptions.push(state);
  return state;
}
