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

// Writes run one after another, so two tabs reporting at once do not lose one of the two. A
// tab asks on every page it loads, mostly of the host it already had: that writes nothing.
const inTurn = serial();
const edit = (tabId: number, hostname: string | undefined): Promise<void> =>
  inTurn(async () => {
    const tabs = await all();
    if (tabs[tabId] === hostname) return;
    if (hostname === undefined) delete tabs[tabId];
    else tabs[tabId] = hostname;
    await browser.storage.session.set({ [KEY]: tabs });
  });

export const rememberTab = (tabId: number, hostname: string): Promise<void> => edit(tabId, hostname);

export const forgetTab = (tabId: number): Promise<void> => edit(tabId, undefined);

export async function hostOfTab(tabId: number): Promise<string | undefined> {
  return (await all())[tabId];
}

export async function siteTabs(): Promise<[number, string][]> {
  return Object.entries(await all()).map(([id, host]) => [Number(id), host]);
}
