/** The background (service worker in Chromium, event page in Firefox): answers the typed protocol. */
import browser from 'webextension-polyfill';
import { listenAsBackground, sendToTab } from '../messages/transport';
import { loadSettings, onSettingsChanged } from '../settings/storage';
import { badgeText } from './badge';
import { createContextMenu, onCommand, onContextMenu } from './commands';
import { corpus } from './corpus';
import { forgetToken, registerToken, tokenOf } from './frame-tokens';
import { siteState } from './site-state';
import { forgetTab, rememberTab, siteTabs } from './site-tabs';

listenAsBackground({
  'site/state': async ({ hostname }, origin) => {
    // A content script asking is one to tell of later changes (the popup asks for a tab it acts on).
    if (origin.tabId !== undefined && !origin.extensionPage) await rememberTab(origin.tabId, hostname);
    return siteState(await loadSettings(), hostname, []);
  },
  'page/report': async (status, origin) => {
    if (origin.tabId === undefined) return null;
    await browser.action.setBadgeText({ tabId: origin.tabId, text: badgeText(status) });
    return null;
  },
  'entity/summary': async ({ id, date }) => {
    const summary = (await corpus()).summary(id, date);
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
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetToken(tabId);
  void forgetTab(tabId);
});

// A settings change (the popup's switch, a command, the options page) reaches every tab as its
// site's new state: the tab applies it and reports what it then shows, which the popup follows.
onSettingsChanged(async () => {
  const settings = await loadSettings();
  for (const [tabId, hostname] of await siteTabs()) {
    // A tab gone elsewhere, or to a page without Siyaq, has no one to answer.
    sendToTab(tabId, 'site/changed', siteState(settings, hostname, [])).catch(() => void forgetTab(tabId));
  }
});

browser.runtime.onInstalled.addListener(createContextMenu);
browser.commands.onCommand.addListener((command) => void onCommand(command));
browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenu(info, tab));

// The browser's own entry points, reachable from a test's service-worker evaluate, which has no
// way to press a shortcut or pick a context-menu item.
Object.assign(globalThis, { siyaq: { onCommand, onContextMenu } });
