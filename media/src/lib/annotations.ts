// Highlights and notes in the reader: drawing anchored highlights as <mark> wrappers, the floating toolbar
// for a selection, and the menu of an existing highlight. The host owns the annotations; this side only
// reports what the user chose.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../src/core/model';
import { ANCHOR_CONTEXT_LENGTH, type DrawnHighlight, type ReaderStrings, type SelectionAnchor, type WebviewMessage } from '../../../src/reader/protocol';
import { parseNote, plainNote, type NotePiece } from '../../../src/reader/noteMarkdown';
import { SegmentIndex, unwrapAll, wrapPieces } from './offsets';

const MARK_SELECTOR = 'mark.annotation';

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  // Keep the text selection while clicking the toolbar.
  element.addEventListener('mousedown', event => event.preventDefault());
  element.addEventListener('click', event => {
    event.stopPropagation();
    onClick();
  });
  return element;
}

function swatch(color: HighlightColor, label: string, onClick: () => void): HTMLButtonElement {
  const element = button('', `swatch swatch-${color}`, onClick);
  element.title = label;
  element.setAttribute('aria-label', label);
  return element;
}

/** Draws a note's Markdown pieces as elements whose text is set, never parsed: nothing in a note becomes markup. */
function appendNote(parent: HTMLElement, pieces: readonly NotePiece[]): void {
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      parent.append(piece.text);
      continue;
    }
    const element = document.createElement(piece.kind);
    if (piece.kind === 'code') element.textContent = piece.text;
    else appendNote(element, piece.pieces);
    parent.append(element);
  }
}

/** A small popup positioned under a rectangle of the page; Escape or a click elsewhere closes it. */
class Popup {
  readonly element = document.createElement('div');
  /** Where focus goes when Escape closes the popup (focus must not vanish with it). */
  returnFocus: HTMLElement | undefined;

  constructor(className: string, role: string) {
    this.element.className = `popup ${className}`;
    this.element.setAttribute('role', role);
    this.element.hidden = true;
    this.element.addEventListener('keydown', event => this.onKeyDown(event));
    document.body.appendChild(this.element);
  }

  get visible(): boolean {
    return !this.element.hidden;
  }

  showAt(rect: DOMRect, children: HTMLElement[], label: string): void {
    this.element.replaceChildren(...children);
    this.element.setAttribute('aria-label', label);
    this.element.hidden = false;
    const width = this.element.offsetWidth;
    const left = Math.max(4, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 4));
    const below = rect.bottom + window.scrollY + 6;
    this.element.style.left = `${left}px`;
    this.element.style.top = `${below}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }

  buttons(): HTMLButtonElement[] {
    return [...this.element.querySelectorAll('button')];
  }

  /** Arrow keys move between the popup's buttons (one tab stop for the whole popup). */
  private onKeyDown(event: KeyboardEvent): void {
    const buttons = this.buttons();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') buttons[(at + 1) % buttons.length]?.focus();
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
    else if (event.key === 'Escape') {
      this.hide();
      this.returnFocus?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }
}

export class Annotations {
  private highlights: DrawnHighlight[] = [];
  private strings: ReaderStrings | undefined;
  private readonly toolbar = new Popup('selection-toolbar', 'toolbar');
  private readonly menu = new Popup('highlight-menu', 'menu');
  private pendingAnchor: SelectionAnchor | undefined;
  private menuFor: HTMLElement | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly index: () => SegmentIndex | undefined,
    private readonly post: (message: WebviewMessage) => void,
  ) {
    document.addEventListener('selectionchange', () => this.scheduleToolbar());
    document.addEventListener('mousedown', event => {
      const target = event.target as Node;
      if (!this.menu.element.contains(target)) this.menu.hide();
      if (!this.toolbar.element.contains(target)) this.toolbar.hide();
    });
    root.addEventListener('click', event => {
      const mark = (event.target as Element).closest<HTMLElement>(MARK_SELECTOR);
      if (mark && document.getSelection()?.isCollapsed !== false) this.openMenu(mark);
    });
    root.addEventListener('keydown', event => this.onKeyDown(event));
  }

  setStrings(strings: ReaderStrings): void {
    this.strings = strings;
  }

  /** Replaces the drawn highlights. */
  draw(highlights: DrawnHighlight[]): void {
    this.highlights = highlights;
    this.menu.hide();
    unwrapAll(this.root, MARK_SELECTOR);
    for (const highlight of highlights) this.wrap(highlight);
  }

  /** Draws the highlights again inside one element whose content was replaced (a highlighted code block). */
  redrawWithin(element: HTMLElement): void {
    const start = Number(element.dataset.offset);
    const end = start + (element.textContent ?? '').length;
    for (const highlight of this.highlights) {
      if (highlight.end > start && highlight.start < end) this.wrap(highlight, element);
    }
  }

  /** Scrolls to an annotation and focuses it; false when it is not drawn. */
  reveal(id: string): boolean {
    const mark = this.root.querySelector<HTMLElement>(`${MARK_SELECTOR}[data-annotation-id="${CSS.escape(id)}"]`);
    if (!mark) return false;
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
    flash(mark);
    return true;
  }

  private wrap(highlight: DrawnHighlight, within?: HTMLElement): void {
    const index = this.index();
    if (!index) return;
    const pieces = index.pieces(highlight.start, highlight.end, within);
    const first = within ? this.root.querySelector(`${MARK_SELECTOR}[data-annotation-id="${CSS.escape(highlight.id)}"]`) === null : true;
    wrapPieces(pieces, () => {
      const mark = document.createElement('mark');
      mark.className = `annotation hl-${highlight.color}${highlight.note ? ' has-note' : ''}`;
      mark.dataset.annotationId = highlight.id;
      if (highlight.note) mark.title = plainNote(highlight.note);
      return mark;
    }).forEach((mark, i) => {
      // One tab stop per annotation: its first piece.
      if (i === 0 && first) {
        mark.tabIndex = 0;
        mark.setAttribute('role', 'button');
        mark.setAttribute('aria-label', this.markLabel(highlight));
      }
    });
  }

  private markLabel(highlight: DrawnHighlight): string {
    const strings = this.strings;
    if (!strings) return '';
    const note = highlight.note ? `: ${plainNote(highlight.note)}` : '';
    return `${strings.highlight} (${strings.colorNames[highlight.color]})${note}`;
  }

  private toolbarTimer: number | undefined;

  private scheduleToolbar(): void {
    window.clearTimeout(this.toolbarTimer);
    this.toolbarTimer = window.setTimeout(() => this.updateToolbar(), 150);
  }

  /** The selection as reading-text offsets, or undefined when nothing (or only whitespace) is selected. */
  selectionAnchor(): SelectionAnchor | undefined {
    const selection = document.getSelection();
    const index = this.index();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !index) return undefined;
    const range = selection.getRangeAt(0);
    if (!this.root.contains(range.commonAncestorContainer)) return undefined;
    let start = index.offsetOf(range.startContainer, range.startOffset, 'start');
    let end = index.offsetOf(range.endContainer, range.endOffset, 'end');
    if (start === undefined || end === undefined || end <= start) return undefined;
    const text = index.text();
    // A double click selects trailing whitespace; the quote should not carry it.
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return undefined;
    const anchor: SelectionAnchor = {
      quote: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + ANCHOR_CONTEXT_LENGTH),
      start,
      end,
    };
    const startCode = (range.startContainer.parentElement ?? (range.startContainer as Element)).closest?.('code[data-code-index]');
    const endCode = (range.endContainer.parentElement ?? (range.endContainer as Element)).closest?.('code[data-code-index]');
    if (startCode && startCode === endCode) anchor.codeIndex = Number((startCode as HTMLElement).dataset.codeIndex);
    return anchor;
  }

  private updateToolbar(): void {
    const anchor = this.selectionAnchor();
    const strings = this.strings;
    if (!anchor || !strings) {
      this.toolbar.hide();
      this.pendingAnchor = undefined;
      return;
    }
    this.pendingAnchor = anchor;
    const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const children: HTMLElement[] = HIGHLIGHT_COLORS.map(color =>
      swatch(color, `${strings.highlight}: ${strings.colorNames[color]}`, () => this.annotate(color, false)),
    );
    children.push(button(strings.addNote, 'popup-action', () => this.annotate('yellow', true)));
    this.toolbar.showAt(rect, children, strings.selectionToolbar);
  }

  /** Sends the current selection to the host as a new highlight (and note). */
  annotate(color: HighlightColor, withNote: boolean): boolean {
    const anchor = this.selectionAnchor() ?? this.pendingAnchor;
    if (!anchor) return false;
    this.post({ type: 'annotate', anchor, color, withNote });
    this.toolbar.hide();
    this.pendingAnchor = undefined;
    document.getSelection()?.removeAllRanges();
    return true;
  }

  private openMenu(mark: HTMLElement): void {
    const id = mark.dataset.annotationId;
    const highlight = this.highlights.find(h => h.id === id);
    const strings = this.strings;
    if (!id || !highlight || !strings) return;
    this.menuFor = this.root.querySelector<HTMLElement>(`${MARK_SELECTOR}[data-annotation-id="${CSS.escape(id)}"][tabindex]`) ?? mark;
    const children: HTMLElement[] = [];
    if (highlight.note) {
      const note = document.createElement('p');
      note.className = 'popup-note';
      appendNote(note, parseNote(highlight.note));
      children.push(note);
    }
    const swatches = document.createElement('div');
    swatches.className = 'popup-row';
    swatches.append(
      ...HIGHLIGHT_COLORS.map(color => {
        const s = swatch(color, strings.colorNames[color], () => this.menuAction({ type: 'recolor', id, color }));
        s.setAttribute('aria-pressed', String(color === highlight.color));
        return s;
      }),
    );
    children.push(
      swatches,
      button(highlight.note ? strings.editNote : strings.addNote, 'popup-action', () => this.menuAction({ type: 'editNote', id })),
      button(strings.removeHighlight, 'popup-action', () => this.menuAction({ type: 'removeAnnotation', id })),
    );
    for (const child of children) if (child instanceof HTMLButtonElement) child.setAttribute('role', 'menuitem');
    this.menu.returnFocus = this.menuFor;
    this.menu.showAt(mark.getBoundingClientRect(), children, strings.highlightMenu);
    this.menu.buttons()[0]?.focus();
  }

  private menuAction(message: WebviewMessage): void {
    this.post(message);
    this.menu.hide();
    this.menuFor?.focus();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const mark = (event.target as Element).closest?.<HTMLElement>(MARK_SELECTOR);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      this.openMenu(mark);
      event.preventDefault();
      return;
    }
    if (mark && (event.key === 'Delete' || event.key === 'Backspace') && mark.dataset.annotationId) {
      this.post({ type: 'removeAnnotation', id: mark.dataset.annotationId });
      event.preventDefault();
    }
  }

  /** Keyboard shortcuts with a selection: h = highlight, 1–5 = colour, n = note. */
  handleSelectionKey(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey || !this.selectionAnchor()) return false;
    const digit = Number(event.key);
    if (event.key === 'h') return this.annotate('yellow', false);
    if (event.key === 'n') return this.annotate('yellow', true);
    if (digit >= 1 && digit <= HIGHLIGHT_COLORS.length) return this.annotate(HIGHLIGHT_COLORS[digit - 1], false);
    if (event.key === 'Escape' && this.toolbar.visible) {
      this.toolbar.hide();
      return true;
    }
    return false;
  }

  /** Moves focus into the selection toolbar (keyboard users reach it with Tab from the text). */
  focusToolbar(): boolean {
    if (!this.toolbar.visible) return false;
    this.toolbar.buttons()[0]?.focus();
    return true;
  }
}

export function flash(element: HTMLElement): void {
  element.classList.remove('flash');
  void element.offsetWidth;
  element.classList.add('flash');
}
