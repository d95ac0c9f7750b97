/**
 * Pointer and focus behaviour around marks: a card appears after the pointer rests on a mark
 * for the dwell time (or at once when a link around a name takes keyboard focus), stays while
 * the pointer moves into it, and closes on scrolling or shortly after the pointer leaves both.
 * Listeners are passive and never cancel anything, so links, selection and the page's own
 * handlers work as before; only trusted events count, so a page cannot open or close the card.
 */
import { mentionAtPoint } from './hit-test';
import { liveRange, type MentionStore, type PageMention } from './mention-store';

// Time to move the pointer from a mark into its card without the card closing.
const LEAVE_GRACE_MS = 300;

export interface HoverTarget {
  show(mention: PageMention, x: number, y: number): void;
  /** Called as soon as the pointer rests on a mark, before the dwell ends, to warm data. */
  prefetch(mention: PageMention): void;
  hide(): void;
  readonly shown: PageMention | null;
}

export class HoverController {
  private candidate: PageMention | null = null;
  private dwellTimer: ReturnType<typeof setTimeout> | null = null;
  private leaveTimer: ReturnType<typeof setTimeout> | null = null;
  private frame = 0;
  private lastX = NaN;
  private lastY = NaN;
  private readonly win: Window;

  constructor(
    private readonly doc: Document,
    private readonly store: MentionStore,
    private readonly target: HoverTarget,
    private dwellMs: number,
  ) {
    this.win = doc.defaultView!;
    this.win.addEventListener('pointermove', this.onPointerMove, { capture: true, passive: true });
    this.win.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.win.addEventListener('focusin', this.onFocusIn, { capture: true });
    this.win.addEventListener('focusout', this.onFocusOut, { capture: true });
  }

  /**
   * The reader chose the mark under the pointer (clicked it open in the sidebar): no card for it
   * now, nor while the pointer stays on it.
   */
  dismiss(chosen: PageMention): void {
    this.win.cancelAnimationFrame(this.frame);
    this.clearTimers();
    this.candidate = chosen;
    this.target.hide();
  }

  setDwell(ms: number): void {
    this.dwellMs = ms;
  }

  dispose(): void {
    this.win.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    this.win.removeEventListener('scroll', this.onScroll, { capture: true });
    this.win.removeEventListener('focusin', this.onFocusIn, { capture: true });
    this.win.removeEventListener('focusout', this.onFocusOut, { capture: true });
    this.win.cancelAnimationFrame(this.frame);
    this.clearTimers();
    this.target.hide();
  }

  /**
   * The card's frame says the pointer went into it or left it (the page sees no pointer events
   * over the frame): inside keeps the card; leaving starts the same grace as leaving a mark.
   */
  cardPointer(inside: boolean): void {
    if (inside) this.cancelLeave();
    else if (this.target.shown && this.leaveTimer === null) this.startLeave();
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    const { clientX: x, clientY: y } = event;
    // The browser also sends a pointermove when the page moves under a still pointer (the
    // sidebar docking reflows it): only the reader moving the pointer starts a card.
    if (!event.isTrusted || (x === this.lastX && y === this.lastY)) return;
    this.lastX = x;
    this.lastY = y;
    // Hit-testing once per frame is enough, however fast the pointer events come.
    this.win.cancelAnimationFrame(this.frame);
    this.frame = this.win.requestAnimationFrame(() => this.update(x, y));
  };

  /**
   * Keyboard focus on a page element that holds a mark (a link around a name) shows its card,
   * as resting the pointer does; leaving it closes the card.
   */
  private readonly onFocusIn = (event: FocusEvent): void => {
    const target = event.target as Element | null;
    if (!event.isTrusted || !target || target.nodeType !== Node.ELEMENT_NODE) return;
    // Only keyboard focus: a mouse click on a link focuses it too, and has its own behaviour.
    if (!target.matches(':focus-visible')) return;
    const mention = this.markedWithin(target);
    if (!mention) return;
    this.clearTimers();
    const line = liveRange(mention).getClientRects()[0];
    if (line) this.target.show(mention, line.left + line.width / 2, line.top + line.height / 2);
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    if (event.isTrusted && this.target.shown) this.target.hide();
  };

  private markedWithin(el: Element): PageMention | null {
    const walker = this.doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const [mention] = this.store.markedAt(node);
      if (mention) return mention;
    }
    return null;
  }

  private readonly onScroll = (event: Event): void => {
    if (event.isTrusted && this.target.shown) this.target.hide();
  };

  private update(x: number, y: number): void {
    const mention = mentionAtPoint(this.doc, this.store, x, y);
    if (mention !== null && mention === this.target.shown) {
      this.cancelLeave();
      return;
    }
    if (mention !== this.candidate) {
      this.candidate = mention;
      if (this.dwellTimer !== null) clearTimeout(this.dwellTimer);
      this.dwellTimer = null;
      if (mention) {
        this.target.prefetch(mention);
        this.dwellTimer = setTimeout(() => {
          this.dwellTimer = null;
          this.cancelLeave();
          this.target.show(mention, x, y);
        }, this.dwellMs);
      }
    }
    if (this.target.shown && this.leaveTimer === null) this.startLeave();
  }

  private startLeave(): void {
    this.leaveTimer = setTimeout(() => {
      this.leaveTimer = null;
      this.target.hide();
    }, LEAVE_GRACE_MS);
  }

  private cancelLeave(): void {
    if (this.leaveTimer !== null) clearTimeout(this.leaveTimer);
    this.leaveTimer = null;
  }

  private clearTimers(): void {
    this.cancelLeave();
    if (this.dwellTimer !== null) clearTimeout(this.dwellTimer);
    this.dwellTimer = null;
  }
}
