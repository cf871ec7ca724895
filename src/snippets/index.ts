// Reusing code from articles: open in an editor, insert at the cursor(s) (plain or with placeholders as tab
// stops), copy, and "Find Code Snippet". The tree's code-block items and the reader's buttons run these same
// commands with `{ url, index }` (or a tree node carrying both).
import * as vscode from 'vscode';
import type { CodeBlock } from '../core/model';
import type { Services } from '../services';
import { copyToClipboard, insertAtCursors, insertWithPlaceholders, openInEditor, type InsertOutcome } from './codeActions';
import { showSnippetPicker, type BlockRef, type SnippetAction } from './picker';
import { SnippetIndex } from './snippetIndex';

export { createEditorTracker } from './editorTracker';

/** `{ url, index }` from a command argument: an object of that shape or a tree node carrying both. */
function blockRefOf(arg: unknown): BlockRef | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const { url, index } = arg as { url?: unknown; index?: unknown };
  const number = typeof index === 'string' && /^\d+$/.test(index) ? Number(index) : index;
  if (typeof url !== 'string' || typeof number !== 'number' || !Number.isInteger(number) || number < 0) return undefined;
  return { url, index: number };
}

export function registerSnippets(services: Services): vscode.Disposable {
  const { library, log } = services;
  const index = new SnippetIndex(services);

  async function blockFor(ref: BlockRef): Promise<CodeBlock | undefined> {
    // An article still being parsed: its body is parsed first and waited for.
    if (!library.codeBlock(ref.url, ref.index)) await library.fullArticle(ref.url);
    const block = library.codeBlock(ref.url, ref.index);
    if (!block) {
      log.warn(`no code block ${ref.index} in ${ref.url}`);
      void vscode.window.showWarningMessage(
        vscode.l10n.t('That code block is no longer in the library: its article may have changed or been removed.'),
      );
    }
    return block;
  }

  async function insert(block: CodeBlock, withPlaceholders: boolean): Promise<InsertOutcome> {
    const editor = services.editors.lastTextEditor();
    if (!editor) {
      const open = vscode.l10n.t('Open in New Editor');
      void vscode.window
        .showInformationMessage(vscode.l10n.t('There is no text editor to insert the code into.'), open)
        .then(choice => (choice === open ? openInEditor(block, log) : undefined))
        .then(undefined, error => report(error));
      return 'noEditor';
    }
    const outcome = withPlaceholders ? await insertWithPlaceholders(editor, block) : await insertAtCursors(editor, block);
    if (outcome === 'failed') {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Could not insert the code into {0}: the editor may be read-only.', editor.document.fileName),
      );
    }
    return outcome;
  }

  /** Runs one action on a block; what it returns is what the command returns. */
  async function run(action: SnippetAction, ref: BlockRef): Promise<unknown> {
    if (action === 'showInArticle') {
      return vscode.commands.executeCommand('techArticles.openArticle', { url: ref.url, codeIndex: ref.index });
    }
    const block = await blockFor(ref);
    if (!block) return undefined;
    switch (action) {
      case 'open':
        return openInEditor(block, log);
      case 'insert':
        return insert(block, false);
      case 'insertWithPlaceholders':
        return insert(block, true);
      case 'copy':
        return copyToClipboard(block);
    }
  }

  function report(error: unknown): undefined {
    log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    void vscode.window.showErrorMessage(vscode.l10n.t('Tech Articles could not complete that action. See the log for details.'));
    return undefined;
  }

  /** A command on one block: with no argument the picker asks which, and Enter runs the action. */
  function blockCommand(id: string, action: SnippetAction): vscode.Disposable {
    return vscode.commands.registerCommand(id, async (arg?: unknown) => {
      try {
        if (arg === undefined) return await showSnippetPicker(services, index, { action, run });
        const ref = blockRefOf(arg);
        if (!ref) {
          log.warn(`${id}: not a code block reference: ${JSON.stringify(arg)}`);
          void vscode.window.showWarningMessage(vscode.l10n.t('This command needs a code block (an article URL and a block index).'));
          return undefined;
        }
        return await run(action, ref);
      } catch (error) {
        return report(error);
      }
    });
  }

  return vscode.Disposable.from(
    index,
    blockCommand('techArticles.openCodeBlock', 'open'),
    blockCommand('techArticles.insertCodeBlock', 'insert'),
    blockCommand('techArticles.insertCodeBlockWithPlaceholders', 'insertWithPlaceholders'),
    blockCommand('techArticles.copyCodeBlock', 'copy'),
    vscode.commands.registerCommand('techArticles.findSnippet', async (query?: unknown) => {
      try {
        await showSnippetPicker(services, index, { initialQuery: typeof query === 'string' ? query : undefined, run });
      } catch (error) {
        report(error);
      }
    }),
  );
}
