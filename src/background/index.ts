/** The background (service worker in Chromium, event page in Firefox): answers the typed protocol. */
import browser from 'webextension-polyfill';
import { listen } from '../messages/transport';
import { loadSettings } from '../settings/storage';
import { badgeText } from './badge';
import { createContextMenu, onCommand, onContextMenu } from './commands';
import { corpus } from './corpus';
import { forgetToken, registerToken, tokenOf } from './frame-tokens';
import { siteState } from './site-state';

listen({
  'site/state': async ({ hostname }) => siteState(await loadSettings(), hostname),
  'page/report': async (status, origin) => {
    if (origin.tabId === undefined) return null;
    await browser.action.setBadgeText({ tabId: origin.tabId, text: badgeText(status) });
    return null;
  },
  'entity/summary': async ({ id }) => {
    const summary = (await corpus()).summary(id);
    if (!summary) throw new Error(`unknown entity ${id}`);
    return summary;
  },
  'entity/dossier': async ({ id }) => (await corpus()).dossier(id),
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

browser.tabs.onRemoved.addListener((tabId) => void forgetToken(tabId));

browser.runtime.onInstalled.addListener(createContextMenu);
browser.commands.onCommand.addListener((command) => void onCommand(command));
browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenu(info, tab));

// The browser's own entry points, reachable from a test's service-worker evaluate, which has no
// way to press a shortcut or pick a context-menu item.
Object.assign(globalThis, { siyaq: { onCommand, onContextMenu } });
