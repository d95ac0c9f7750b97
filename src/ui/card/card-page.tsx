/**
 * The card frame (card.html): draws the card the host asks for, fetches its summary from the
 * background, and tells the host its size, where the pointer is, and what the reader chose.
 */
import { render } from 'preact';
import type { CardSummary } from '../../messages/protocol';
import { sendToBackground } from '../../messages/transport';
import { epochNow, type CardShow, type CardSize, type CardToHost, type HostToCard } from '../frame/frame-calls';
import { acceptHost } from '../frame/frame-link';
import { markPainted, setFrameLanguage, styleFrame } from '../frame/frame-page';
import type { Peer } from '../frame/port-rpc';
import { Card, type SummaryState } from './Card';
import { CARD_CSS } from './card-css';

const root = styleFrame(CARD_CSS);
const summaries = new Map<string, Promise<CardSummary>>();
const resolved = new Map<string, CardSummary>();
let current: CardShow | null = null;
let host: Peer<CardToHost> | null = null;

/** The card's summary of an entity, as of the page's date (one page, one date, per frame). */
function summary(id: string, date: string): Promise<CardSummary> {
  let p = summaries.get(id);
  if (!p) {
    p = sendToBackground('entity/summary', { id, date });
    // A failure (the background restarting, the extension updated) is not cached.
    p.then(
      (s) => resolved.set(id, s),
      () => summaries.delete(id),
    );
    summaries.set(id, p);
  }
  return p;
}

function cardSize(): CardSize {
  const card = root.firstElementChild as HTMLElement | null;
  return card ? { width: card.offsetWidth, height: card.offsetHeight } : { width: 0, height: 0 };
}

/** Draws the card; `show.since` set means the reader is waiting for it, and its paint is timed. */
function draw(show: CardShow | Omit<CardShow, 'since'>, state: SummaryState): void {
  render(
    <Card
      written={show.written}
      entity={show.entity}
      page={show.page}
      summary={state}
      onOpen={() => void host?.call('card/open-sidebar', { id: show.entity.id, since: epochNow() })}
    />,
    root,
  );
  if (state.state === 'ready' && 'since' in show) markPainted('siyaq:card-painted', show.since);
}

function showCard(show: CardShow): CardSize {
  current = show;
  const ready = resolved.get(show.entity.id);
  // Usually the summary arrived while the pointer rested (prefetch): draw it at once.
  if (ready) {
    draw(show, { state: 'ready', summary: ready });
    return cardSize();
  }
  draw(show, { state: 'loading' });
  summary(show.entity.id, show.page.date).then(
    (s) => current === show && draw(show, { state: 'ready', summary: s }),
    () => current === show && draw(show, { state: 'failed' }),
  );
  return cardSize();
}

new ResizeObserver(() => {
  if (current) void host?.call('card/resized', cardSize());
}).observe(root);

const html = document.documentElement;
html.addEventListener('pointerenter', () => void host?.call('card/pointer', { inside: true }));
html.addEventListener('pointerleave', () => void host?.call('card/pointer', { inside: false }));
addEventListener('keydown', (e) => {
  if (e.key === 'Escape') void host?.call('card/close', null);
});

void acceptHost<HostToCard, CardToHost>({
  'card/prefetch': (next) => {
    // Drawn while the frame is hidden, so that showing it is a repaint, not a first layout.
    if (!current) {
      draw(next, { state: 'loading' });
      summary(next.entity.id, next.page.date).then((s) => !current && draw(next, { state: 'ready', summary: s }), () => undefined);
    } else void summary(next.entity.id, next.page.date).catch(() => undefined);
    return null;
  },
  'card/show': showCard,
  'card/hide': () => {
    current = null;
    render(null, root);
    return null;
  },
  'frame/language': ({ uiLanguage }) => {
    setFrameLanguage(uiLanguage, 'cardFrameTitle');
    if (current) showCard(current);
    return null;
  },
}).then(({ peer, hello }) => {
  host = peer;
  setFrameLanguage(hello.uiLanguage, 'cardFrameTitle');
});
