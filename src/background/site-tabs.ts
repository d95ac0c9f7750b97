/**
 * The tabs whose content script has asked for its site's state, with their host: the ones a
 * settings change is pushed to, and the host a command acts on (without the tabs permission the
 * background cannot read a tab's URL). Kept in session storage, which outlives a stopped
 * service worker and is gone with the browser session.
 */
import browser from 'webextension-polyfill';
import { serial } from './serial';

const KEY = 'site-tabs';

async function all(): Promise<Record<string, string>> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  return typeof stored === 'object' && stored !== null ? (stored as Record<string, string>) : {};
}

// Writes run one after another, so two tabs reporting at once do not lose one of the two.
const inTurn = serial();
const edit = (change: (tabs: Record<string, string>) => void): Promise<void> =>
  inTurn(async () => {
    const tabs = await all();
    change(tabs);
    await browser.storage.session.set({ [KEY]: tabs });
  });

export const rememberTab = (tabId: number, hostname: string): Promise<void> =>
  edit((tabs) => {
    tabs[tabId] = hostname;
  });

export const forgetTab = (tabId: number): Promise<void> =>
  edit((tabs) => {
    delete tabs[tabId];
  });

export async function hostOfTab(tabId: number): Promise<string | undefined> {
  return (await all())[tabId];
}

export async function siteTabs(): Promise<[number, string][]> {
  return Object.entries(await all()).map(([id, host]) => [Number(id), host]);
}
