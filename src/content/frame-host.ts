/**
 * Siyaq's UI as extension frames: an iframe of one of the extension's own pages, inside the
 * closed shadow root, linked to the content script by a private MessagePort. The page sees an
 * opaque cross-origin frame: it cannot read or change what the frame shows, and never receives
 * the events inside it. A page can still navigate a child frame it cannot see into; the frame's
 * second load gives that away, and the frame is then thrown away and made afresh.
 */
import { runtime } from '../messages/runtime';
import type { FrameHello, FrameLanguage } from '../ui/frame/frame-calls';
import { openPeer, type Calls, type Handlers, type Peer } from '../ui/frame/port-rpc';

// A page that keeps navigating Siyaq's frame away gets no new one after this many.
const MAX_REBUILDS = 5;
/**
 * The frame pages' URLs, read while the extension is alive: after an update orphans this script,
 * runtime.getURL throws. Each is asked for by its own path: where the frames are reached by a
 * per-session URL (Chromium's use_dynamic_url), only a web-accessible path gets one.
 */
const FRAME_PAGES = { card: runtime.getURL('card.html'), sidebar: runtime.getURL('sidebar.html') } as const;
/**
 * The origin a frame page runs at. A per-session URL loads the page, but the page runs at the
 * extension's own origin, which a path that is not web-accessible names.
 */
const EXTENSION_ORIGIN = new URL(runtime.getURL('manifest.json')).origin;

export interface FrameOptions<In extends Calls> {
  parent: ShadowRoot;
  /** Which extension page: card.html or sidebar.html (it names itself, in the UI language, by its title). */
  page: keyof typeof FRAME_PAGES;
  token: string;
  uiLanguage: FrameLanguage;
  /** Answers the frame's calls. */
  handlers: Handlers<In>;
  /** Styles the iframe element (its place, size and stacking are the caller's). */
  style: Partial<CSSStyleDeclaration>;
  /** Called when the frame was made afresh, so the caller can redraw into the new one. */
  onRebuilt?: () => void;
}

export class FrameHost<In extends Calls, Out extends Calls> {
  private element!: HTMLIFrameElement;
  private connection!: Promise<Peer<Out>>;
  private peerNow: Peer<Out> | null = null;
  private rebuilds = 0;
  private disposed = false;

  constructor(private readonly opts: FrameOptions<In>) {
    this.build();
  }

  get iframe(): HTMLIFrameElement {
    return this.element;
  }

  /** The frame's end, once it has loaded and accepted the port. */
  peer(): Promise<Peer<Out>> {
    return this.connection;
  }

  dispose(): void {
    this.disposed = true;
    this.peerNow?.close();
    this.element.remove();
  }

  private build(): void {
    const { opts } = this;
    const doc = opts.parent.ownerDocument;
    const iframe = doc.createElement('iframe');
    const src = FRAME_PAGES[opts.page];
    iframe.src = src;
    // The sidebar's "copy citation" writes to the clipboard from inside the frame.
    iframe.allow = 'clipboard-write';
    Object.assign(iframe.style, { border: '0', padding: '0', margin: '0', background: 'transparent' }, opts.style);
    let loads = 0;
    this.connection = new Promise((resolve) => {
      iframe.addEventListener('load', () => {
        if (this.disposed) return;
        if (++loads > 1) return this.rebuild();
        const channel = new MessageChannel();
        const hello: FrameHello = { siyaqFrame: opts.token, uiLanguage: opts.uiLanguage };
        // Addressed to the extension's origin: if the page has navigated the frame elsewhere,
        // the browser drops the message instead of handing over the port.
        iframe.contentWindow?.postMessage(hello, EXTENSION_ORIGIN, [channel.port2]);
        this.peerNow = openPeer<In, Out>(channel.port1, opts.handlers);
        resolve(this.peerNow);
      });
    });
    this.element = iframe;
    opts.parent.appendChild(iframe);
  }

  private rebuild(): void {
    this.peerNow?.close();
    this.peerNow = null;
    this.element.remove();
    if (this.rebuilds++ >= MAX_REBUILDS) {
      this.connection = Promise.reject(new Error('the page keeps navigating Siyaq\'s frame away'));
      this.connection.catch(() => undefined);
      return;
    }
    this.build();
    this.opts.onRebuilt?.();
  }
}
