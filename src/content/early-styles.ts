/**
 * The content script that runs at document_start: where the page says it is Arabic and Siyaq is
 * on for its site, it adopts the highlight sheet while the document is still nearly empty and
 * restyling it costs nothing (see ensureHighlightSheet). It uses the browser's own messaging
 * rather than the polyfill, which would cost every page its evaluation.
 */
import { runtime } from '../messages/native-runtime';
import { keepEarlyAnswer } from './early-answer';
import { ensureHighlightSheet } from './marks';

if (/^ar\b/i.test(document.documentElement?.getAttribute('lang') ?? '')) {
  const answer = runtime.sendMessage({ type: 'site/state', payload: null });
  keepEarlyAnswer(answer);
  answer.then(
    (state) => {
      if ((state as { on?: boolean } | undefined)?.on) ensureHighlightSheet(document);
    },
    () => undefined,
  );
}
