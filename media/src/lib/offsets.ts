// Maps between the article's reading text (src/core/readingText.ts) and the DOM. The host tags every
// text-bearing element with `data-offset`, its segment start, in reading order; each element's text content
// is exactly its segment's text (code highlighting and marks add elements, never text).

export interface DomPiece {
  node: Text;
  /** Range inside the text node. */
  from: number;
  to: number;
}

export class SegmentIndex {
  readonly elements: HTMLElement[];
  private readonly starts: number[];
  /** Each element's section (the body is cut into sections the browser may skip), or null for the title. */
  private readonly sections: (HTMLElement | null)[];
  private cachedText: string | undefined;

  constructor(root: HTMLElement) {
    this.elements = [...root.querySelectorAll<HTMLElement>('[data-offset]')];
    this.starts = this.elements.map(e => Number(e.dataset.offset));
    this.sections = this.elements.map(e => e.closest<HTMLElement>('.section'));
  }

  /** The reading text, rebuilt from the DOM: each segment's text followed by "\n". */
  text(): string {
    this.cachedText ??= this.elements.map(e => `${e.textContent ?? ''}\n`).join('');
    return this.cachedText;
  }

  /** Index of the last segment starting at or before `offset`. */
  private segmentAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /**
   * The reading-text offset of a DOM point. A point outside every segment (the byline, a code header)
   * snaps to the start of the next segment (`edge` "start") or the end of the previous one ("end").
   */
  offsetOf(node: Node, offset: number, edge: 'start' | 'end'): number | undefined {
    const element = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-offset]');
    if (element) {
      const range = document.createRange();
      range.setStart(element, 0);
      range.setEnd(node, offset);
      return Number(element.dataset.offset) + range.toString().length;
    }
    const point = document.createRange();
    point.setStart(node, offset);
    if (edge === 'start') {
      const next = this.elements.find(e => point.comparePoint(e, 0) > 0);
      return next ? Number(next.dataset.offset) : undefined;
    }
    for (let i = this.elements.length - 1; i >= 0; i--) {
      const e = this.elements[i];
      if (point.comparePoint(e, e.childNodes.length) < 0) return Number(e.dataset.offset) + (e.textContent ?? '').length;
    }
    return undefined;
  }

  /** The text-node pieces that make up [start, end), optionally only those inside `within`. */
  pieces(start: number, end: number, within?: Element): DomPiece[] {
    const result: DomPiece[] = [];
    if (this.elements.length === 0 || end <= start) return result;
    for (let i = this.segmentAt(start); i < this.elements.length && this.starts[i] < end; i++) {
      const element = this.elements[i];
      if (within && !within.contains(element) && element !== within) continue;
      let position = this.starts[i];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const length = node.data.length;
        const from = Math.max(start, position) - position;
        const to = Math.min(end, position + length) - position;
        if (from < to) result.push({ node, from, to });
        position += length;
        if (position >= end) break;
      }
    }
    return result;
  }

  /**
   * The first segment element whose bottom is below the viewport's top, with its top's distance above it.
   * A skipped section is a placeholder box, but its elements still measure where they would be drawn and
   * may stick out of it, far down the page: clamped to their section's box, the bottoms stay in order.
   */
  firstVisible(): { offset: number; delta: number } | undefined {
    let low = 0;
    let high = this.elements.length - 1;
    if (high < 0) return undefined;
    const bottom = (i: number) => {
      const own = this.elements[i].getBoundingClientRect().bottom;
      const section = this.sections[i];
      return section ? Math.min(own, section.getBoundingClientRect().bottom) : own;
    };
    while (low < high) {
      const mid = (low + high) >> 1;
      if (bottom(mid) > 0) high = mid;
      else low = mid + 1;
    }
    return { offset: this.starts[low], delta: -this.elements[low].getBoundingClientRect().top };
  }

  /** The text element that starts exactly at `offset`, if any. */
  elementWithOffset(offset: number): HTMLElement | undefined {
    const at = this.segmentAt(offset);
    return this.starts[at] === offset ? this.elements[at] : undefined;
  }

  /** The element holding `offset`, for scrolling. */
  elementAt(offset: number): HTMLElement | undefined {
    return this.elements[this.segmentAt(offset)];
  }
}

/** Wraps each piece in an element made by `make`; returns the wrappers in document order. */
export function wrapPieces(pieces: readonly DomPiece[], make: () => HTMLElement): HTMLElement[] {
  const wrappers: HTMLElement[] = [];
  for (const { node, from, to } of pieces) {
    let target = node;
    if (from > 0) target = target.splitText(from);
    if (to - from < target.data.length) target.splitText(to - from);
    const wrapper = make();
    target.parentNode!.insertBefore(wrapper, target);
    wrapper.appendChild(target);
    wrappers.push(wrapper);
  }
  return wrappers;
}

/** Removes wrappers matching `selector`, keeping their text. */
export function unwrapAll(root: Element, selector: string): void {
  const parents = new Set<Node>();
  for (const wrapper of root.querySelectorAll(selector)) {
    const parent = wrapper.parentNode;
    if (!parent) continue;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    parent.removeChild(wrapper);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
