/**
 * Settings in browser.storage.local under one key, read through the schema and its migrations;
 * reading never throws. Every part reads through here; only the background's settings writer
 * (src/background/settings-writer.ts) writes, so that no two writes interleave.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, readSettings, type ReadSettings, type Settings } from './schema';

const SETTINGS_KEY = 'settings';

/** The stored settings, and which stored fields did not fit and show their defaults. */
export async function readStoredSettings(): Promise<ReadSettings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return readSettings(stored[SETTINGS_KEY]);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS, sites: {} }, rejected: [] };
  }
}

export async function loadSettings(): Promise<Settings> {
  return (await readStoredSettings()).settings;
}

/** Rejects as storage does (a quota refused, say), leaving what was stored as it was. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls back whenever the stored settings change, from any page of the extension. */
export function onSettingsChanged(callback: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback();
  });
}
