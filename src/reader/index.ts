// PLACEHOLDER — replaced by the reader feature's issue.
import * as vscode from 'vscode';
import type { Services } from '../services';

export function registerReader(_services: Services): vscode.Disposable {
  return new vscode.Disposable(() => {});
}
