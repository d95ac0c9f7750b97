/**
 * The content script. On an Arabic page it attaches Siyaq's host, finds the catalogue's entities
 * in the article, marks them, and shows cards and the sidebar; it reads the page and draws only
 * inside its own shadow root and the page's highlight registry.
 */
import { compileMatcher } from '../match/matcher';
import type { PageStatus } from '../messages/protocol';
import { listen, sendToBackground } from '../messages/transport';
import { loadSettings } from '../settings/storage';
import { CardView } from './card-view';
import { catalogue, entities } from './catalogue';
import { attachHost } from './host';
import { ClickController } from './click';
import { HoverController } from './hover';
import { isArabicPage } from './language';
import { MarkLayer } from './marks';
import { MentionStore } from './mention-store';
import { PageScanner } from './page-scanner';
import { sampleText } from './sample';
import { SidebarView } from './sidebar-view';
import { countSlice, newStats } from './scheduler';
import { publishCost, publishMarksShown } from './timings';

async function start(): Promise<void> {
  const started = performance.now();
  const body = document.body;
  if (!body || !isArabicPage(document.documentElement.getAttribute('lang'), sampleText(body))) return;
  const stats = newStats();
  countSlice(stats, performance.now() - started);
  const settings = await loadSettings();
  const setupStarted = performance.now();

  const host = attachHost(document);
  const layer = new MarkLayer(document);
  const store = new MentionStore(layer, settings.markMode);
  const status: PageStatus = { active: true, entities: 0 };
  const report = (): void => {
    status.entities = store.counts().size;
    void sendToBackground('page/report', status).catch(() => {
      // The background may be restarting; the next report reaches it.
    });
  };
  const sidebar = new SidebarView(host.shadow, entities, store, layer, {
    background: (id) => sendToBackground('entity/background', { id }),
    search: (text) => sendToBackground('corpus/search', { text }),
  });
  const card = new CardView(
    host.shadow,
    entities,
    (id) => sendToBackground('entity/summary', { id }),
    (id) => sidebar.open({ kind: 'entity', id }),
  );
  new HoverController(document, store, host.element, card, settings.hoverDelayMs);
  new ClickController(document, store, (m, since) => {
    card.hide();
    sidebar.open({ kind: 'entity', id: m.id }, since);
  });
  // Escape closes the innermost thing open: the card, then the sidebar.
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape') return;
      if (card.shown) card.hide();
      else if (sidebar.isOpen) sidebar.close();
    },
    { capture: true },
  );
  const scanner = new PageScanner(
    document,
    compileMatcher(catalogue),
    entities,
    store,
    () => {
      report();
      sidebar.refresh();
      publishCost(started, stats);
    },
    stats,
  );
  listen({
    'page/status': () => status,
    'sidebar/toggle': ({ search }) => {
      sidebar.toggle(search ? { kind: 'search', text: search } : undefined);
      return null;
    },
  });
  countSlice(stats, performance.now() - setupStarted);
  await scanner.start();
  publishMarksShown(started);
}

void start();
