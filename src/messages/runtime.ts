/**
 * The browser's own runtime messaging, for the content script and the UI: the content script
 * runs on every page, which would all pay for evaluating webextension-polyfill, and needs little
 * of it. Firefox has `browser` with promises, and so has Chromium since 148; before that, Chrome's
 * MV3 `chrome.runtime` returns promises from sendMessage but wants `sendResponse` from a listener. Replies and refusals follow the
 * polyfill's convention, which the background (on the polyfill) speaks.
 */
import { dispatch, type Checks, type Handlers, type Inbox, type Origin, type ToBackground, type ToTab } from './protocol';
import { TO_TAB } from './tab-checks';
import { promiseNamespace, runtime, type Sender } from './native-runtime';

export { runtime, type Sender } from './native-runtime';

/** How the polyfill carries a listener's rejection over Chrome's messaging. */
const REJECTED = '__mozWebExtensionPolyfillReject__';

/** A reply from the background as sent, or the refusal it carries, thrown. */
export function backgroundReply<T>(reply: unknown): T {
  if (typeof reply === 'object' && reply !== null && REJECTED in reply) throw new Error((reply as { message?: string }).message);
  return reply as T;
}

export async function sendToBackground<K extends keyof ToBackground>(type: K, payload: ToBackground[K]['payload']): Promise<ToBackground[K]['reply']> {
  return backgroundReply(await runtime.sendMessage({ type, payload }));
}

export function originOf(sender: Sender): Origin {
  return {
    tabId: sender.tab?.id,
    url: sender.url,
    // A content script's sender URL is the page's; the extension's own pages are extension URLs
    // (of the extension's fixed id, or of its per-session one where its frames are reached by a
    // dynamic URL), and a page can never send as the extension.
    extensionPage: sender.id === runtime.id && /^(?:chrome|moz)-extension:\/\//.test(sender.url ?? ''),
  };
}

/** Answers the messages of one inbox, each checked before its handler runs. */
function listen<P extends Inbox>(checks: Checks<P>, handlers: Handlers<P>): void {
  runtime.onMessage.addListener((message, sender, respond) => {
    const reply = dispatch(checks, handlers, message, originOf(sender));
    if (!reply || promiseNamespace) return reply;
    reply.then(respond, (err: Error) => respond({ [REJECTED]: true, message: err.message }));
    return true;
  });
}

/** A content script answers every message sent to its tab. */
export const listenAsTab = (handlers: Handlers<ToTab>): void => listen(TO_TAB, handlers);
