/**
 * The content script. It asks the background whether Siyaq is on for this site, and runs it on
 * the page when the site is on and the page is Arabic; the background pushes the site's new state
 * after any change of settings (the popup's switch, a pause, the options page), which starts or
 * stops it at once, without a reload.
 */
import type { PageStatus, SiteState } from '../messages/protocol';
import { backgroundReply, listenAsTab, sendToBackground } from '../messages/runtime';
import { takeEarlyAnswer } from './early-answer';
import { loadEngine, loadUiModule, type PageEngine } from './modules';
import { isArabicPage } from './language';
import { sampleText } from './sample';
import type { SiyaqPage } from './siyaq-page';

const started = performance.now();
let page: SiyaqPage | null = null;
let arabic: boolean | null = null;
// Fetched the first time Siyaq runs here (or the popup saves the page).
let engine: Promise<PageEngine> | null = null;
const theEngine = (): Promise<PageEngine> => (engine ??= loadEngine());

function status(): PageStatus {
  return { hostname: location.hostname, arabic: arabic ?? false, active: page !== null, entities: page?.entityCount ?? 0 };
}

function report(): void {
  void sendToBackground('page/report', status()).catch(() => {
    // The background may be restarting; the next report reaches it.
  });
}

const actorsKey = (state: SiteState): string => JSON.stringify(state.actors.map((a) => [a.id, a.type, a.ar, a.en]));
let actorsNow = '';

async function apply(state: SiteState): Promise<void> {
  // New or changed actors of the reader's own: the page is read again with them.
  const actorsChanged = actorsKey(state) !== actorsNow;
  actorsNow = actorsKey(state);
  if (page && state.on && actorsChanged) page.actorsChanged();
  if (state.on && !page) {
    page = new (await theEngine()).SiyaqPage(document, state, report, loadUiModule);
    page.start(started);
  } else if (!state.on && page) {
    page.stop();
    page = null;
    report();
  } else {
    page?.configure(state);
  }
}

/**
 * Resolves once the page has painted its first content: nothing Siyaq does is worth delaying it.
 * A frame's paint comes after its animation-frame callbacks, so a task queued from one runs
 * after it; a hidden tab, which paints nothing, goes on after a short wait.
 */
function afterFirstPaint(): Promise<void> {
  if (performance.getEntriesByName('first-contentful-paint').length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const go = (): void => {
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(go, HIDDEN_WAIT_MS);
    requestAnimationFrame(() => setTimeout(go, 0));
  });
}
const HIDDEN_WAIT_MS = 500;

async function begin(): Promise<void> {
  await afterFirstPaint();
  const body = document.body;
  arabic = body !== null && isArabicPage(document.documentElement.getAttribute('lang'), () => sampleText(body));
  if (!arabic) return;
  await apply(await askSiteState());
  // A page that starts working reports when its first scan ends; one that stays idle reports
  // now, so that the background can tell it of a change it missed while it loaded.
  if (!page) report();
}

// The background knows this tab's host only from this script's own messages (the browser names
// their sender's page), and the popup asks it of the tab: a page that has not asked yet (one that
// is not Arabic) asks when the popup first wants its status.
let asked = false;
function askSiteState(): Promise<SiteState> {
  asked = true;
  // The document_start script may have asked already; where its answer failed, ask again.
  const early = takeEarlyAnswer();
  const ask = (): Promise<SiteState> => sendToBackground('site/state', null);
  return early ? early.then((reply) => backgroundReply<SiteState>(reply)).catch(ask) : ask();
}

// A change can come while the page is still starting: each is applied after the one before.
let applying: Promise<void> = Promise.resolve();
function inTurn(work: () => Promise<void>): Promise<void> {
  applying = applying.then(work).catch(() => undefined);
  return applying;
}

listenAsTab({
  'page/status': async () => {
    if (!asked) await askSiteState().catch(() => undefined);
    return status();
  },
  'sidebar/toggle': ({ search, actor }) => {
    page?.toggleSidebar(actor !== undefined ? { kind: 'add-actor', name: actor } : search ? { kind: 'search', text: search } : null);
    return null;
  },
  // Queued behind the start, which decides whether the page is Arabic and applies the state it
  // asked for: a change that comes meanwhile is applied after it, not dropped.
  'site/changed': async (state) => {
    await inTurn(async () => {
      if (arabic) await apply(state);
    });
    return status();
  },
  'page/article': async () => (await theEngine()).captureArticle(document),
});
void inTurn(begin);
