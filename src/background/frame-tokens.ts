/**
 * The secret each tab's content script shares with its card and sidebar frames. Kept in session
 * storage, which content scripts cannot read and which outlives a stopped service worker.
 */
import browser from 'webextension-polyfill';

const key = (tabId: number): string => `frame-token:${tabId}`;

export async function registerToken(tabId: number, token: string): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: token });
}

export async function tokenOf(tabId: number): Promise<string | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return typeof stored === 'string' ? stored : null;
}

export function forgetToken(tabId: number): Promise<void> {
  return browser.storage.session.remove(key(tabId));
}
