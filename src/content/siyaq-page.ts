/**
 * Siyaq at work on one page: the host, the marks, the card and the sidebar, and the scanner that
 * keeps them in step with the page. It can be stopped at any moment (the reader turned the site
 * off) and leaves nothing behind: no mark, no listener, no element.
 */
import { compileMatcherSteps, type Matcher } from '../match/matcher';
import { sendToBackground } from '../messages/transport';
import type { MarkMode } from '../settings/schema';
import { CardView } from './card-view';
import { catalogue, entities } from './catalogue';
import { ClickController } from './click';
import { attachHost, type Host } from './host';
import { HoverController } from './hover';
import { MarkLayer } from './marks';
import { MentionStore } from './mention-store';
import { PageScanner } from './page-scanner';
import { countSlice, newStats, runSliced, type WorkStats } from './scheduler';
import { SidebarView } from './sidebar-view';
import { publishCost, publishMarksShown } from './timings';

export interface PageConfig {
  markMode: MarkMode;
  hoverDelayMs: number;
}

let matcher: Matcher | null = null;

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
    // Compiling the catalogue is the biggest piece of start-up: it runs in slices of its own.
    matcher ??= await runSliced(compileMatcherSteps(catalogue), this.stats);
    const setup = performance.now();
    const { doc } = this;
    this.host = attachHost(doc);
    this.layer = new MarkLayer(doc);
    this.store = new MentionStore(this.layer, this.config.markMode);
    this.sidebar = new SidebarView(this.host.shadow, entities, this.store, this.layer, {
      background: (id) => sendToBackground('entity/background', { id }),
      search: (text) => sendToBackground('corpus/search', { text }),
    });
    this.card = new CardView(
      this.host.shadow,
      entities,
      (id) => sendToBackground('entity/summary', { id }),
      (id) => this.sidebar.open({ kind: 'entity', id }),
    );
    this.hover = new HoverController(doc, this.store, this.host.element, this.card, this.config.hoverDelayMs);
    this.click = new ClickController(doc, this.store, (m, since) => {
      this.card.hide();
      this.sidebar.open({ kind: 'entity', id: m.id }, since);
    });
    doc.defaultView!.addEventListener('keydown', this.onKeyDown, { capture: true });
    this.scanner = new PageScanner(
      doc,
      matcher!,
      entities,
      this.store,
      () => {
        this.onChange();
        this.sidebar.refresh();
        publishCost(started, this.stats);
      },
      this.stats,
    );
    countSlice(this.stats, performance.now() - setup);
    const scanner = this.scanner;
    void scanner.start().then(() => {
      if (!scanner.isStopped) publishMarksShown(started);
    });
  }

  configure(config: PageConfig): void {
    this.config = config;
    this.store.setMode(config.markMode);
    this.hover.setDwell(config.hoverDelayMs);
  }

  toggleSidebar(search?: string): void {
    this.sidebar.toggle(search ? { kind: 'search', text: search } : undefined);
  }

  stop(): void {
    this.scanner.stop();
    this.hover.dispose();
    this.click.dispose();
    this.doc.defaultView!.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.sidebar.close();
    this.store.clear();
    this.layer.dispose();
    this.host.dispose();
  }

  // Escape closes the innermost thing open: the card, then the sidebar.
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    if (this.card.shown) this.card.hide();
    else if (this.sidebar.isOpen) this.sidebar.close();
  };
}
