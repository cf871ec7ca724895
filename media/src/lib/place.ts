// Keeps a restored reading place (a text element and how far its top is above the viewport) while the
// page around it settles. Three things move a freshly drawn article under a restored place, and none of
// them fires a scroll event we could wait for:
// - the webview may be restored before VS Code has given it its size (0 px wide lays the text out as a
//   column 100,000 px tall) or while it is not displayed at all;
// - sections off screen are placeholders of 2,000 px until they are drawn (content-visibility: auto).
//   A webview with no visible area draws none, so the section holding the place is skipped again and falls
//   back from its real height (4,311 px for the UI test's article) to the placeholder; a place measured then
//   (the next scroll event saved one in the following section) is off by the difference once the section
//   is drawn: the 2,310 px of the old defect;
// - the library may draw the same article again while it loads.
// So the place is kept, not applied once: its section is kept drawn, the place is re-applied whenever its
// position in the page changes, and until it is settled the saved state keeps the place itself rather
// than whatever happens to be on screen. It lets go when the reader (or the find widget) moves, when the
// reader navigates on purpose, or once the layout has been still for a while.
import type { SegmentIndex } from './offsets';

export interface Place {
  /** Reading-text offset of the text element. */
  offset: number;
  /** How far (px) the element's top is above the viewport's top. */
  delta: number;
}

/** How long the layout must stay still, with the webview laid out, before the place counts as settled. */
const SETTLED_AFTER_MS = 1000;
/** Lets go after this long whatever happens (a place that cannot be reached stops being chased). */
const GIVE_UP_AFTER_MS = 10_000;
const HELD_SECTION = 'held';
const USER_EVENTS = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

export class PlaceKeeper {
  private target: Place | undefined;
  private section: HTMLElement | undefined;
  /** When the webview first had a size; the give-up time counts from there. */
  private started: number | undefined;
  private lastMove = 0;
  /** Where the place's element sat in the page and where the page was scrolled at the last check. */
  private lastDocumentTop: number | undefined;
  private lastScrollY = 0;
  private frame = 0;
  private readonly letGo = () => this.release();

  constructor(private readonly index: () => SegmentIndex | undefined) {}

  /** The place being kept, if any: this, not the current scroll position, is what should be saved. */
  get place(): Place | undefined {
    return this.target;
  }

  keep(place: Place): void {
    this.release();
    this.target = place;
    this.started = undefined;
    this.lastMove = performance.now();
    this.lastDocumentTop = undefined;
    for (const type of USER_EVENTS) window.addEventListener(type, this.letGo, { passive: true, capture: true });
    document.addEventListener('selectionchange', this.letGo);
    window.addEventListener('resize', this.check);
    this.check();
  }

  release(): void {
    if (!this.target) return;
    this.target = undefined;
    this.section?.classList.remove(HELD_SECTION);
    this.section = undefined;
    cancelAnimationFrame(this.frame);
    for (const type of USER_EVENTS) window.removeEventListener(type, this.letGo, { capture: true });
    document.removeEventListener('selectionchange', this.letGo);
    window.removeEventListener('resize', this.check);
  }

  private readonly check = (): void => {
    cancelAnimationFrame(this.frame);
    const target = this.target;
    if (!target) return;
    const now = performance.now();
    // Nothing can be measured while the webview has no size or is not displayed.
    if (window.innerWidth === 0 || window.innerHeight === 0) {
      this.lastDocumentTop = undefined;
      this.frame = requestAnimationFrame(this.check);
      return;
    }
    this.started ??= now;
    if (now - this.started > GIVE_UP_AFTER_MS) return this.release();
    // The element may not be drawn yet (the article is still loading): wait for it.
    const element = this.index()?.elementWithOffset(target.offset);
    if (element?.getClientRects().length) {
      this.holdSection(element);
      const top = element.getBoundingClientRect().top;
      const documentTop = top + window.scrollY;
      if (this.lastDocumentTop !== undefined && documentTop === this.lastDocumentTop && window.scrollY !== this.lastScrollY) {
        // The page was scrolled while the place itself stayed where it was: someone moved on purpose.
        return this.release();
      }
      if (Math.abs(top + target.delta) > 1) {
        window.scrollTo(0, documentTop + target.delta);
        this.lastMove = now;
      } else if (documentTop !== this.lastDocumentTop) {
        this.lastMove = now;
      }
      this.lastDocumentTop = documentTop;
      this.lastScrollY = window.scrollY;
      if (now - this.lastMove > SETTLED_AFTER_MS) return this.release();
    } else {
      this.lastMove = now;
      this.lastDocumentTop = undefined;
    }
    this.frame = requestAnimationFrame(this.check);
  };

  /** Keeps the place's section drawn for real, so that neither it nor the scroll anchoring falls back to a placeholder. */
  private holdSection(element: HTMLElement): void {
    const section = element.closest<HTMLElement>('.section') ?? undefined;
    if (section === this.section) return;
    this.section?.classList.remove(HELD_SECTION);
    section?.classList.add(HELD_SECTION);
    this.section = section;
  }
}
