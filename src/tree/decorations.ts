// The unread badge: article items carry a `tech-articles-item:` resource URI, decorated while unread.
import * as vscode from 'vscode';
import type { ReadingState } from '../services';
import { articleUri, urlOfArticleUri } from './provider';

export class UnreadDecorations implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri[]>();
  readonly onDidChangeFileDecorations = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly reading: ReadingState) {
    this.subscription = reading.onDidChange(urls => this.changed.fire(urls.map(articleUri)));
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    const url = urlOfArticleUri(uri);
    if (url === undefined || this.reading.isRead(url)) return undefined;
    return new vscode.FileDecoration('•', vscode.l10n.t('Unread'));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
