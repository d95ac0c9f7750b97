/**
 * Thin browser glue over the typed protocol: the only place that calls runtime/tabs messaging.
 * Senders are async so that every failure, including the synchronous "Extension context
 * invalidated" of a content script whose extension was updated under it, arrives as a rejection
 * the UI can show as a message.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch, type Handlers, type MessageType, type Payload, type Reply } from './protocol';

export async function sendToBackground<K extends MessageType>(type: K, payload: Payload<K>): Promise<Reply<K>> {
  return (await browser.runtime.sendMessage({ type, payload })) as Reply<K>;
}

export async function sendToTab<K extends MessageType>(tabId: number, type: K, payload: Payload<K>): Promise<Reply<K>> {
  return (await browser.tabs.sendMessage(tabId, { type, payload })) as Reply<K>;
}

export function listen<K extends MessageType>(handlers: Handlers<K>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, message, {
      tabId: sender.tab?.id,
      // A content script's sender URL is the page's; the extension's own pages have its origin.
      extensionPage: sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('')) === true,
    }),
  );
}
