/** Settings in browser.storage.local under one key; reading never throws. */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './schema';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS, sites: {} };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Read, change, write: every writer goes through the schema, so what is stored always fits it. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
}

/** Calls back whenever the stored settings change, from any page of the extension. */
export function onSettingsChanged(callback: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback();
  });
}
