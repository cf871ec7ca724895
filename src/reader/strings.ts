// The reader's user-visible text, localised through vscode.l10n.
import * as vscode from 'vscode';
import type { CodeKind, HighlightColor } from '../core/model';
import type { ArticleStrings } from './html';
import type { ReaderStrings } from './protocol';

export function articleStrings(): ArticleStrings {
  const kinds: Record<Exclude<CodeKind, null>, string> = {
    cdk: vscode.l10n.t('CDK'),
    'iam-policy': vscode.l10n.t('IAM policy'),
    command: vscode.l10n.t('command'),
    output: vscode.l10n.t('output'),
  };
  return {
    byAuthors: authors => vscode.l10n.t('By {0}', authors),
    readingTime: minutes => vscode.l10n.t('{0} min read', minutes),
    openOriginal: vscode.l10n.t('Open the original article in the browser'),
    contents: vscode.l10n.t('Contents'),
    topics: vscode.l10n.t('Topics'),
    copy: vscode.l10n.t('Copy'),
    insert: vscode.l10n.t('Insert at Cursor'),
    open: vscode.l10n.t('Open in Editor'),
    changeLanguage: vscode.l10n.t('Change the language of this code block'),
    codeBlock: (position, language) => vscode.l10n.t('Code block {0}, {1}', position, language),
    kind: kind => kinds[kind],
  };
}

export function readerStrings(): ReaderStrings {
  const colorNames: Record<HighlightColor, string> = {
    yellow: vscode.l10n.t('Yellow'),
    green: vscode.l10n.t('Green'),
    blue: vscode.l10n.t('Blue'),
    pink: vscode.l10n.t('Pink'),
    purple: vscode.l10n.t('Purple'),
  };
  return {
    highlight: vscode.l10n.t('Highlight'),
    addNote: vscode.l10n.t('Add Note…'),
    editNote: vscode.l10n.t('Edit Note…'),
    removeHighlight: vscode.l10n.t('Remove Highlight'),
    colorNames,
    selectionToolbar: vscode.l10n.t('Highlight or annotate the selection'),
    highlightMenu: vscode.l10n.t('Highlight actions'),
  };
}
