/**
 * The ways into Siyaq that the browser hands to the background: keyboard commands and the
 * context-menu entry on selected text. Each acts on its tab through the typed protocol.
 */
import browser, { type Menus } from 'webextension-polyfill';
import { sendToTab } from '../messages/transport';
import { siteOf } from '../settings/site-key';
import { isSiteOn, withSite } from '../settings/sites';
import { updateSettings } from '../settings/storage';
import { t } from '../ui/shared/i18n';
import { hostOfTab } from './site-tabs';

const LOOKUP_MENU_ID = 'siyaq-lookup';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Turns Siyaq on or off for the site of a tab; the change reaches the tab as its new state. */
async function toggleSiteOf(tabId: number): Promise<void> {
  const hostname = await hostOfTab(tabId);
  if (hostname === undefined) return;
  const site = siteOf(hostname);
  await updateSettings((s) => withSite(s, site, !isSiteOn(s, site)));
}

export async function onCommand(command: string): Promise<void> {
  const tabId = await activeTabId();
  if (tabId === undefined) return;
  // A tab without Siyaq's content script (a browser page) has no one to answer: nothing to do.
  if (command === 'toggle-sidebar') await sendToTab(tabId, 'sidebar/toggle', {}).catch(() => undefined);
  else if (command === 'toggle-site') await toggleSiteOf(tabId).catch(() => undefined);
}

export function createContextMenu(): void {
  browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: t('menuLookup'), contexts: ['selection'] });
}

export async function onContextMenu(info: Menus.OnClickData, tab?: { id?: number }): Promise<void> {
  if (info.menuItemId !== LOOKUP_MENU_ID || tab?.id === undefined || !info.selectionText) return;
  await sendToTab(tab.id, 'sidebar/toggle', { search: info.selectionText.trim().slice(0, 200) }).catch(() => undefined);
}
