// Writing `techArticles.sources` when the user adds a source (reading it is `configuredSources` in sources.ts).
import * as vscode from 'vscode';
import { toUri } from './sources';

/** Adds the file or folder to the workspace's setting (the user's when no trusted workspace is open). */
export async function addToSourcesSetting(source: string): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const uri = toUri(source, folders[0]?.uri);
  const config = vscode.workspace.getConfiguration('techArticles');
  const useWorkspace = folders.length > 0 && vscode.workspace.isTrusted;
  const inspected = config.inspect<string[]>('sources');
  const current = (useWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  const entry = settingValueFor(uri);
  if (current.includes(entry)) return;
  // The default (dump files of the workspace) ends once a source is listed: keep the workspace's own
  // dumps by listing its folders too, so adding a source never makes articles disappear.
  const keep = (config.get<string[]>('sources') ?? []).length === 0 ? folders.map(f => settingValueFor(f.uri)) : [];
  const next = [...new Set([...keep, ...current, entry])];
  await config.update('sources', next, useWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
}

/** Relative to the folder in a single-folder workspace (the settings file can move with it), else absolute. */
function settingValueFor(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder && vscode.workspace.workspaceFolders?.length === 1) {
    const relative = vscode.workspace.asRelativePath(uri, false);
    return relative === '' || relative === uri.fsPath || relative === uri.toString() ? '.' : relative;
  }
  return uri.scheme === 'file' ? uri.fsPath : uri.toString();
}
