/**
 * The ways into Siyaq that the browser hands to the background: keyboard commands and the
 * context-menu entries (look up or add the selected text, save the page's article). Each acts on
 * its tab through the typed protocol.
 */
import browser, { type Menus } from 'webextension-polyfill';
import { saveCapture } from '../library/save-page';
import { MAX_QUERY_LENGTH } from '../messages/protocol';
import { sendToTab } from '../messages/transport';
import { siteOf } from '../settings/site-key';
import { isSiteOn, withSite } from '../settings/sites';
import { t } from '../ui/shared/i18n';
import { library } from './corpus';
import { writeSettings } from './settings-writer';
import { hostOfTab } from './site-tabs';

const LOOKUP_MENU_ID = 'siyaq-lookup';
const ADD_ACTOR_MENU_ID = 'siyaq-add-actor';
const SAVE_MENU_ID = 'siyaq-save';
// How long the toolbar badge says how saving went, for the ways in that have no UI of their own.
const SAVE_BADGE_MS = 3000;

/**
 * Saves the article of a tab (keyboard command, context menu) and says how it went on the
 * toolbar badge: ✓ saved or updated, – no article, ! failed.
 */
async function saveTab(tabId: number): Promise<void> {
  const outcome = await saveCapture(await sendToTab(tabId, 'page/article', null).catch(() => null), (c) => library.saveArticle(c));
  const mark = outcome.status === 'failed' ? '!' : outcome.status === 'no-article' ? '–' : '✓';
  await browser.action.setBadgeText({ tabId, text: mark });
  setTimeout(() => void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined), SAVE_BADGE_MS);
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Turns Siyaq on or off for the site of a tab; the change reaches the tab as its new state. */
async function toggleSiteOf(tabId: number): Promise<void> {
  const hostname = await hostOfTab(tabId);
  if (hostname === undefined) return;
  const site = siteOf(hostname);
  await writeSettings((s) => withSite(s, site, !isSiteOn(s, site)));
}

export async function onCommand(command: string): Promise<void> {
  const tabId = await activeTabId();
  if (tabId === undefined) return;
  // A tab without Siyaq's content script (a browser page) has no one to answer: nothing to do.
  if (command === 'toggle-sidebar') await sendToTab(tabId, 'sidebar/toggle', {}).catch(() => undefined);
  else if (command === 'toggle-site') await toggleSiteOf(tabId).catch(() => undefined);
  else if (command === 'save-article') await saveTab(tabId);
}

export function createContextMenu(): void {
  browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: t('menuLookup'), contexts: ['selection'] });
  browser.contextMenus.create({ id: ADD_ACTOR_MENU_ID, title: t('menuAddActor'), contexts: ['selection'] });
  browser.contextMenus.create({ id: SAVE_MENU_ID, title: t('menuSave'), contexts: ['page'] });
}

export async function onContextMenu(info: Menus.OnClickData, tab?: { id?: number }): Promise<void> {
  if (tab?.id === undefined) return;
  if (info.menuItemId === SAVE_MENU_ID) return saveTab(tab.id);
  const selected = info.selectionText?.trim().replace(/\s+/g, ' ');
  if (!selected) return;
  // The tab opens its sidebar on a search for the selection, or on the form to add it.
  const open = info.menuItemId === LOOKUP_MENU_ID ? { search: selected.slice(0, MAX_QUERY_LENGTH) } : info.menuItemId === ADD_ACTOR_MENU_ID ? { actor: selected.slice(0, 80) } : null;
  if (open) await sendToTab(tab.id, 'sidebar/toggle', open).catch(() => undefined);
}
