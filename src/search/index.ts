// The search feature: the background index (indexer.ts) and the "Articles: Search" QuickPick (picker.ts).
import * as vscode from 'vscode';
import type { Services } from '../services';
import { SearchIndexer } from './indexer';
import { SearchPicker } from './picker';

export function registerSearch(services: Services): vscode.Disposable {
  const indexer = new SearchIndexer(services.library, services.context.globalStorageUri, services.log);
  const picker = new SearchPicker(services, indexer);
  return vscode.Disposable.from(
    indexer,
    picker,
    vscode.commands.registerCommand('techArticles.search', (initialQuery?: unknown) => {
      try {
        picker.show(typeof initialQuery === 'string' ? initialQuery : undefined);
      } catch (error) {
        services.log.error('Articles: Search failed', error);
        void vscode.window.showErrorMessage(vscode.l10n.t('Search could not start: {0}', error instanceof Error ? error.message : String(error)));
      }
    }),
    // For integration tests: what the open picker shows. Not contributed to the palette.
    vscode.commands.registerCommand('techArticles.search.state', () => picker.snapshot()),
  );
}
