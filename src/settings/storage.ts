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
