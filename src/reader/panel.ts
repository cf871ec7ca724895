// One reader tab: a webview panel showing one article. The host renders the article to escaped HTML
// (html.ts) and sends it once the webview says `ready`; the webview draws it, highlights code, draws
// annotations and posts back intents (copy, insert, annotate, …) that the host validates and carries out.
import * as vscode from 'vscode';
import type { Annotation, Article, CodeBlock } from '../core/model';
import { readingText, type ReadingText } from '../core/readingText';
import { anchorAll, quoteSelector } from '../core/annotations/anchor';
import { codeIndexAt } from '../core/annotations/placement';
import type { ReaderTabInfo, Services } from '../services';
import { renderArticle, safeExternalUrl, escapeText } from './html';
import { findQuery } from './find';
import { parseWebviewMessage } from './messages';
import type { DrawnHighlight, HostMessage, ReaderTypography, RevealTarget, SelectionAnchor, WebviewMessage } from './protocol';
import { createNonce, readerShell } from './shell';
import { articleStrings, readerStrings } from './strings';
import { readerTypography } from './typography';

/** Where to scroll once the article is drawn. */
export type RevealRequest = { highlight: string } | { annotationId: string } | { codeIndex: number };

export interface RenderTiming {
  /** Host: rendering the article to HTML and posting it, ms. */
  hostMs: number;
  /** Webview: building the DOM, ms. */
  drawMs: number;
  /** Webview: from receiving the message to the next painted frame, ms. */
  frameMs: number;
  /** From show() (or the last re-render) to the webview's `rendered`, ms. */
  totalMs: number;
}

const RENDER_TIMEOUT_MS = 15_000;

export class ReaderPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private article: Article | undefined;
  private text: ReadingText | undefined;
  private lastHtml = '';
  private lastHighlights = '';
  private ready = false;
  private renderId = 0;
  private renders = 0;
  private renderStarted = 0;
  private hostMs = 0;
  private pendingReveal: RevealRequest | undefined;
  private hidden = false;
  /** Something changed while the tab was hidden. */
  private stale = false;
  private readonly renderWaiters: { after: number; resolve: (timing: RenderTiming | undefined) => void }[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;

  constructor(
    private readonly services: Services,
    readonly panel: vscode.WebviewPanel,
    private currentUrl: string,
    public pinned: boolean,
  ) {
    panel.iconPath = vscode.Uri.joinPath(services.context.extensionUri, 'media', 'articles.svg');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage(message => this.receive(message)),
      // Nothing is sent to a hidden tab: it usually loses its document (no retainContextWhenHidden) and says
      // `ready` again when shown; if it kept it, what changed meanwhile is drawn when it shows again.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) {
          this.hidden = true;
        } else if (this.hidden) {
          this.hidden = false;
          if (this.stale && this.ready) this.render();
        }
      }),
    );
  }

  get url(): string {
    return this.currentUrl;
  }

  info(): ReaderTabInfo {
    return {
      url: this.currentUrl,
      title: this.panel.title,
      pinned: this.pinned,
      renders: this.renders,
      highlights: this.lastHighlights ? (JSON.parse(this.lastHighlights) as unknown[]).length : 0,
    };
  }

  /** Shows `url` (loading a fresh document when it changes) and resolves once the webview has drawn it. */
  show(url: string, reveal?: RevealRequest): Promise<RenderTiming | undefined> {
    const after = this.renderId;
    this.renderStarted = performance.now();
    this.pendingReveal = reveal;
    this.currentUrl = url;
    // One document per tab: switching articles is a new render message, not a reload of the webview. A new
    // document per article (a nonce per article) was measured 4× slower in the preview tab, 220–297 ms against
    // 49–76 ms for the largest seed article: see the README, Performance → Reader.
    if (!this.panel.webview.html) this.loadDocument();
    else if (this.ready) this.render();
    return this.whenRendered(after);
  }

  /** Re-renders when the article, its code block languages or its annotations changed. */
  refresh(): void {
    if (!this.ready) return;
    if (this.hidden) {
      this.stale = true;
      return;
    }
    const article = this.services.library.article(this.currentUrl);
    if (article !== this.article || this.renderHtml(article) !== this.lastHtml) {
      this.renderStarted = performance.now();
      this.render();
    }
    else this.refreshHighlights();
  }

  refreshHighlights(): void {
    if (!this.ready || !this.article) return;
    if (this.hidden) {
      this.stale = true;
      return;
    }
    const highlights = this.highlights();
    const serialised = JSON.stringify(highlights);
    if (serialised === this.lastHighlights) return;
    this.lastHighlights = serialised;
    this.post({ type: 'highlights', highlights });
  }

  updateTypography(typography: ReaderTypography): void {
    if (this.hidden) this.stale = true;
    else if (this.ready) this.post({ type: 'typography', typography });
  }

  reveal(request: RevealRequest): void {
    this.pendingReveal = request;
    if (this.ready && this.article) this.postPendingReveal();
  }

  dispose(): void {
    for (const waiter of this.renderWaiters.splice(0)) waiter.resolve(undefined);
    this.disposed.fire();
    this.disposed.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }

  private loadDocument(): void {
    this.ready = false;
    this.article = this.services.library.article(this.currentUrl);
    this.panel.title = this.article?.title ?? vscode.l10n.t('Article');
    const webview = this.panel.webview;
    const media = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.services.context.extensionUri, 'media', ...path));
    webview.html = readerShell({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: media('dist', 'reader.js').toString(),
      styleUri: media('reader.css').toString(),
      title: this.panel.title,
      loadingText: vscode.l10n.t('Loading article…'),
    });
  }

  /** Resolves at the first `rendered` of a render posted after `after`, or undefined on timeout/close. */
  private whenRendered(after: number): Promise<RenderTiming | undefined> {
    return new Promise(resolve => {
      const waiter = { after, resolve };
      this.renderWaiters.push(waiter);
      setTimeout(() => {
        const at = this.renderWaiters.indexOf(waiter);
        if (at >= 0) {
          this.renderWaiters.splice(at, 1);
          resolve(undefined);
        }
      }, RENDER_TIMEOUT_MS);
    });
  }

  private codeBlocks(article: Article): CodeBlock[] {
    return article.codeBlocks.map((block, i) => this.services.library.codeBlock(article.url, i) ?? block);
  }

  private renderHtml(article: Article | undefined): string {
    if (!article) {
      const library = this.services.library;
      const message = library.loading || library.articles().length === 0
        ? vscode.l10n.t('Loading article…')
        : vscode.l10n.t('This article is not in the library (any more): {0}', this.currentUrl);
      return `<p class="missing">${escapeText(message)}</p>`;
    }
    return renderArticle(article, this.codeBlocks(article), articleStrings());
  }

  private render(): void {
    this.stale = false;
    const started = performance.now();
    const article = this.services.library.article(this.currentUrl);
    if (article !== this.article) this.text = undefined;
    this.article = article;
    if (article) this.panel.title = article.title;
    const html = this.renderHtml(article);
    this.lastHtml = html;
    const highlights = article ? this.highlights() : [];
    this.lastHighlights = JSON.stringify(highlights);
    this.renderId++;
    const message: HostMessage = {
      type: 'render',
      renderId: this.renderId,
      url: this.currentUrl,
      html,
      typography: readerTypography(),
      highlights,
      strings: readerStrings(),
    };
    const reveal = article ? this.takeReveal() : undefined;
    if (reveal) message.reveal = reveal;
    this.hostMs = performance.now() - started;
    this.post(message);
  }

  private readingText(): ReadingText | undefined {
    if (!this.article) return undefined;
    this.text ??= readingText(this.article);
    return this.text;
  }

  private anchored(): { highlights: DrawnHighlight[]; orphans: Annotation[] } {
    const text = this.readingText();
    const annotations = this.services.annotations.forArticle(this.currentUrl);
    if (!text || annotations.length === 0) return { highlights: [], orphans: [] };
    const byId = new Map(annotations.map(a => [a.id, a]));
    const { anchored, orphans } = anchorAll(text.text, annotations);
    const highlights = anchored.map(range => {
      const annotation = byId.get(range.id)!;
      const drawn: DrawnHighlight = { id: range.id, start: range.start, end: range.end, color: annotation.color };
      if (annotation.note) drawn.note = annotation.note;
      return drawn;
    });
    return { highlights, orphans };
  }

  private highlights(): DrawnHighlight[] {
    return this.anchored().highlights;
  }

  private takeReveal(): RevealTarget | undefined {
    const request = this.pendingReveal;
    this.pendingReveal = undefined;
    const text = this.readingText();
    if (!request || !text || !this.article) return undefined;
    if ('codeIndex' in request) {
      return request.codeIndex < this.article.codeBlocks.length ? { kind: 'code', index: request.codeIndex } : undefined;
    }
    if ('highlight' in request) {
      const bodyStart = this.article.title.length + 1;
      const range = findQuery(text.text, request.highlight, bodyStart);
      return range ? { kind: 'search', ...range } : undefined;
    }
    const { highlights, orphans } = this.anchored();
    if (highlights.some(h => h.id === request.annotationId)) return { kind: 'annotation', id: request.annotationId };
    if (orphans.some(o => o.id === request.annotationId)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The highlighted text is no longer in this article; the note is kept in the Notes view.'));
    }
    return undefined;
  }

  private postPendingReveal(): void {
    const reveal = this.takeReveal();
    if (reveal) this.post({ type: 'reveal', reveal });
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  /** Handles a message from the webview (also the tests' way in, see ReaderAccess). */
  async receive(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.services.log.warn(`reader: ignored a malformed message from the webview: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    try {
      await this.handle(message);
    } catch (error) {
      this.services.log.error(`reader: ${message.type} failed`, error);
      void vscode.window.showErrorMessage(vscode.l10n.t('Tech Articles: {0}', error instanceof Error ? error.message : String(error)));
    }
  }

  private async handle(message: WebviewMessage): Promise<void> {
    const url = this.currentUrl;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (!this.services.library.article(url)) await this.services.library.fullArticle(url);
        if (this.currentUrl === url) this.render();
        return;
      case 'rendered':
        return this.rendered(message.renderId, message.drawMs, message.frameMs);
      case 'copyCode':
        return this.codeCommand('techArticles.copyCodeBlock', message.index);
      case 'insertCode':
        return this.codeCommand('techArticles.insertCodeBlock', message.index);
      case 'openCode':
        return this.codeCommand('techArticles.openCodeBlock', message.index);
      case 'setLanguage':
        return this.codeCommand('techArticles.setCodeBlockLanguage', message.index);
      case 'openLink':
        return this.openLink(message.href);
      case 'annotate':
        return this.annotate(message.anchor, message.color, message.withNote);
      // Editing, recolouring and deleting are the notes feature's commands (the Notes view uses them too).
      case 'editNote':
        return void (await vscode.commands.executeCommand('techArticles.editAnnotationNote', { id: message.id }));
      case 'recolor':
        return void (await vscode.commands.executeCommand('techArticles.changeAnnotationColor', { id: message.id, color: message.color }));
      case 'removeAnnotation':
        return void (await vscode.commands.executeCommand('techArticles.deleteAnnotation', { id: message.id }));
    }
  }

  private rendered(renderId: number, drawMs: number, frameMs: number): void {
    this.renders++;
    const totalMs = performance.now() - this.renderStarted;
    const timing: RenderTiming = { hostMs: this.hostMs, drawMs, frameMs, totalMs };
    this.services.log.trace(`reader: rendered ${this.currentUrl} in ${totalMs.toFixed(1)} ms (host ${this.hostMs.toFixed(1)}, webview ${drawMs.toFixed(1)} + frame ${frameMs.toFixed(1)})`);
    for (let i = this.renderWaiters.length - 1; i >= 0; i--) {
      const waiter = this.renderWaiters[i];
      if (renderId > waiter.after) {
        this.renderWaiters.splice(i, 1);
        waiter.resolve(timing);
      }
    }
  }

  private async codeCommand(command: string, index: number): Promise<void> {
    if (!this.article || index >= this.article.codeBlocks.length) return;
    await vscode.commands.executeCommand(command, { url: this.currentUrl, index });
  }

  private async openLink(href: string): Promise<void> {
    const safe = safeExternalUrl(href);
    if (!safe) {
      this.services.log.warn(`reader: refused to open a non-http(s) link: ${href.slice(0, 200)}`);
      return;
    }
    await vscode.env.openExternal(vscode.Uri.parse(safe, true));
  }

  private async annotate(anchor: SelectionAnchor, color: Annotation['color'], withNote: boolean): Promise<void> {
    const text = this.readingText();
    const article = this.article;
    if (!text || !article || anchor.end > text.text.length) return;
    // The host's reading text is authoritative; the webview's quote only cross-checks it.
    const selector = quoteSelector(text.text, anchor.start, anchor.end);
    if (selector.quote !== anchor.quote) {
      this.services.log.warn(`reader: selection text differs from the reading text at ${anchor.start}–${anchor.end}; using the reading text`);
    }
    if (!selector.quote.trim()) return;
    let note: string | undefined;
    if (withNote) {
      note = await vscode.window.showInputBox({
        title: vscode.l10n.t('Add Note'),
        prompt: vscode.l10n.t('Note on “{0}” (Markdown)', ellipsis(selector.quote, 60)),
        placeHolder: vscode.l10n.t('Your note'),
        ignoreFocusOut: true,
      });
      if (note === undefined) return;
    }
    // Where the selection starts decides the code block, as for annotations added from the palette.
    const codeIndex = codeIndexAt(article, text, selector.start);
    await this.services.annotations.add({
      url: article.url,
      quote: selector.quote,
      prefix: selector.prefix,
      suffix: selector.suffix,
      start: selector.start,
      end: selector.end,
      color,
      ...(note ? { note } : {}),
      ...(codeIndex !== undefined ? { codeIndex } : {}),
    });
  }
}

function ellipsis(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
