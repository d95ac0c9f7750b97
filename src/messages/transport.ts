/** Thin browser glue over the typed protocol: the only place that calls runtime/tabs messaging. */
import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch, type Handlers, type MessageType, type Payload, type Reply } from './protocol';

export function sendToBackground<K extends MessageType>(type: K, payload: Payload<K>): Promise<Reply<K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Reply<K>>;
}

export function sendToTab<K extends MessageType>(tabId: number, type: K, payload: Payload<K>): Promise<Reply<K>> {
  return browser.tabs.sendMessage(tabId, { type, payload }) as Promise<Reply<K>>;
}

export function listen<K extends MessageType>(handlers: Handlers<K>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, message, { tabId: sender.tab?.id }),
  );
}
