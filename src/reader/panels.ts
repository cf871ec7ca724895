// The reader tabs: one reusable preview tab plus pinned tabs, restored after a window reload.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { ReaderPanel, type RenderTiming, type RevealRequest } from './panel';
import { READER_VIEW_TYPE, type ReaderWebviewState } from './protocol';
import { affectsTypography, readerTypography } from './typography';

const DOUBLE_CLICK_MS = 500;

export interface OpenOptions {
  /** Show in the reusable preview tab (replaced by the next preview) instead of a tab of its own. */
  preview: boolean;
  toSide: boolean;
  reveal?: RevealRequest;
}

export class ReaderPanels implements vscode.Disposable {
  private readonly panels = new Set<ReaderPanel>();
  private previewPanel: ReaderPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last preview open: a second one for the same article right after it is a double click (or Enter). */
  private lastPreview: { url: string; at: number } | undefined;

  constructor(private readonly services: Services) {
    this.disposables.push(
      services.library.onDidChange(() => this.forEach(p => p.refresh())),
      services.annotations.onDidChange(() => this.forEach(p => p.refreshHighlights())),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (!affectsTypography(event)) return;
        const typography = readerTypography();
        this.forEach(p => p.updateTypography(typography));
      }),
      vscode.window.registerWebviewPanelSerializer(READER_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: unknown) => this.restore(panel, state),
      }),
    );
  }

  /** The reader tab that has focus, if any. */
  active(): ReaderPanel | undefined {
    return [...this.panels].find(p => p.panel.active);
  }

  all(): readonly ReaderPanel[] {
    return [...this.panels];
  }

  /** Opens `url`, reusing its tab or the preview tab, and resolves once it is drawn. */
  async open(url: string, requested: OpenOptions): Promise<RenderTiming | undefined> {
    const options = { ...requested };
    if (options.preview) {
      // Trees run an item's command on every click, so a double click arrives as two quick calls.
      const now = Date.now();
      const repeated = this.lastPreview?.url === url && now - this.lastPreview.at < DOUBLE_CLICK_MS;
      this.lastPreview = repeated ? undefined : { url, at: now };
      if (repeated) options.preview = false;
    }
    const candidates = [...this.panels].filter(p => p.url === url);
    const existing = candidates.find(p => p.pinned) ?? candidates[0];
    const preserveFocus = options.preview;
    void this.services.reading.setRead([url], true).then(undefined, error => this.services.log.warn('reader: could not mark as read', error));

    // "To the side" of the article's own focused tab means a second tab; otherwise reuse what shows it.
    if (existing && !(options.toSide && existing.panel.active)) {
      if (!options.preview) this.pin(existing);
      existing.panel.reveal(existing.panel.viewColumn, preserveFocus);
      return existing.show(url, options.reveal);
    }
    if (options.preview && this.previewPanel && !options.toSide) {
      const preview = this.previewPanel;
      preview.panel.reveal(preview.panel.viewColumn, preserveFocus);
      return preview.show(url, options.reveal);
    }
    const column = options.toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = this.create(url, column, preserveFocus, !options.preview);
    return panel.show(url, options.reveal);
  }

  dispose(): void {
    this.forEach(p => p.dispose());
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private pin(panel: ReaderPanel): void {
    panel.pinned = true;
    if (this.previewPanel === panel) this.previewPanel = undefined;
  }

  private create(url: string, column: vscode.ViewColumn, preserveFocus: boolean, pinned: boolean): ReaderPanel {
    const title = this.services.library.article(url)?.title ?? vscode.l10n.t('Article');
    const webviewPanel = vscode.window.createWebviewPanel(
      READER_VIEW_TYPE,
      title,
      { viewColumn: column, preserveFocus },
      this.webviewOptions(),
    );
    return this.track(new ReaderPanel(this.services, webviewPanel, url, pinned));
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableFindWidget: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.services.context.extensionUri, 'media')],
    };
  }

  private track(panel: ReaderPanel): ReaderPanel {
    this.panels.add(panel);
    if (!panel.pinned) {
      // A new preview replaces the old one: only one reusable tab at a time.
      const old = this.previewPanel;
      this.previewPanel = panel;
      if (old && old !== panel) old.dispose();
    }
    panel.onDidDispose(() => {
      this.panels.delete(panel);
      if (this.previewPanel === panel) this.previewPanel = undefined;
    });
    return panel;
  }

  private async restore(webviewPanel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const url = isReaderState(state) ? state.url : undefined;
    if (!url) {
      // Nothing to show (state lost): close instead of leaving an empty tab.
      webviewPanel.dispose();
      return;
    }
    webviewPanel.webview.options = this.webviewOptions();
    const panel = this.track(new ReaderPanel(this.services, webviewPanel, url, true));
    void panel.show(url);
  }

  private forEach(action: (panel: ReaderPanel) => void): void {
    for (const panel of [...this.panels]) {
      try {
        action(panel);
      } catch (error) {
        this.services.log.error(`reader: updating ${panel.url} failed`, error);
      }
    }
  }
}

function isReaderState(state: unknown): state is ReaderWebviewState {
  return typeof state === 'object' && state !== null && typeof (state as ReaderWebviewState).url === 'string';
}
