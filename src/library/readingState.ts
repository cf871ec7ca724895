// Read state and favorites as small keys in globalState, synced across machines. Read articles are stored as
// short URL hashes (10,000 read articles ≈ 100 KB, not the ~1 MB their URLs would take: big Memento values
// slow every window down); favorites keep their URLs, they are few.
import * as vscode from 'vscode';
import type { ReadingState } from '../services';
import { urlKey } from './urlKey';

export const READ_KEY = 'techArticles.read.v1';
export const FAVORITES_KEY = 'techArticles.favorites.v1';

export class MementoReadingState implements ReadingState, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  readonly onDidChange = this.changed.event;
  private read: Set<string>;
  private favorites: Set<string>;
  /**
   * URL → key, remembered: the Articles view counts the unread among every article on each change (10,000
   * hashes took 30-80 ms of the extension host while a big dump loaded).
   */
  private readonly keys = new Map<string, string>();

  constructor(private readonly memento: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }) {
    memento.setKeysForSync([READ_KEY, FAVORITES_KEY]);
    this.read = new Set(memento.get<string[]>(READ_KEY) ?? []);
    this.favorites = new Set(memento.get<string[]>(FAVORITES_KEY) ?? []);
  }

  isRead(url: string): boolean {
    // Nothing read (a new profile, most first loads): no URL is hashed.
    return this.read.size > 0 && this.read.has(this.keyOf(url));
  }

  private keyOf(url: string): string {
    let key = this.keys.get(url);
    if (key === undefined) {
      if (this.keys.size >= 100_000) this.keys.clear();
      key = urlKey(url);
      this.keys.set(url, key);
    }
    return key;
  }

  isFavorite(url: string): boolean {
    return this.favorites.has(url);
  }

  async setRead(urls: readonly string[], read: boolean): Promise<void> {
    const changed = urls.filter(url => this.isRead(url) !== read);
    if (changed.length === 0) return;
    for (const url of changed) {
      if (read) this.read.add(this.keyOf(url));
      else this.read.delete(this.keyOf(url));
    }
    this.changed.fire(changed);
    await this.memento.update(READ_KEY, [...this.read]);
  }

  async setFavorite(url: string, favorite: boolean): Promise<void> {
    if (this.isFavorite(url) === favorite) return;
    if (favorite) this.favorites.add(url);
    else this.favorites.delete(url);
    this.changed.fire([url]);
    await this.memento.update(FAVORITES_KEY, [...this.favorites]);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
