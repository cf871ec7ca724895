// The notes file through Node's fs: for unit tests, benchmarks and tools. The extension goes through
// vscode.workspace.fs instead (src/notes/workspaceNotesFile.ts).
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { NotesFileAccess } from './notesStore';

export class NodeNotesFile implements NotesFileAccess {
  /** One temporary name per writer, so two processes never write into each other's temporary file. */
  readonly tempPath: string;

  constructor(readonly name: string) {
    this.tempPath = `${name}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  }

  async read(): Promise<Uint8Array | undefined> {
    try {
      return await readFile(this.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async writeTemp(data: Uint8Array): Promise<void> {
    await mkdir(dirname(this.name), { recursive: true });
    await writeFile(this.tempPath, data);
  }

  async commitTemp(): Promise<void> {
    await rename(this.tempPath, this.name);
  }

  async discardTemp(): Promise<void> {
    await rm(this.tempPath, { force: true });
  }

  async moveAside(suffix: string): Promise<string> {
    const target = this.name + suffix;
    await rename(this.name, target);
    return target;
  }
}
