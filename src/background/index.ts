/** The background (service worker in Chromium, event page in Firefox): answers the typed protocol. */
import browser from 'webextension-polyfill';
import { listenAsBackground, sendToTab } from '../messages/transport';
import { loadSettings, onSettingsChanged } from '../settings/storage';
import { badgeText } from './badge';
import { createContextMenu, onCommand, onContextMenu } from './commands';
import { corpus, library } from './corpus';
import { forgetToken, registerToken, tokenOf } from './frame-tokens';
import { siteState } from './site-state';
import { forgetTab, rememberTab, siteTabs } from './site-tabs';

listenAsBackground({
  'site/state': async ({ hostname }, origin) => {
    // A content script asking is one to tell of later changes (the popup asks for a tab it acts on).
    if (origin.tabId !== undefined && !origin.extensionPage) await rememberTab(origin.tabId, hostname);
    return siteState(await loadSettings(), hostname, await library.listActors());
  },
  'page/report': async (status, origin) => {
    if (origin.tabId === undefined) return null;
    await browser.action.setBadgeText({ tabId: origin.tabId, text: badgeText(status) });
    return null;
  },
  'entity/summary': async ({ id, date }) => {
    const summary = await (await corpus()).summary(id, date);
    if (!summary) throw new Error(`unknown entity ${id}`);
    return summary;
  },
  'entity/dossier': async ({ id, date }) => (await corpus()).dossier(id, date),
  'corpus/search': async ({ text }) => (await corpus()).search(text),
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
    if (!origin.extensionPage) throw new Error('only the extension\'s pages save articles');
    return library.saveArticle(capture);
  },
  'actors/add': async (fields, origin) => {
    if (!origin.extensionPage) throw new Error('only the extension\'s pages add actors');
    const actor = await library.addActor(fields);
    await pushSiteStates();
    return actor;
  },
  'library/changed': async (_, origin) => {
    if (!origin.extensionPage) throw new Error('only the extension\'s pages edit the library');
    await pushSiteStates();
    return null;
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

browser.runtime.onInstalled.addListener(createContextMenu);
browser.commands.onCommand.addListener((command) => void onCommand(command));
browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenu(info, tab));

// The browser's own entry points, reachable from a test's service-worker evaluate, which has no
// way to press a shortcut or pick a context-menu item; the library and the answers, for the
// library bench to fill and time them where they run.
Object.assign(globalThis, { siyaq: { onCommand, onContextMenu, library, corpus } });
