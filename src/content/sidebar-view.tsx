/**
 * Mounts the sidebar in Siyaq's shadow root and connects it to the page (mentions, jumping) and
 * to the background (background queries, search). Its history and width live here, so the last
 * view survives closing and reopening on the same tab.
 */
import { render } from 'preact';
import type { CatalogueEntity } from '../match/catalogue-types';
import type { EntityBackground, SearchResults } from '../messages/protocol';
import type { PageEntity, PageMentionSnippet, SidebarApi } from '../ui/sidebar/api';
import { push, startHistory, type History, type SidebarRoute } from '../ui/sidebar/history';
import { Sidebar } from '../ui/sidebar/Sidebar';
import { SIDEBAR_CSS } from '../ui/sidebar/sidebar-css';
import { adoptCss } from '../ui/shared/adopt-css';
import { applyLocale } from '../ui/shared/i18n';
import type { MarkLayer } from './marks';
import { liveRange, type MentionStore } from './mention-store';
import { publishPaint } from './timings';

const DEFAULT_WIDTH = 380;
// Characters of page text shown either side of a mention in the "on this page" list.
const SNIPPET_CONTEXT = 30;

export interface SidebarBackend {
  background(id: string): Promise<EntityBackground | null>;
  search(text: string): Promise<SearchResults>;
}

export class SidebarView {
  private readonly mount: HTMLElement;
  private history: History = startHistory({ kind: 'page' });
  private width = DEFAULT_WIDTH;
  private open_ = false;
  private returnFocus: Element | null = null;
  private openedAt: number | null = null;
  private readonly api: SidebarApi;

  constructor(
    shadow: ShadowRoot,
    private readonly entities: ReadonlyMap<string, CatalogueEntity>,
    private readonly store: MentionStore,
    private readonly layer: MarkLayer,
    backend: SidebarBackend,
  ) {
    adoptCss(shadow, SIDEBAR_CSS);
    this.mount = shadow.ownerDocument.createElement('div');
    applyLocale(this.mount);
    shadow.appendChild(this.mount);
    this.api = {
      background: (id) => {
        const answer = backend.background(id);
        const since = this.openedAt;
        this.openedAt = null;
        void answer.then(() => since !== null && publishPaint('siyaq:sidebar-painted', since), () => undefined);
        return answer;
      },
      search: (text) => backend.search(text),
      pageEntities: () => this.pageEntities(),
      pageMentions: (id) => this.pageMentions(id),
      jump: (id, index) => this.jump(id, index),
      close: () => this.close(),
    };
  }

  get isOpen(): boolean {
    return this.open_;
  }

  /** Opens on an entity, on a search, or where the reader left it; `since` is when the reader asked. */
  open(route?: SidebarRoute, since = performance.now()): void {
    this.openedAt = since;
    if (route) this.history = push(this.history, route);
    if (!this.open_) this.returnFocus = this.mount.ownerDocument.activeElement;
    this.open_ = true;
    this.draw();
    // Focus lands on the view's heading, so a screen reader announces what opened.
    this.mount.querySelector<HTMLElement>('.content h2')?.focus({ preventScroll: true });
  }

  close(): void {
    if (!this.open_) return;
    this.open_ = false;
    render(null, this.mount);
    (this.returnFocus as HTMLElement | null)?.focus?.({ preventScroll: true });
  }

  toggle(route?: SidebarRoute): void {
    if (this.open_ && !route) this.close();
    else this.open(route);
  }

  /** The page's mentions changed: the page view and the mention lists follow. */
  refresh(): void {
    if (this.open_) this.draw();
  }

  private draw(): void {
    render(
      <Sidebar
        api={this.api}
        history={this.history}
        onHistory={(h) => {
          this.history = h;
          this.draw();
        }}
        width={this.width}
        onWidth={(px) => {
          this.width = px;
          this.draw();
        }}
      />,
      this.mount,
    );
  }

  private pageEntities(): PageEntity[] {
    const out: PageEntity[] = [];
    for (const [id, count] of this.store.counts()) {
      const e = this.entities.get(id);
      if (e) out.push({ id, type: e.type, ar: e.ar, en: e.en, count });
    }
    return out;
  }

  private pageMentions(id: string): PageMentionSnippet[] {
    return this.store.mentionsOf(id).map((m) => {
      const text = m.container.textContent ?? '';
      const before = liveRange(m);
      before.setStart(m.container, 0);
      const at = before.toString().length;
      return {
        before: text.slice(Math.max(0, at - SNIPPET_CONTEXT), at),
        text: m.text,
        after: text.slice(at + m.text.length, at + m.text.length + SNIPPET_CONTEXT),
      };
    });
  }

  private jump(id: string, index: number): void {
    const mention = this.store.mentionsOf(id)[index];
    if (!mention) return;
    mention.nodes[0]!.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.layer.flash(liveRange(mention));
  }
}
