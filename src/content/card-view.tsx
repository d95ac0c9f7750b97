/**
 * Shows the card for a mention inside Siyaq's shadow root, placed beside the line the pointer
 * rests on and kept inside the viewport. Summaries come from the background once per entity.
 */
import { render } from 'preact';
import type { CatalogueEntity } from '../match/catalogue-types';
import type { CardSummary } from '../messages/protocol';
import { Card, type SummaryState } from '../ui/card/Card';
import { CARD_CSS } from '../ui/card/card-css';
import { adoptCss } from '../ui/shared/adopt-css';
import { applyLocale } from '../ui/shared/i18n';
import { rectAtPoint } from './hit-test';
import type { HoverTarget } from './hover';
import { liveRange, type PageMention } from './mention-store';
import { publishPaint } from './timings';

const GAP = 6;
const MARGIN = 8;

export class CardView implements HoverTarget {
  private readonly layer: HTMLElement;
  private readonly summaries = new Map<string, Promise<CardSummary>>();
  private readonly resolved = new Map<string, CardSummary>();
  private current: PageMention | null = null;
  private anchor: { x: number; y: number } | null = null;

  constructor(
    shadow: ShadowRoot,
    private readonly entities: ReadonlyMap<string, CatalogueEntity>,
    private readonly fetchSummary: (id: string) => Promise<CardSummary>,
    private readonly openSidebar: (id: string) => void,
  ) {
    adoptCss(shadow, CARD_CSS);
    this.layer = shadow.ownerDocument.createElement('div');
    this.layer.className = 'layer';
    applyLocale(this.layer);
    shadow.appendChild(this.layer);
  }

  get shown(): PageMention | null {
    return this.current;
  }

  prefetch(mention: PageMention): void {
    void this.summary(mention.id).catch(() => undefined);
  }

  show(mention: PageMention, x: number, y: number): void {
    const started = performance.now();
    this.current = mention;
    this.anchor = { x, y };
    // Usually the summary arrived while the pointer rested (prefetch): draw it at once.
    const ready = this.resolved.get(mention.id);
    if (ready) {
      this.draw({ state: 'ready', summary: ready });
      publishPaint('siyaq:card-painted', started);
      return;
    }
    this.draw({ state: 'loading' });
    this.summary(mention.id).then(
      (summary) => {
        if (this.current !== mention) return;
        this.draw({ state: 'ready', summary });
        publishPaint('siyaq:card-painted', started);
      },
      () => this.current === mention && this.draw({ state: 'failed' }),
    );
  }

  hide(): void {
    if (!this.current) return;
    this.current = null;
    render(null, this.layer);
  }

  private summary(id: string): Promise<CardSummary> {
    let p = this.summaries.get(id);
    if (!p) {
      p = this.fetchSummary(id);
      // A failure (the background restarting, the extension updated) is not cached.
      p.then(
        (summary) => this.resolved.set(id, summary),
        () => this.summaries.delete(id),
      );
      this.summaries.set(id, p);
    }
    return p;
  }

  private draw(summary: SummaryState): void {
    const mention = this.current!;
    const entity = this.entities.get(mention.id)!;
    render(
      <Card
        written={mention.text}
        entity={entity}
        summary={summary}
        onOpen={() => {
          this.hide();
          this.openSidebar(entity.id);
        }}
      />,
      this.layer,
    );
    this.place(mention);
  }

  /**
   * Below the line it describes, or above when there is more room there; never over the name
   * itself (the card shrinks and scrolls instead) and never off screen.
   */
  private place(mention: PageMention): void {
    const card = this.layer.firstElementChild as HTMLElement | null;
    if (!card || !this.anchor) return;
    const line = rectAtPoint(liveRange(mention), this.anchor.x, this.anchor.y);
    const view = this.layer.ownerDocument.documentElement;
    const vw = view.clientWidth;
    const vh = view.clientHeight;
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    const below = vh - line.bottom - GAP - MARGIN;
    const above = line.top - GAP - MARGIN;
    const goBelow = height <= below || below >= above;
    const room = Math.max(0, goBelow ? below : above);
    if (height > room) card.style.maxHeight = `${Math.floor(room)}px`;
    const shown = Math.min(height, room);
    const top = goBelow ? line.bottom + GAP : line.top - GAP - shown;
    // Arabic reads from the right: align the card's right edge with the name's.
    const left = Math.max(MARGIN, Math.min(line.right - width, vw - width - MARGIN));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  }
}
