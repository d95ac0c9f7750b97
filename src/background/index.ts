/** The background (service worker in Chromium, event page in Firefox): answers the typed protocol. */
import browser from 'webextension-polyfill';
import type { Origin, PageStatus, ToBackground } from '../messages/protocol';
import { listenAsBackground, sendToTab } from '../messages/transport';
import { applyPatch } from '../settings/patch';
import type { Settings } from '../settings/schema';
import { loadSettings, onSettingsChanged, storedSettings } from '../settings/storage';
import { importSettings, type ImportResult } from '../settings/transfer';
import { badgeText } from './badge';
import { cachedRead } from './cached-read';
import { createContextMenu, onCommand, onContextMenu } from './commands';
import { corpus, library } from './corpus';
import { forgetToken, registerToken, tokenOf } from './frame-tokens';
import { DATA_FILE } from '../match/data-file';
import { ownFile } from './own-file';
import { pageScans } from './page-scan';
import { writeSettings } from './settings-writer';
import { isOnFor, pageHost, siteState } from './site-state';
import { forgetTab, hostOfTab, rememberTab, siteTabs } from './site-tabs';

/**
 * The host a site question is about. A content script's is its own page's, as the browser names
 * the sender, and asking makes it a tab to tell of later changes. An extension page (the popup)
 * names a tab: its host is the one that tab's content script was seen on, since without the tabs
 * permission tabs.get gives no URL to look at.
 */
async function askedHost(asked: ToBackground['site/state']['payload'], origin: Origin): Promise<string> {
  if (origin.extensionPage) {
    const host = asked && (await hostOfTab(asked.tabId));
    if (!host) throw new Error('no page of Siyaq\'s is known in that tab');
    return host;
  }
  const host = pageHost(origin.url);
  if (asked !== null || origin.tabId === undefined || host === null) throw new Error('a content script asks of its own page only');
  await rememberTab(origin.tabId, host);
  return host;
}

// Read at every page's start and report; a change, which pushSiteStates reads fresh, drops it.
// Where storage fails, this question is answered from the defaults and the next reads again.
const keptSettings = cachedRead(storedSettings, onSettingsChanged);
const settingsNow = (): Promise<Settings> => keptSettings().catch(loadSettings);

const scans = pageScans(async () => (await ownFile(DATA_FILE)).arrayBuffer(), () => library.listActors());

const onlyExtensionPages = (origin: Origin, what: string): void => {
  if (!origin.extensionPage) throw new Error(`only the extension's pages ${what}`);
};

listenAsBackground({
  'site/state': async (asked, origin) => {
    const [settings, host, actors] = await Promise.all([settingsNow(), askedHost(asked, origin), library.listActors()]);
    return siteState(settings, host, actors);
  },
  'page/report': async (status, origin) => {
    // Only a content script reports on its page; the count is checked and bounded by the schema.
    if (origin.tabId === undefined || origin.extensionPage) return null;
    await browser.action.setBadgeText({ tabId: origin.tabId, text: badgeText(status) });
    await settleTab(origin.tabId, pageHost(origin.url), status);
    return null;
  },
  'entity/summary': async ({ id, date }) => {
    const summary = await (await corpus()).summary(id, date);
    if (!summary) throw new Error(`unknown entity ${id}`);
    return summary;
  },
  'entity/dossier': async ({ id, date }) => (await corpus()).dossier(id, date),
  'corpus/search': async ({ text }) => (await corpus()).search(text),
  'page/scan': async ({ page, texts, date }, origin) => {
    if (origin.tabId === undefined || origin.extensionPage) throw new Error('only a tab\'s content script scans its page');
    // A reading is named by its tab too: no tab's pieces are read in another's order.
    return scans.scan(`${origin.tabId} ${page}`, texts, date);
  },
  'frame/register': async ({ token }, origin) => {
    if (origin.tabId === undefined || origin.extensionPage) throw new Error('only a tab\'s content script registers frames');
    await registerToken(origin.tabId, token);
    return null;
  },
  'frame/token': async (_, origin) => {
    if (origin.tabId === undefined || !origin.extensionPage) return { token: null };
    return { token: await tokenOf(origin.tabId) };
  },
  // A page's own script can reach a content script's messages: only the extension's pages, which
  // read the article off the tab themselves, write to the library.
  'library/save': async (capture, origin) => {
    onlyExtensionPages(origin, 'save articles');
    return library.saveArticle(capture);
  },
  'actors/add': async (fields, origin) => {
    onlyExtensionPages(origin, 'add actors');
    const actor = await library.addActor(fields);
    await actorsChanged();
    return actor;
  },
  'library/changed': async (_, origin) => {
    onlyExtensionPages(origin, 'edit the library');
    await actorsChanged();
    return null;
  },
  'settings/change': async (patch, origin) => {
    onlyExtensionPages(origin, 'change settings');
    return writeSettings((current) => applyPatch(current, patch));
  },
  'settings/import': async ({ text }, origin) => {
    onlyExtensionPages(origin, 'import settings');
    // Merged onto the settings as they are when its turn comes; a file refused changes nothing.
    let result: ImportResult | undefined;
    await writeSettings((current) => {
      result = importSettings(text, current);
      return result.ok ? result.settings : current;
    });
    return result!;
  },
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetToken(tabId);
  void forgetTab(tabId);
});

// A settings change (the popup's switch, a command, the options page) or a change of the reader's
// actors reaches every tab as its site's new state: the tab applies it and reports what it then
// shows, which the popup follows.
async function pushSiteStates(): Promise<void> {
  const [settings, actors] = await Promise.all([loadSettings(), library.listActors()]);
  for (const [tabId, hostname] of await siteTabs()) {
    // A tab gone elsewhere, or to a page without Siyaq, has no one to answer.
    sendToTab(tabId, 'site/changed', siteState(settings, hostname, actors)).catch(() => void forgetTab(tabId));
  }
}
onSettingsChanged(() => void pushSiteStates());

/**
 * The reader's actors changed: the page scans read them again (a settings change leaves them,
 * and the pages' readings, as they are), and every tab is told, to read its page again.
 */
function actorsChanged(): Promise<void> {
  scans.forgetActors();
  return pushSiteStates();
}

/**
 * A change pushed while a tab's content script was still loading finds no one to answer, and one
 * that arrives as it starts may be overtaken by the state it asked for first: a page that reports
 * working where its site is now off (or idle where it is on) is sent its site's state again.
 */
async function settleTab(tabId: number, host: string | null, status: PageStatus): Promise<void> {
  if (host === null || !status.arabic) return;
  const settings = await settingsNow();
  // Reports come after every batch of a live page's changes: most agree, and cost one read.
  if (isOnFor(settings, host) === status.active) return;
  await rememberTab(tabId, host);
  await sendToTab(tabId, 'site/changed', siteState(settings, host, await library.listActors())).catch(() => void forgetTab(tabId));
}

browser.runtime.onInstalled.addListener(createContextMenu);
browser.commands.onCommand.addListener((command) => void onCommand(command));
browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenu(info, tab));

// The browser's own entry points, reachable from a test's service-worker evaluate, which has no
// way to press a shortcut or pick a context-menu item; the library and the answers, for the
// library bench to fill and time them where they run.
Object.assign(globalThis, { siyaq: { onCommand, onContextMenu, library, corpus } });
