// The notes file through vscode.workspace.fs, so it works for local, remote and virtual workspaces alike.
import * as vscode from 'vscode';
import type { NotesFileAccess } from '../core/annotations/notesStore';

export class WorkspaceNotesFile implements NotesFileAccess {
  readonly name: string;
  /** One temporary name per window, so two windows never write into each other's temporary file. */
  private readonly temp: vscode.Uri;

  constructor(readonly uri: vscode.Uri) {
    this.name = uri.scheme === 'file' ? uri.fsPath : uri.toString();
    this.temp = uri.with({ path: `${uri.path}.tmp-${Math.random().toString(36).slice(2, 10)}` });
  }

  async read(): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(this.uri);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  }

  async writeTemp(data: Uint8Array): Promise<void> {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.uri, '..'));
    await vscode.workspace.fs.writeFile(this.temp, data);
  }

  async commitTemp(): Promise<void> {
    await vscode.workspace.fs.rename(this.temp, this.uri, { overwrite: true });
  }

  async discardTemp(): Promise<void> {
    await vscode.workspace.fs.delete(this.temp, { useTrash: false });
  }

  async moveAside(suffix: string): Promise<string> {
    const target = this.uri.with({ path: this.uri.path + suffix });
    await vscode.workspace.fs.rename(this.uri, target, { overwrite: false });
    return target.scheme === 'file' ? target.fsPath : target.toString();
  }
}
