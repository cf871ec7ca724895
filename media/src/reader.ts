// The reader webview. Draws the HTML the host rendered (all article text already escaped), highlights code,
// draws annotations, keeps {url, scroll} in the webview state, and turns clicks and keys into messages that
// the host validates and carries out. It never opens links or runs commands itself.
import type { HostMessage, ReaderTypography, ReaderWebviewState, RevealTarget, WebviewMessage } from '../../src/reader/protocol';
import { Annotations, flash } from './lib/annotations';
import { ACTION_MESSAGES, handleCodeKeys } from './lib/codeKeys';
import { LazyHighlighter } from './lib/highlight';
import { SegmentIndex, wrapPieces, unwrapAll } from './lib/offsets';
import { PlaceKeeper } from './lib/place';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): ReaderWebviewState | undefined;
  setState(state: ReaderWebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('reader') as HTMLElement;
let index: SegmentIndex | undefined;
let currentUrl: string | undefined;
const post = (message: WebviewMessage) => vscode.postMessage(message);

const annotations = new Annotations(root, () => index, post);
const highlighter = new LazyHighlighter(code => annotations.redrawWithin(code));
const place = new PlaceKeeper(() => index);

function applyTypography(typography: ReaderTypography): void {
  const style = document.documentElement.style;
  style.setProperty('--reader-font-family', typography.fontFamily);
  style.setProperty('--reader-font-size', `${typography.fontSize}px`);
  style.setProperty('--reader-line-height', String(typography.lineHeight));
}

function saveScroll(): void {
  // A placeholder page (article not loaded yet) must not overwrite the place saved for the article.
  if (!currentUrl || !index || index.elements.length === 0) return;
  const state: ReaderWebviewState = { url: currentUrl, scrollY: window.scrollY };
  // While a restored place settles, the place is what counts, not what happens to be on screen.
  const anchor = place.place ?? (window.scrollY > 0 ? index.firstVisible() : undefined);
  if (anchor) state.anchor = anchor;
  vscode.setState(state);
}

/** Back to a saved place: by its text element when known (kept while the page settles), else by pixels. */
function restoreScroll(state: ReaderWebviewState | undefined): void {
  if (!index?.elementWithOffset(state?.anchor?.offset ?? -1)) window.scrollTo(0, state?.scrollY ?? 0);
  if (state?.anchor) place.keep(state.anchor);
}

function revealTarget(reveal: RevealTarget): void {
  place.release();
  if (reveal.kind === 'code') {
    const figure = root.querySelector<HTMLElement>(`figure.code-block[data-index="${reveal.index}"]`);
    if (!figure) return;
    highlighter.highlightNow(figure);
    figure.scrollIntoView({ block: 'center' });
    figure.focus({ preventScroll: true });
    flash(figure);
    return;
  }
  if (reveal.kind === 'annotation') {
    if (!annotations.reveal(reveal.id)) revealFallback(reveal.id);
    return;
  }
  if (!index) return;
  unwrapAll(root, 'mark.search-hit');
  const figure = index.elementAt(reveal.start)?.closest<HTMLElement>('figure.code-block');
  if (figure) highlighter.highlightNow(figure);
  const marks = wrapPieces(index.pieces(reveal.start, reveal.end), () => {
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    return mark;
  });
  const first = marks[0];
  if (!first) return;
  first.scrollIntoView({ block: 'center' });
  flash(first);
}

/** An annotation inside a code block that was not highlighted yet: highlight it, then try again. */
function revealFallback(id: string): void {
  for (const figure of root.querySelectorAll<HTMLElement>('figure.code-block')) highlighter.highlightNow(figure);
  annotations.reveal(id);
}

function render(message: Extract<HostMessage, { type: 'render' }>): void {
  const started = performance.now();
  if (currentUrl === message.url) saveScroll();
  const state = vscode.getState();
  const saved = state?.url === message.url ? state : undefined;
  if (currentUrl !== message.url) place.release();
  currentUrl = message.url;
  applyTypography(message.typography);
  annotations.setStrings(message.strings);
  highlighter.disconnect();
  // The host built this HTML with every piece of article text escaped; the CSP blocks scripts regardless.
  root.innerHTML = message.html;
  index = new SegmentIndex(root);
  annotations.draw(message.highlights);
  highlighter.observe(root);
  if (message.reveal) revealTarget(message.reveal);
  else restoreScroll(saved);
  saveScroll();
  const drawMs = performance.now() - started;
  // Report after the frame is laid out (a hidden webview gets no frames: fall back to a timer).
  let reported = false;
  const report = () => {
    if (reported) return;
    reported = true;
    document.body.dataset.renderId = String(message.renderId);
    post({ type: 'rendered', renderId: message.renderId, drawMs, frameMs: performance.now() - started });
  };
  requestAnimationFrame(() => setTimeout(report, 0));
  setTimeout(report, 500);
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  switch (message?.type) {
    case 'render':
      render(message);
      break;
    case 'highlights':
      annotations.draw(message.highlights);
      break;
    case 'typography':
      applyTypography(message.typography);
      break;
    case 'reveal':
      revealTarget(message.reveal);
      break;
  }
});

root.addEventListener('click', event => {
  const target = event.target as Element;
  const action = target.closest<HTMLElement>('[data-action]');
  if (action?.dataset.action && action.dataset.index !== undefined) {
    post(ACTION_MESSAGES[action.dataset.action](Number(action.dataset.index)));
    return;
  }
  const link = target.closest<HTMLElement>('[data-href]');
  if (link?.dataset.href) {
    event.preventDefault();
    post({ type: 'openLink', href: link.dataset.href });
    return;
  }
  const toc = target.closest<HTMLElement>('[data-target]');
  if (toc?.dataset.target) {
    const heading = document.getElementById(toc.dataset.target);
    if (heading) {
      place.release();
      heading.tabIndex = -1;
      heading.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    }
  }
});

document.addEventListener('keydown', event => {
  if (annotations.handleSelectionKey(event) || handleCodeKeys(event, root, post)) {
    event.preventDefault();
    event.stopPropagation();
    return;
  }
  // Tab with a selection goes to the selection toolbar first.
  if (event.key === 'Tab' && !event.shiftKey && annotations.focusToolbar()) event.preventDefault();
});

// A narrower or wider reader re-flows the text: stay at the paragraph being read.
window.addEventListener('resize', () => {
  const saved = vscode.getState();
  if (!place.place && saved?.anchor && saved.url === currentUrl) place.keep(saved.anchor);
});

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(saveScroll, 100);
}, { passive: true });

post({ type: 'ready' });
