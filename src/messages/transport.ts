/**
 * Thin browser glue over the typed protocol: the only place, with runtime.ts, that calls
 * runtime/tabs messaging. Each side says what it receives: the background everything sent to it,
 * a content script what is sent to its tab (see runtime.ts, which it uses so as not to load the
 * polyfill on every page). Senders are async so that every failure, including the synchronous
 * "Extension context invalidated" of a content script whose extension was updated under it,
 * arrives as a rejection the UI can show as a message.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch, isMessage, type Handlers, type Origin, type ToBackground, type ToTab } from './protocol';
import { originOf } from './runtime';
import { TO_BACKGROUND } from './schemas';

export { sendToBackground } from './runtime';

export async function sendToTab<K extends keyof ToTab>(tabId: number, type: K, payload: ToTab[K]['payload']): Promise<ToTab[K]['reply']> {
  return (await browser.tabs.sendMessage(tabId, { type, payload })) as ToTab[K]['reply'];
}

/** The background answers every message sent to it. */
export function listenAsBackground(handlers: Handlers<ToBackground>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(TO_BACKGROUND, handlers, message, originOf(sender)));
}

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
