/**
 * Siyaq's UI on a page: the host element and the card and sidebar frames it holds. Most pages
 * are read without a hover or a click on a name, so this is a module of its own (page-ui.js),
 * loaded by the content script on the reader's first hover, click or command: the part every
 * page evaluates stays small.
 */
import type { EntityRef } from '../match/catalogue-types';
import type { FrameLanguage, PageDate } from '../ui/frame/frame-calls';
import { CardView, type CardEvents } from './card-view';
import { attachHost } from './host';
import type { MarkLayer } from './marks';
import type { MentionStore } from './mention-store';
import { SidebarView } from './sidebar-view';

export interface UiContext {
  doc: Document;
  entities: ReadonlyMap<string, EntityRef>;
  store: MentionStore;
  layer: MarkLayer;
  /** The secret the frames ask the background for, to know this script from the page. */
  token: string;
  language: FrameLanguage;
  date: PageDate;
  /** The extension is gone from under the page. */
  orphaned(): void;
  /** The pointer went into the card or left it. */
  cardPointer(inside: boolean): void;
}

export interface PageUi {
  card: CardView;
  sidebar: SidebarView;
  dispose(): void;
}

export function createUi(ctx: UiContext): PageUi {
  const host = attachHost(ctx.doc);
  const sidebar = new SidebarView(host.shadow, ctx.entities, ctx.store, ctx.layer, ctx.token, ctx.language, ctx.date, ctx.orphaned);
  const events: CardEvents = {
    openSidebar: (id, since) => sidebar.open({ kind: 'entity', id }, since),
    pointer: ctx.cardPointer,
    orphaned: ctx.orphaned,
    // A reader who rests on names is likely to open one: the sidebar loads meanwhile.
    prefetched: () => sidebar.preload(),
  };
  const card = new CardView(host.shadow, ctx.entities, ctx.token, ctx.language, ctx.date, events);
  return {
    card,
    sidebar,
    dispose() {
      card.dispose();
      sidebar.dispose();
      host.dispose();
    },
  };
}
