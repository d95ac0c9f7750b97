/**
 * The frame's end of the link to its host (Siyaq's content script in the page around it). The
 * page and the content script share one window, so a message from either looks the same: the
 * frame accepts a port only with the secret the content script registered with the background,
 * which it asks the background for. The page never sees that secret, nor anything sent on the
 * port afterwards.
 */
import { sendToBackground } from '../../messages/transport';
import type { FrameHello } from './frame-calls';
import { openPeer, type Calls, type Handlers, type Peer } from './port-rpc';

function isHello(data: unknown, token: string): data is FrameHello {
  return typeof data === 'object' && data !== null && (data as FrameHello).siyaqFrame === token;
}

export function acceptHost<In extends Calls, Out extends Calls>(handlers: Handlers<In>): Promise<{ peer: Peer<Out>; hello: FrameHello }> {
  return new Promise((resolve, reject) => {
    const early: MessageEvent[] = [];
    let token: string | null = null;
    const check = (event: MessageEvent): boolean => {
      if (token === null || event.source !== window.parent || !isHello(event.data, token) || !event.ports[0]) return false;
      removeEventListener('message', onMessage);
      resolve({ peer: openPeer<In, Out>(event.ports[0], handlers), hello: event.data });
      return true;
    };
    const onMessage = (event: MessageEvent): void => {
      if (token === null) early.push(event);
      else check(event);
    };
    // Listening before asking: the host posts as soon as the frame has loaded.
    addEventListener('message', onMessage);
    sendToBackground('frame/token', null).then(
      (answer) => {
        if (answer.token === null) return reject(new Error('no host registered for this tab'));
        token = answer.token;
        early.splice(0).some(check);
      },
      reject,
    );
  });
}
