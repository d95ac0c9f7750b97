/**
 * Thin browser glue over the typed protocol: the only place that calls runtime/tabs messaging.
 * Each side says what it receives: the background everything sent to it, a content script what
 * is sent to its tab. Senders are async so that every failure, including the synchronous
 * "Extension context invalidated" of a content script whose extension was updated under it,
 * arrives as a rejection the UI can show as a message.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import {
  dispatch,
  isMessage,
  TO_BACKGROUND,
  TO_TAB,
  type Handlers,
  type Inbox,
  type Origin,
  type Schemas,
  type ToBackground,
  type ToTab,
} from './protocol';

export async function sendToBackground<K extends keyof ToBackground>(type: K, payload: ToBackground[K]['payload']): Promise<ToBackground[K]['reply']> {
  return (await browser.runtime.sendMessage({ type, payload })) as ToBackground[K]['reply'];
}

export async function sendToTab<K extends keyof ToTab>(tabId: number, type: K, payload: ToTab[K]['payload']): Promise<ToTab[K]['reply']> {
  return (await browser.tabs.sendMessage(tabId, { type, payload })) as ToTab[K]['reply'];
}

function originOf(sender: Runtime.MessageSender): Origin {
  return {
    tabId: sender.tab?.id,
    // A content script's sender URL is the page's; the extension's own pages have its origin.
    extensionPage: sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('')) === true,
  };
}

function listen<P extends Inbox>(schemas: Schemas<P>, handlers: Handlers<P>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(schemas, handlers, message, originOf(sender)));
}

/** The background answers every message sent to it. */
export const listenAsBackground = (handlers: Handlers<ToBackground>): void => listen(TO_BACKGROUND, handlers);

/** A content script answers every message sent to its tab. */
export const listenAsTab = (handlers: Handlers<ToTab>): void => listen(TO_TAB, handlers);

/**
 * Lets an extension page watch one kind of message sent to the background, without answering it
 * (the background's answer is the one the sender gets).
 */
export function watch<K extends keyof ToBackground>(type: K, seen: (payload: ToBackground[K]['payload'], origin: Origin) => void): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (isMessage(TO_BACKGROUND, message) && message.type === type) {
      const payload = message.payload as ToBackground[K]['payload'];
      seen(payload, originOf(sender));
    }
    return undefined;
  });
}
