/**
 * Siyaq at work on one page: the host, the marks, the card and the sidebar, and the scanner that
 * keeps them in step with the page. It can be stopped at any moment (the reader turned the site
 * off) and leaves nothing behind: no mark, no listener, no element.
 */
import type { UserActor } from '../library/types';
import type { EntityRef } from '../match/catalogue-types';
import { compileMatcher } from '../match/matcher';
import { actorEntities } from '../match/user-actors';
import { pageMatcher } from '../match/page-matcher';
import { runtime, sendToBackground } from '../messages/runtime';
import type { MarkMode } from '../settings/schema';
import { epochNow, type FrameLanguage } from '../ui/frame/frame-calls';
import { uiLanguage } from '../ui/shared/ui-language';
import { CardView } from './card-view';
import { DATA_FILE, loadContentData, type ContentData } from './data-file';
import { findArticleRoot } from './dom/article-root';
import { pageDate } from './page-date';
import { ClickController } from './click';
import { attachHost, type Host } from './host';
import { HoverController } from './hover';
import { MarkLayer } from './marks';
import { MentionStore } from './mention-store';
import { PageScanner } from './page-scanner';
import { countSlice, newStats, type WorkStats } from './scheduler';
import { recordCost, recordMarksShown } from './self-timing';
import { SidebarView } from './sidebar-view';

export interface PageConfig {
  markMode: MarkMode;
  hoverDelayMs: number;
  /** The reader's own actors, marked like the catalogue's. */
  actors: UserActor[];
}

// Loaded once per content script: a page that turns Siyaq off and on again reuses it.
let data: Promise<ContentData> | null = null;

export class SiyaqPage {
  private host!: Host;
  private layer!: MarkLayer;
  private store!: MentionStore;
  private card!: CardView;
  private sidebar!: SidebarView;
  private hover!: HoverController;
  private click!: ClickController;
  private scanner!: PageScanner;
  private readonly stats: WorkStats = newStats();
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private config: PageConfig,
    /** Called whenever the entities found change. */
    private readonly onChange: () => void,
  ) {}

  get entityCount(): number {
    return this.store?.entityCount ?? 0;
  }

  /**
   * Builds everything and starts scanning the article; `started` is when the content script
   * began. Resolves once the page is set up, not when the scan ends, so that turning the site
   * off while a huge page is being scanned takes effect at once.
   */
  async start(started: number): Promise<void> {
    // The secret the UI frames will ask the background for, to know this script from the page.
    const token = frameToken();
    const registered = sendToBackground('frame/register', { token });
    data ??= loadContentData(runtime.getURL(DATA_FILE));
    const { plain, derived, entities, offices, people } = await data;
    await registered;
    const setup = performance.now();
    const { doc } = this;
    const language: FrameLanguage = uiLanguage();
    // Roles are read on the page's own date: «الرئيس الأمريكي» is Biden in 2024, Trump in 2025.
    const date = pageDate(doc, findArticleRoot(doc));
    const own = actorEntities(this.config.actors);
    const known: ReadonlyMap<string, EntityRef> = own.length === 0 ? entities : new Map([...entities, ...own.map((e) => [e.id, e] as const)]);
    const ownPeople = own.length === 0 ? people : new Set([...people, ...own.filter((e) => e.type === 'person').map((e) => e.id)]);
    const matcher = pageMatcher(plain, derived, { date: date.date, offices, people: ownPeople }, own.length === 0 ? null : compileMatcher({ version: 1, entities: own }));
    this.host = attachHost(doc);
    this.layer = new MarkLayer(doc);
    this.store = new MentionStore(this.layer, this.config.markMode);
    // Orphaned by an update, the page can do nothing more for the reader: its marks go, rather
    // than promising a card or sidebar that cannot come.
    const orphaned = () => this.stop();
    this.sidebar = new SidebarView(this.host.shadow, known, this.store, this.layer, token, language, date, orphaned);
    this.card = new CardView(this.host.shadow, known, token, language, date, {
      openSidebar: (id, since) => this.sidebar.open({ kind: 'entity', id }, since),
      pointer: (inside) => this.hover.cardPointer(inside),
      orphaned,
      // A reader who rests on names is likely to open one: the sidebar loads meanwhile.
      prefetched: () => this.sidebar.preload(),
    });
    this.hover = new HoverController(doc, this.store, this.card, this.config.hoverDelayMs);
    this.click = new ClickController(doc, this.store, (m, eventTime) => {
      this.hover.dismiss(m);
      this.sidebar.open({ kind: 'entity', id: m.id }, performance.timeOrigin + eventTime, m);
    });
    doc.defaultView!.addEventListener('keydown', this.onKeyDown, { capture: true });
    this.scanner = new PageScanner(
      doc,
      matcher,
      known,
      this.store,
      () => {
        this.onChange();
        this.sidebar.refresh();
        recordCost(this.stats);
      },
      this.stats,
    );
    countSlice(this.stats, performance.now() - setup);
    const scanner = this.scanner;
    void scanner.start().then(() => {
      if (!scanner.isStopped) recordMarksShown(started);
    });
  }

  configure(config: PageConfig): void {
    this.config = config;
    this.store.setMode(config.markMode);
    this.hover.setDwell(config.hoverDelayMs);
    this.card.setLanguage(uiLanguage());
    this.sidebar.setLanguage(uiLanguage());
  }

  toggleSidebar(search?: string): void {
    this.sidebar.toggle(search ? { kind: 'search', text: search } : null, epochNow());
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.scanner.stop();
    this.hover.dispose();
    this.click.dispose();
    this.doc.defaultView!.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.card.dispose();
    this.sidebar.dispose();
    this.store.clear();
    this.layer.dispose();
    this.host.dispose();
  }

  // Escape closes the innermost thing open: the card, then the sidebar. Only the reader's own
  // key press counts: a page's synthetic Escape does nothing.
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (!e.isTrusted || e.key !== 'Escape') return;
    if (this.card.shown) this.card.hide();
    else if (this.sidebar.isOpen) this.sidebar.close();
  };
}

function frameToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
