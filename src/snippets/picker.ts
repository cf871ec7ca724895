// "Articles: Find Code Snippet": a QuickPick over every code block, ranked by core/snippetSearch.ts on each
// keystroke (the top 50, `alwaysShow`, VS Code's own filtering of description and detail off), with buttons to
// insert, open, copy or show the block in its article.
import * as vscode from 'vscode';
import { usableCode } from '../core/codeText';
import { languageName } from '../core/languageNames';
import type { SnippetEntry, SnippetSearch } from '../core/snippetSearch';
import type { Services } from '../services';
import type { SnippetIndex } from './snippetIndex';

export type SnippetAction = 'insert' | 'insertWithPlaceholders' | 'open' | 'copy' | 'showInArticle';

export interface BlockRef {
  url: string;
  index: number;
}

const LIMIT = 50;

interface SnippetItem extends vscode.QuickPickItem {
  ref: BlockRef;
}

interface ActionButton extends vscode.QuickInputButton {
  action: SnippetAction;
}

function actionButtons(): ActionButton[] {
  return [
    { action: 'insert', iconPath: new vscode.ThemeIcon('insert'), tooltip: vscode.l10n.t('Insert at Cursor') },
    { action: 'open', iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: vscode.l10n.t('Open in Editor') },
    { action: 'copy', iconPath: new vscode.ThemeIcon('copy'), tooltip: vscode.l10n.t('Copy') },
    { action: 'showInArticle', iconPath: new vscode.ThemeIcon('book'), tooltip: vscode.l10n.t('Show in Article') },
  ];
}

const KIND_LABELS: Readonly<Record<string, () => string>> = {
  cdk: () => vscode.l10n.t('CDK'),
  'iam-policy': () => vscode.l10n.t('IAM policy'),
  command: () => vscode.l10n.t('command'),
  output: () => vscode.l10n.t('output'),
};

const LANGUAGE_ICONS: Readonly<Record<string, string>> = {
  sql: 'database', json: 'json', shellscript: 'terminal', powershell: 'terminal', dockerfile: 'package',
  yaml: 'settings', toml: 'settings', ini: 'settings', markdown: 'markdown', plaintext: 'output', diff: 'diff',
};

/** The first lines of the code, as one line: the detail row shows no line breaks. */
function firstLines(entry: SnippetEntry): string {
  const lines = usableCode(entry)
    .split('\n')
    .map(line => line.trim())
    .filter(line => line !== '');
  const shown = lines.slice(0, 2).map(line => (line.length > 100 ? `${line.slice(0, 100)}…` : line));
  return shown.join('  ↵  ') + (lines.length > 2 ? '  ↵  …' : '');
}

function toItem(entry: SnippetEntry, buttons: readonly ActionButton[]): SnippetItem {
  const kind = entry.kind ? KIND_LABELS[entry.kind]?.() : undefined;
  const blocks = entry.article.codeBlocks.length;
  return {
    ref: { url: entry.url, index: entry.index },
    label: `$(${LANGUAGE_ICONS[entry.lang] ?? 'code'}) ${entry.article.title}`,
    description: [languageName(entry.lang), kind, blocks > 1 ? vscode.l10n.t('block {0} of {1}', entry.index + 1, blocks) : undefined]
      .filter(Boolean)
      .join(' · '),
    detail: firstLines(entry),
    alwaysShow: true,
    buttons,
  };
}

export interface PickerOptions {
  initialQuery?: string;
  /** What Enter does; by default Insert when there is an editor to insert into, else Open. */
  action?: SnippetAction;
  run(action: SnippetAction, ref: BlockRef): Promise<unknown>;
}

/** Shows the picker; resolves once it is closed (after the chosen action ran). */
export async function showSnippetPicker(services: Services, index: SnippetIndex, options: PickerOptions): Promise<void> {
  const picker = vscode.window.createQuickPick<SnippetItem>();
  picker.title = vscode.l10n.t('Find Code Snippet');
  const placeholder = vscode.l10n.t('Search code, language and article title — e.g. create table lang:sql');
  picker.placeholder = placeholder;
  picker.matchOnDescription = false;
  picker.matchOnDetail = false;
  picker.value = options.initialQuery ?? '';
  const buttons = actionButtons();
  const state = {
    isRead: (url: string) => services.reading.isRead(url),
    isFavorite: (url: string) => services.reading.isFavorite(url),
    noteCount: (url: string) => services.annotations.forArticle(url).length,
  };

  let search: SnippetSearch | undefined = index.current();
  let closed = false;
  const refresh = (): void => {
    if (!search || closed) return;
    const result = search.search(picker.value, { limit: LIMIT, state });
    picker.items = result.hits.map(hit => toItem(hit.entry, buttons));
    picker.title = search.size === 0
      ? vscode.l10n.t('Find Code Snippet — the library has no code blocks')
      : result.total > LIMIT
        ? vscode.l10n.t('Find Code Snippet — best {0} of {1} matches', LIMIT, result.total)
        : vscode.l10n.t('Find Code Snippet — {0} matches', result.total);
  };

  const done = new Promise<void>(resolve => {
    let running: Promise<unknown> = Promise.resolve();
    const act = (action: SnippetAction, item: SnippetItem | undefined): void => {
      if (!item) return;
      picker.hide();
      running = options.run(action, item.ref).catch(error => {
        services.log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        void vscode.window.showErrorMessage(vscode.l10n.t('Tech Articles could not complete that action. See the log for details.'));
      });
    };
    picker.onDidChangeValue(refresh);
    picker.onDidAccept(() => {
      const action = options.action ?? (services.editors.lastTextEditor() ? 'insert' : 'open');
      act(action, picker.activeItems[0]);
    });
    picker.onDidTriggerItemButton(event => act((event.button as ActionButton).action, event.item));
    picker.onDidHide(() => {
      closed = true;
      picker.dispose();
      void running.finally(resolve);
    });
  });

  picker.show();
  if (search) {
    search.clearCaches(); // read state and notes may have changed since the last time
    refresh();
  } else {
    picker.busy = true;
    picker.placeholder = vscode.l10n.t('Indexing code blocks…');
    try {
      search = await index.get();
      picker.busy = false;
      picker.placeholder = placeholder;
      refresh();
    } catch (error) {
      services.log.error(`snippet index: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      picker.hide();
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not index the code blocks of the library. See the log for details.'));
    }
  }
  await done;
}
