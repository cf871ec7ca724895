import * as vscode from 'vscode';
import { createLibrary, createReadingState } from './library';
import { registerTree } from './tree';
import { registerReader } from './reader';
import { registerSearch } from './search';
import { createEditorTracker, registerSnippets } from './snippets';
import { createAnnotationStore, registerNotes } from './notes';
import type { Services } from './services';

/** Registers everything and returns at once: parsing and indexing start after activation, off this path. */
export function activate(context: vscode.ExtensionContext): Services {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Tech Articles', { log: true });
  context.subscriptions.push(log);

  const services: Services = {
    context,
    log,
    library: createLibrary(context, log),
    reading: createReadingState(context),
    annotations: createAnnotationStore(context, log),
    editors: createEditorTracker(context),
  };
  context.subscriptions.push(
    registerTree(services),
    registerReader(services),
    registerSearch(services),
    registerSnippets(services),
    registerNotes(services),
    vscode.commands.registerCommand('techArticles.showLog', () => log.show()),
  );

  log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
  return services;
}

export function deactivate(): void {}
