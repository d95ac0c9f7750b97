/**
 * Places Siyaq's card frame beside the line the pointer rests on, kept inside the viewport and
 * never over the name itself. The frame draws the card and fetches its summary; this side knows
 * only where the mention is and how big the card says it is.
 */
import { entityRef, type EntityRef } from '../match/catalogue-types';
import { epochNow, type CardSize, type CardToHost, type FrameLanguage, type HostToCard, type PageDate } from '../ui/frame/frame-calls';
import { extensionGone } from './extension-gone';
import { FrameHost } from './frame-host';
import { rectAtPoint } from './hit-test';
import type { HoverTarget } from './hover';
import { liveRange, type PageMention } from './mention-store';

const GAP = 6;
const MARGIN = 8;
// The card's width, and the transparent edge of the frame around it that its shadow falls on.
const CARD_WIDTH = 352;
const EDGE = 8;

export interface CardEvents {
  openSidebar(id: string, since: number): void;
  /** The pointer went into the card or left it. */
  pointer(inside: boolean): void;
  /** The extension is gone from under the page (see extensionGone). */
  orphaned(): void;
  /** A card is about to be wanted: what may follow it can be warmed too. */
  prefetched(): void;
}

export class CardView implements HoverTarget {
  private frame: FrameHost<CardToHost, HostToCard> | null = null;
  private current: PageMention | null = null;
  private anchor: { x: number; y: number } | null = null;

  constructor(
    private readonly shadow: ShadowRoot,
    private readonly entities: ReadonlyMap<string, EntityRef>,
    private readonly token: string,
    private uiLanguage: FrameLanguage,
    private readonly page: PageDate,
    private readonly events: CardEvents,
  ) {}

  get shown(): PageMention | null {
    return this.current;
  }

  setLanguage(uiLanguage: FrameLanguage): void {
    this.uiLanguage = uiLanguage;
    void this.frame?.peer().then((p) => p.call('frame/language', { uiLanguage }), () => undefined);
  }

  /** The pointer came to rest on a mark: load the frame and the summary while the dwell runs. */
  prefetch(mention: PageMention): void {
    const entity = this.refOf(mention);
    void this.card().then((p) => p.call('card/prefetch', { entity, written: mention.text, page: this.page }), () => undefined);
    this.events.prefetched();
  }

  show(mention: PageMention, x: number, y: number): void {
    const since = epochNow();
    this.current = mention;
    this.anchor = { x, y };
    const entity = this.refOf(mention);
    void this.card()
      .then((p) => p.call('card/show', { entity, written: mention.text, page: this.page, since }))
      .then(
        (size) => this.current === mention && this.place(mention, size),
        () => undefined,
      );
  }

  hide(): void {
    if (!this.current) return;
    this.current = null;
    if (!this.frame) return;
    this.frame.iframe.style.visibility = 'hidden';
    void this.frame.peer().then((p) => p.call('card/hide', null), () => undefined);
  }

  private refOf(mention: PageMention): EntityRef {
    return entityRef(this.entities.get(mention.id)!);
  }

  dispose(): void {
    this.frame?.dispose();
    this.frame = null;
  }

  private card() {
    if (extensionGone()) {
      this.events.orphaned();
      return Promise.reject(new Error('extension gone'));
    }
    this.frame ??= new FrameHost<CardToHost, HostToCard>({
      parent: this.shadow,
      page: 'card',
      token: this.token,
      uiLanguage: this.uiLanguage,
      // Laid out at the card's width from the start, so the height it reports first is right.
      // Above the sidebar, whose names it may describe.
      style: { position: 'fixed', zIndex: '2', visibility: 'hidden', top: '0', left: '0', width: `${CARD_WIDTH + 2 * EDGE}px`, height: '0' },
      handlers: {
        'card/resized': (size) => {
          if (this.current) this.place(this.current, size);
          return null;
        },
        'card/pointer': ({ inside }) => {
          this.events.pointer(inside);
          return null;
        },
        'card/open-sidebar': ({ id, since }) => {
          this.hide();
          this.events.openSidebar(id, since);
          return null;
        },
        'card/close': () => {
          this.hide();
          return null;
        },
      },
      // The page navigated the old frame away: whatever it showed is gone with it.
      onRebuilt: () => this.hide(),
    });
    return this.frame.peer();
  }

  /**
   * Below the line it describes, or above when there is more room there; never over the name
   * itself (the card shrinks and scrolls instead) and never off screen.
   */
  private place(mention: PageMention, size: CardSize): void {
    const iframe = this.frame?.iframe;
    if (!iframe || !this.anchor) return;
    const line = rectAtPoint(liveRange(mention), this.anchor.x, this.anchor.y);
    const view = this.shadow.ownerDocument.documentElement;
    const vw = view.clientWidth;
    const vh = view.clientHeight;
    const width = Math.min(CARD_WIDTH, vw - 2 * MARGIN);
    const below = vh - line.bottom - GAP - MARGIN;
    const above = line.top - GAP - MARGIN;
    const goBelow = size.height <= below || below >= above;
    const shown = Math.min(size.height, Math.max(0, goBelow ? below : above));
    const top = goBelow ? line.bottom + GAP : line.top - GAP - shown;
    // Arabic reads from the right: align the card's right edge with the name's.
    const left = Math.max(MARGIN, Math.min(line.right - width, vw - width - MARGIN));
    Object.assign(iframe.style, {
      top: `${Math.round(top) - EDGE}px`,
      left: `${Math.round(left) - EDGE}px`,
      width: `${width + 2 * EDGE}px`,
      height: `${Math.round(shown) + 2 * EDGE}px`,
      visibility: 'visible',
    });
  }
}
