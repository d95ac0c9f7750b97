/**
 * Siyaq's single footprint in the page: one host element with a closed shadow root that holds
 * its UI frames, out of reach of the page's scripts. It hangs off <html>, not <body>, so the
 * page's body, its text and its element count stay exactly as the page made them; pages that
 * prune unknown nodes get it back.
 *
 * The host is a plain <div>: a custom element name (it was <siyaq-root>) is one the page can
 * define first, and its constructor, run in the page's world, then owns the element and can take
 * the shadow root. A built-in element is never upgraded; its inline styles are !important so
 * that no page rule on `div` moves or shows it.
 */
const MAX_REATTACHMENTS = 5;

const hosts = new WeakSet<Element>();

/** Whether an element is a Siyaq host (the page's events on the UI arrive retargeted to it). */
export const isHost = (el: Element): boolean => hosts.has(el);

export interface Host {
  element: HTMLElement;
  shadow: ShadowRoot;
  dispose(): void;
}

export function attachHost(doc: Document): Host {
  const element = doc.createElement('div');
  hosts.add(element);
  // The host takes no room and no pointer events of its own; its children opt in.
  const style: [string, string][] = [
    ['all', 'initial'],
    ['display', 'block'],
    ['position', 'absolute'],
    ['inset', '0 auto auto 0'],
    ['width', '0'],
    ['height', '0'],
    ['z-index', '2147483647'],
  ];
  for (const [name, value] of style) element.style.setProperty(name, value, 'important');
  const shadow = element.attachShadow({ mode: 'closed' });
  const root = doc.documentElement;
  root.appendChild(element);

  // Put back after a page removes it, but with a budget and a growing delay: a page that keeps
  // removing it must not turn the two into a loop that freezes the tab.
  let reattachments = 0;
  let pending = false;
  const keepAttached = new MutationObserver(() => {
    if (element.isConnected || pending || reattachments >= MAX_REATTACHMENTS) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      reattachments++;
      if (!element.isConnected) doc.documentElement.appendChild(element);
    }, 50 * 2 ** reattachments);
  });
  keepAttached.observe(root, { childList: true });

  return {
    element,
    shadow,
    dispose() {
      keepAttached.disconnect();
      element.remove();
    },
  };
}
