// PLACEHOLDER — replaced by the search feature's issue.
import * as vscode from 'vscode';
import type { Services } from '../services';

export function registerSearch(_services: Services): vscode.Disposable {
  return new vscode.Disposable(() => {});
}
