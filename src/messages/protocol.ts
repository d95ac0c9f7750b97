/**
 * Every message that crosses between the content script, the background and the extension's
 * pages, with its payload and reply types. Adding a message means adding it here; the compiler
 * then checks every sender and handler.
 */

/** What a tab's content script found, as the popup and the action badge show it. */
export interface PageStatus {
  /** The content script decided the page is Arabic and is working on it. */
  active: boolean;
  /** Distinct entities found on the page so far. */
  entities: number;
}

export interface Protocol {
  /** popup → content script of the active tab. */
  'page/status': { payload: null; reply: PageStatus };
  /** content script → background, whenever the page's status changes (drives the badge). */
  'page/report': { payload: PageStatus; reply: null };
}

export type MessageType = keyof Protocol;
export type Payload<K extends MessageType> = Protocol[K]['payload'];
export type Reply<K extends MessageType> = Protocol[K]['reply'];
export type Message<K extends MessageType = MessageType> = K extends MessageType
  ? { type: K; payload: Payload<K> }
  : never;

/** Where a message came from, as far as the handlers need to know. */
export interface Origin {
  tabId?: number;
}

export type Handlers<K extends MessageType> = {
  [P in K]: (payload: Payload<P>, origin: Origin) => Reply<P> | Promise<Reply<P>>;
};

const TYPES: ReadonlySet<string> = new Set<MessageType>(['page/status', 'page/report']);

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    TYPES.has((value as { type: string }).type) &&
    'payload' in value
  );
}

/**
 * Routes a received message to its handler. Returns undefined for messages this context does
 * not handle, so that another listener (or none) answers them.
 */
export function dispatch<K extends MessageType>(
  handlers: Handlers<K>,
  message: unknown,
  origin: Origin,
): Promise<unknown> | undefined {
  if (!isMessage(message) || !(message.type in handlers)) return undefined;
  const handler = handlers[message.type as K] as (payload: unknown, origin: Origin) => unknown;
  return Promise.resolve(handler(message.payload, origin));
}
