/**
 * The content script: decides whether the page is Arabic, and if so attaches Siyaq's host and
 * answers the popup. It reads the page and draws only inside its own shadow root.
 */
import { attachHost } from './host';
import { isArabicPage } from './language';
import { sampleText } from './sample';
import { listen, sendToBackground } from '../messages/transport';
import type { PageStatus } from '../messages/protocol';

function start(): void {
  const body = document.body;
  if (!body || !isArabicPage(document.documentElement.getAttribute('lang'), sampleText(body))) return;

  attachHost(document);
  const status: PageStatus = { active: true, entities: 0 };
  listen({ 'page/status': () => status });
  void sendToBackground('page/report', status).catch(() => {
    // The background may be restarting; the next report will reach it.
  });
}

start();
