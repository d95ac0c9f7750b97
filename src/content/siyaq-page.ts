/**
 * Siyaq at work on one page: the marks, the scanner that keeps them in step with the page, and
 * the card and sidebar (page-ui.ts, loaded when the reader first wants one). It can be stopped
 * at any moment (the reader turned the site off) and leaves nothing behind: no mark, no
 * listener, no element.
 */
import type { EntityRef } from '../match/catalogue-types';
import { sendToBackground } from '../messages/runtime';
import type { MarkMode, UiLanguage } from '../settings/schema';
import { epochNow, type PageDate } from '../ui/frame/frame-calls';
import type { SidebarRoute } from '../ui/sidebar/history';
import { setUiLanguage, uiLanguage } from '../ui/shared/ui-language';
import { findArticleRoot } from './dom/article-root';
import { extensionGone } from './extension-gone';
import type { PageUiModule } from './modules';
import { ClickController } from './click';
import { HoverController, type HoverTarget } from './hover';
import { MarkLayer } from './marks';
import { MentionStore } from './mention-store';
import { pageDate } from './page-date';
import { pageFinder } from './page-finder';
import { PageScanner } from './page-scanner';
import { randomHex } from './random-hex';
import type { PageUi } from './page-ui';
import { countSlice, newStats, type WorkStats } from './scheduler';
import { recordCost, recordMarksShown } from './self-timing';

export interface PageConfig {
  markMode: MarkMode;
  uiLanguage: UiLanguage;
  hoverDelayMs: number;
}

export class SiyaqPage {
  private layer!: MarkLayer;
  private store!: MentionStore;
  /**
   * Every entity the background's answers have named on this page, the catalogue's and the
   * reader's own (see page-finder.ts): what the card and the sidebar read.
   */
  private readonly known = new Map<string, EntityRef>();
  private date: PageDate | undefined;
  private article: Element | undefined;
  private ui: Promise<PageUi> | null = null;
  /** The UI once loaded. */
  private uiNow: PageUi | null = null;
  /** Counts the card's hides, so that a show waiting for the UI to load is dropped after one. */
  private cardHides = 0;
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
    /** Loads page-ui.js. */
    private readonly loadUiModule: () => Promise<PageUiModule>,
  ) {
    setUiLanguage(config.uiLanguage);
  }

  get entityCount(): number {
    return this.store?.entityCount ?? 0;
  }

  /**
   * Builds everything and starts scanning the article; `started` is when the content script
   * began. Returns once the page is set up, not when the scan ends, so that turning the site
   * off while a huge page is being scanned takes effect at once.
   */
  start(started: number): void {
    const setup = performance.now();
    const { doc } = this;
    this.article = findArticleRoot(doc);
    // Roles are read on the page's own date: «الرئيس الأمريكي» is Biden in 2024, Trump in 2025.
    this.date = pageDate(doc, this.article);
    this.layer = new MarkLayer(doc);
    this.store = new MentionStore(this.layer, this.config.markMode);
    this.hover = new HoverController(doc, this.store, this.card, this.config.hoverDelayMs);
    this.click = new ClickController(doc, this.store, (m, eventTime) => {
      this.hover.dismiss(m);
      void this.loadUi().then((ui) => ui.sidebar.open({ kind: 'entity', id: m.id }, performance.timeOrigin + eventTime, m));
    });
    doc.defaultView!.addEventListener('keydown', this.onKeyDown, { capture: true });
    this.scanner = this.newScanner();
    countSlice(this.stats, performance.now() - setup);
    const { scanner, layer } = this;
    void scanner
      .start()
      .then(() => layer.settled())
      .then(() => {
        if (!scanner.isStopped) recordMarksShown(started);
      });
  }

  private newScanner(): PageScanner {
    return new PageScanner(
      this.doc,
      this.article!,
      pageFinder(this.date!.date, this.known),
      this.store,
      () => {
        this.onChange();
        this.uiNow?.sidebar.refresh();
        recordCost(this.stats);
      },
      this.stats,
    );
  }

  /**
   * The reader's actors changed (added from this very page, perhaps): the page is read again
   * with them (the background scans with the new ones), and the card and sidebar stay as they are.
   */
  actorsChanged(): void {
    if (this.stopped || !this.scanner) return;
    this.scanner.stop();
    this.store.clear();
    this.scanner = this.newScanner();
    void this.scanner.start();
  }

  /** The card and sidebar, loaded on first need (the module once per page, the frames later still). */
  private loadUi(): Promise<PageUi> {
    // Orphaned by an update, the page can do nothing more for the reader: its marks go, rather
    // than promising a card or sidebar that cannot come.
    const orphaned = () => this.stop();
    if (extensionGone()) {
      orphaned();
      return Promise.reject(new Error('extension gone'));
    }
    // A failed load (the background restarting as the frame registered) is tried again next time.
    this.ui ??= this.createUi(orphaned).catch((err: unknown) => {
      this.ui = null;
      throw err;
    });
    return this.ui;
  }

  private async createUi(orphaned: () => void): Promise<PageUi> {
    // The secret the UI frames ask the background for, to know this script from the page: made
    // and registered when the reader first wants a card or the sidebar, so that a page that is
    // only read costs no message for it.
    const token = randomHex(16);
    const [m] = await Promise.all([this.loadUiModule(), sendToBackground('frame/register', { token })]);
    if (this.stopped) throw new Error('stopped');
    return (this.uiNow = m.createUi({
      doc: this.doc,
      entities: this.known,
      store: this.store,
      layer: this.layer,
      token,
      language: uiLanguage(),
      date: this.date!,
      orphaned,
      cardPointer: (inside) => this.hover.cardPointer(inside),
    }));
  }

  /** The card as the hover controller drives it, loading the UI on the first rest on a name. */
  private readonly card: HoverTarget = ((page: SiyaqPage): HoverTarget => ({
    prefetch: (m) => void page.loadUi().then((ui) => ui.card.prefetch(m), () => undefined),
    show: (m, x, y) => {
      const hides = page.cardHides;
      void page.loadUi().then((ui) => hides === page.cardHides && ui.card.show(m, x, y), () => undefined);
    },
    hide: () => {
      page.cardHides++;
      page.uiNow?.card.hide();
    },
    get shown() {
      return page.uiNow?.card.shown ?? null;
    },
  }))(this);

  configure(config: PageConfig): void {
    this.config = config;
    setUiLanguage(config.uiLanguage);
    this.store.setMode(config.markMode);
    this.hover.setDwell(config.hoverDelayMs);
    this.uiNow?.card.setLanguage(uiLanguage());
    this.uiNow?.sidebar.setLanguage(uiLanguage());
  }

  /** Opens the sidebar on a route (a search, the form to add an actor), or toggles it. */
  toggleSidebar(route: SidebarRoute | null): void {
    const since = epochNow();
    void this.loadUi().then((ui) => ui.sidebar.toggle(route, since), () => undefined);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    // Stopped while still loading its data: nothing was built yet.
    if (!this.scanner) return;
    this.scanner.stop();
    this.hover.dispose();
    this.click.dispose();
    this.doc.defaultView!.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.uiNow?.dispose();
    this.uiNow = null;
    this.store.clear();
    this.layer.dispose();
  }

  // Escape closes the innermost thing open: the card, then the sidebar. Only the reader's own
  // key press counts: a page's synthetic Escape does nothing.
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (!e.isTrusted || e.key !== 'Escape' || !this.uiNow) return;
    if (this.uiNow.card.shown) this.uiNow.card.hide();
    else if (this.uiNow.sidebar.isOpen) this.uiNow.sidebar.close();
  };
}
