/**
 * Siyaq's sidebar frame on the page: docked to the left edge beside the article (Arabic
 * articles start on the right), with the page moved aside to make room where the viewport is
 * wide enough, and over the whole width where it is not. It answers the frame's questions about
 * the page (its mentions, and jumping to one); the frame asks the background for the rest.
 */
import { entityRef, type EntityRef } from '../match/catalogue-types';
import type { FrameLanguage, HostToSidebar, PageDate, SidebarToHost } from '../ui/frame/frame-calls';
import type { PageEntity, PageMentions, PageMentionSnippet } from '../ui/sidebar/api';
import type { SidebarRoute } from '../ui/sidebar/history';
import { captureArticle } from './article-capture';
import { extensionGone } from './extension-gone';
import { FrameHost } from './frame-host';
import type { MarkLayer } from './marks';
import { textAfter, textBefore } from './dom/text-around';
import { liveRange, type MentionStore, type PageMention } from './mention-store';

const DEFAULT_WIDTH = 380;
const WIDTH_RANGE = { min: 280, max: 720 } as const;
// The page is moved aside only when this much of it stays beside the sidebar: narrower than
// that, an article is better read after closing the sidebar than squeezed beside it.
const MIN_PAGE_WIDTH = 560;
// Characters of page text shown either side of a mention in the "on this page" list.
const SNIPPET_CONTEXT = 30;
// Mentions listed in full; past them the list says how many more there are. A reader goes
// through a few dozen, not the thousands a page flooded with one name holds.
const MAX_SNIPPETS = 100;

function snippet(m: PageMention): PageMentionSnippet {
  const { startContainer, startOffset, endContainer, endOffset } = m.range;
  return {
    before: textBefore(m.container, startContainer as Text, startOffset, SNIPPET_CONTEXT),
    text: m.text,
    after: textAfter(m.container, endContainer as Text, endOffset, SNIPPET_CONTEXT),
  };
}

export class SidebarView {
  private frame: FrameHost<SidebarToHost, HostToSidebar> | null = null;
  private width = DEFAULT_WIDTH;
  private open_ = false;
  private returnFocus: Element | null = null;
  /** The html element's own margin-left, to put back when the page is no longer moved aside. */
  private pageMargin: [string, string] | null = null;
  private readonly doc: Document;

  constructor(
    private readonly shadow: ShadowRoot,
    private readonly entities: ReadonlyMap<string, EntityRef>,
    private readonly store: MentionStore,
    private readonly layer: MarkLayer,
    private readonly token: string,
    private uiLanguage: FrameLanguage,
    private readonly page: PageDate,
    /** Called instead of opening when the extension is gone from under the page. */
    private readonly orphaned: () => void,
  ) {
    this.doc = shadow.ownerDocument;
  }

  get isOpen(): boolean {
    return this.open_;
  }

  setLanguage(uiLanguage: FrameLanguage): void {
    this.uiLanguage = uiLanguage;
    void this.frame?.peer().then((p) => p.call('frame/language', { uiLanguage }), () => undefined);
  }

  /**
   * Opens on an entity, on a search, or where the reader left it; `since` is when the reader
   * asked (epoch ms), and `keepVisible` the mention the reader clicked, kept in sight.
   */
  open(route: SidebarRoute | null, since: number, keepVisible?: PageMention): void {
    if (extensionGone()) return this.orphaned();
    if (!this.open_) this.returnFocus = this.doc.activeElement;
    this.open_ = true;
    const frame = this.sidebar();
    this.layout();
    if (keepVisible) this.keepInSight(keepVisible);
    void frame
      .peer()
      .then(async (p) => {
        // Focus moves into the frame once it has loaded: an iframe focused earlier holds the
        // focus without handing it to its document, and keys would reach neither.
        if (this.open_) frame.iframe.focus({ preventScroll: true });
        await p.call('page/changed', { entities: this.pageEntities() });
        await p.call('sidebar/show', { route, page: this.page, since });
      })
      .catch(() => undefined);
  }

  close(): void {
    if (!this.open_) return;
    this.open_ = false;
    this.layout();
    // Focus leaves the hidden frame for the page, and for the element that had it, if any.
    this.doc.defaultView?.focus();
    (this.returnFocus as HTMLElement | null)?.focus?.({ preventScroll: true });
  }

  /** Loads the frame ahead of need (the reader is reading names), so that opening is quick. */
  preload(): void {
    if (!extensionGone()) this.sidebar();
  }

  toggle(route: SidebarRoute | null, since: number): void {
    if (this.open_ && !route) this.close();
    else this.open(route, since);
  }

  /** The page's mentions changed: the page view and the mention lists follow. */
  refresh(): void {
    if (!this.open_ || !this.frame) return;
    void this.frame.peer().then((p) => p.call('page/changed', { entities: this.pageEntities() }), () => undefined);
  }

  dispose(): void {
    this.close();
    this.doc.defaultView?.removeEventListener('resize', this.onResize);
    this.frame?.dispose();
    this.frame = null;
  }

  private sidebar(): FrameHost<SidebarToHost, HostToSidebar> {
    if (this.frame) return this.frame;
    this.doc.defaultView?.addEventListener('resize', this.onResize, { passive: true });
    this.frame = new FrameHost<SidebarToHost, HostToSidebar>({
      parent: this.shadow,
      page: 'sidebar',
      token: this.token,
      uiLanguage: this.uiLanguage,
      style: { position: 'fixed', zIndex: '1', top: '0', left: '0', height: '100vh', display: 'none' },
      handlers: {
        'page/mentions': ({ id }) => this.pageMentions(id),
        'page/jump': ({ id, index }) => {
          this.jump(id, index);
          return null;
        },
        'page/article': () => captureArticle(this.doc),
        'sidebar/close': () => {
          this.close();
          return null;
        },
        'sidebar/width': ({ px }) => {
          this.width = Math.round(Math.min(WIDTH_RANGE.max, Math.max(WIDTH_RANGE.min, px)));
          this.layout();
          return null;
        },
      },
      // The page navigated the old frame away: a fresh one starts closed.
      onRebuilt: () => {
        this.open_ = false;
        this.layout();
      },
    });
    return this.frame;
  }

  private readonly onResize = (): void => {
    if (this.open_) this.layout();
  };

  /** Shows or hides the frame, docked beside the page or over it, and moves the page to suit. */
  private layout(): void {
    const iframe = this.frame?.iframe;
    if (!iframe) return;
    const html = this.doc.documentElement;
    const viewport = this.doc.defaultView?.innerWidth ?? html.clientWidth;
    const docked = this.open_ && viewport - this.width >= MIN_PAGE_WIDTH;
    Object.assign(iframe.style, {
      display: this.open_ ? 'block' : 'none',
      width: docked ? `${this.width}px` : '100vw',
      boxShadow: docked ? '4px 0 16px rgb(0 0 0 / 0.12)' : 'none',
    });
    if (docked) {
      this.pageMargin ??= [html.style.getPropertyValue('margin-left'), html.style.getPropertyPriority('margin-left')];
      html.style.setProperty('margin-left', `${this.width}px`, 'important');
    } else if (this.pageMargin) {
      const [value, priority] = this.pageMargin;
      if (value) html.style.setProperty('margin-left', value, priority);
      else html.style.removeProperty('margin-left');
      this.pageMargin = null;
    }
  }

  /** Once the page has reflowed beside the sidebar, scrolls the clicked name back into view if it left it. */
  private keepInSight(mention: PageMention): void {
    requestAnimationFrame(() => {
      const box = liveRange(mention).getBoundingClientRect();
      const win = this.doc.defaultView!;
      if (box.top < 0 || box.bottom > win.innerHeight) mention.nodes[0]!.parentElement?.scrollIntoView({ block: 'center' });
    });
  }

  private pageEntities(): PageEntity[] {
    const out: PageEntity[] = [];
    for (const [id, count] of this.store.counts()) {
      const e = this.entities.get(id);
      if (e) out.push({ ...entityRef(e), count });
    }
    return out;
  }

  private pageMentions(id: string): PageMentions {
    const all = this.store.mentionsOf(id);
    return { total: all.length, shown: all.slice(0, MAX_SNIPPETS).map(snippet) };
  }

  private jump(id: string, index: number): void {
    const mention = this.store.mentionsOf(id)[index];
    if (!mention) return;
    mention.nodes[0]!.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.layer.flash(liveRange(mention));
  }
}
