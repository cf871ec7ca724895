// PLACEHOLDER — replaced by the tree feature's issue.
import * as vscode from 'vscode';
import type { Services } from '../services';

export function registerTree(_services: Services): vscode.Disposable {
  return new vscode.Disposable(() => {});
}
