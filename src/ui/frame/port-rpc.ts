/**
 * Calls with replies over a MessagePort, typed by direction: each side names the calls it
 * answers and the calls it may make, and must handle every call it can receive. The port is
 * private to the two ends (see frame-link.ts), so what crosses it is Siyaq's own; it is still
 * checked for shape, as every boundary is.
 */
export type Calls = Record<string, { arg: unknown; reply: unknown }>;

export type Handlers<C extends Calls> = {
  [K in keyof C]: (arg: C[K]['arg']) => C[K]['reply'] | Promise<C[K]['reply']>;
};

export interface Peer<C extends Calls> {
  call<K extends keyof C & string>(method: K, arg: C[K]['arg']): Promise<C[K]['reply']>;
  close(): void;
}

type Wire = { id: number; method: string; arg: unknown } | { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

const isWire = (v: unknown): v is Wire =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'number' &&
  (typeof (v as { method?: unknown }).method === 'string' || typeof (v as { ok?: unknown }).ok === 'boolean');

/** Connects one end of a port: `handlers` answer the other end's calls; the result makes ours. */
export function openPeer<In extends Calls, Out extends Calls>(port: MessagePort, handlers: Handlers<In>): Peer<Out> {
  let next = 1;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const answer = async (id: number, method: string, arg: unknown): Promise<void> => {
    if (!Object.hasOwn(handlers, method)) {
      port.postMessage({ id, ok: false, error: `unknown call ${method}` });
      return;
    }
    try {
      const value = await (handlers[method] as (a: unknown) => unknown)(arg);
      port.postMessage({ id, ok: true, value: value ?? null });
    } catch (err) {
      port.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  };
  port.onmessage = (event: MessageEvent) => {
    const msg: unknown = event.data;
    if (!isWire(msg)) return;
    if ('method' in msg) {
      void answer(msg.id, msg.method, msg.arg);
      return;
    }
    const pending = waiting.get(msg.id);
    if (!pending) return;
    waiting.delete(msg.id);
    if (msg.ok) pending.resolve(msg.value);
    else pending.reject(new Error(msg.error));
  };
  return {
    call(method, arg) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        port.postMessage({ id, method, arg });
      });
    },
    close() {
      port.onmessage = null;
      port.close();
      for (const p of waiting.values()) p.reject(new Error('channel closed'));
      waiting.clear();
    },
  };
}
