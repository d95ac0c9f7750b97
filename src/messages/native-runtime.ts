/**
 * The browser's own runtime namespace, told apart as the polyfill tells it: a `browser` with a
 * live runtime speaks promises throughout (Firefox's, and Chromium's own since 148, the same
 * objects as `chrome`, whose onMessage listeners may return a promise from then on); otherwise
 * Chrome's `chrome`. A module of its own so that the document_start script, which must stay
 * tiny, takes only this.
 */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type Listener = (message: unknown, sender: Sender, respond: (reply: unknown) => void) => unknown;

export interface NativeRuntime {
  readonly id?: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

type Namespace = { runtime?: NativeRuntime } | undefined;
const globals = globalThis as { browser?: Namespace; chrome?: Namespace };

/** Whether a listener answers by returning a promise (else by `sendResponse`). */
export const promiseNamespace = globals.browser?.runtime?.id !== undefined;

export const runtime: NativeRuntime = (promiseNamespace ? globals.browser! : globals.chrome!).runtime!;
