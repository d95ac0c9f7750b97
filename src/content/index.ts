/**
 * The content script. It asks the background whether Siyaq is on for this site, and runs it on
 * the page when the site is on and the page is Arabic; a change of settings (the popup's switch,
 * a pause, the options page) starts or stops it at once, without a reload.
 */
import type { PageStatus } from '../messages/protocol';
import { listen, sendToBackground } from '../messages/transport';
import { onSettingsChanged } from '../settings/storage';
import { setUiLanguage } from '../ui/shared/ui-language';
import { isArabicPage } from './language';
import { sampleText } from './sample';
import { SiyaqPage } from './siyaq-page';

const started = performance.now();
let page: SiyaqPage | null = null;
let arabic: boolean | null = null;

function status(): PageStatus {
  return { hostname: location.hostname, arabic: arabic ?? false, active: page !== null, entities: page?.entityCount ?? 0 };
}

function report(): void {
  void sendToBackground('page/report', status()).catch(() => {
    // The background may be restarting; the next report reaches it.
  });
}

async function apply(): Promise<void> {
  arabic ??= document.body !== null && isArabicPage(document.documentElement.getAttribute('lang'), sampleText(document.body));
  if (!arabic) return;
  const state = await sendToBackground('site/state', { hostname: location.hostname });
  setUiLanguage(state.uiLanguage);
  if (state.on && !page) {
    page = new SiyaqPage(document, state, report);
    await page.start(started);
  } else if (!state.on && page) {
    page.stop();
    page = null;
    report();
  } else {
    page?.configure(state);
  }
}

// Settings can change faster than a page starts: each change is applied after the last.
let applying: Promise<void> = Promise.resolve();
const reapply = (): void => {
  applying = applying.then(apply).catch(() => undefined);
};

listen({
  'page/status': () => status(),
  'sidebar/toggle': ({ search }) => {
    page?.toggleSidebar(search);
    return null;
  },
});
onSettingsChanged(reapply);
reapply();
