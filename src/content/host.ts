/**
 * Siyaq's single footprint in the page: one host element with a closed shadow root that holds
 * its UI frames, out of reach of the page's scripts. It hangs off <html>, not <body>, so the
 * page's body, its text and its element count stay exactly as the page made them; pages that
 * prune unknown nodes get it back.
 */
export const HOST_TAG = 'siyaq-root';
const MAX_REATTACHMENTS = 5;

export interface Host {
  element: HTMLElement;
  shadow: ShadowRoot;
  dispose(): void;
}

export function attachHost(doc: Document): Host {
  const element = doc.createElement(HOST_TAG);
  // The host takes no room and no pointer events of its own; its children opt in.
  element.style.setProperty('all', 'initial');
  element.style.setProperty('position', 'absolute');
  element.style.setProperty('inset', '0 auto auto 0');
  element.style.setProperty('width', '0');
  element.style.setProperty('height', '0');
  element.style.setProperty('z-index', '2147483647');
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
