// The snippet search index over the library's code blocks: built on first use, in slices so the window stays
// responsive, and rebuilt on the next use after the library changed.
import * as vscode from 'vscode';
import { buildSnippetSearch, snippetEntries, type SnippetSearch } from '../core/snippetSearch';
import type { Services } from '../services';

export class SnippetIndex implements vscode.Disposable {
  private built: SnippetSearch | undefined;
  private building: Promise<SnippetSearch> | undefined;
  /** Bumped on every library change; a build that started before one is thrown away. */
  private generation = 0;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly services: Services) {
    this.subscription = services.library.onDidChange(() => {
      this.generation++;
      this.built = undefined;
      this.building = undefined;
    });
  }

  /** The index when it is current, without waiting. */
  current(): SnippetSearch | undefined {
    return this.built;
  }

  /** The current index, building it (after the library finished loading) when needed. */
  get(): Promise<SnippetSearch> {
    if (this.built) return Promise.resolve(this.built);
    this.building ??= this.build();
    return this.building;
  }

  private async build(): Promise<SnippetSearch> {
    await this.services.library.whenReady();
    const generation = this.generation;
    const library = this.services.library;
    const entries = snippetEntries(library.articles(), (url, index) => library.codeBlock(url, index));
    const started = performance.now();
    const search = await buildSnippetSearch(entries, () => new Promise(resolve => setTimeout(resolve, 0)));
    if (generation !== this.generation) return this.get();
    this.services.log.info(`snippet index: ${entries.length} code blocks in ${(performance.now() - started).toFixed(0)} ms`);
    this.built = search;
    this.building = undefined;
    return search;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
