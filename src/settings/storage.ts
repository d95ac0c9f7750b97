/**
 * Settings in browser.storage.local under one key, read through the schema and its migrations;
 * reading never throws, except where asked to (storedSettings). Every part reads through here;
 * only the background's settings writer (src/background/settings-writer.ts) writes, so that no
 * two writes interleave.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, readSettings, type ReadSettings, type Settings } from './schema';

const SETTINGS_KEY = 'settings';

const readStored = async (): Promise<ReadSettings> => readSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);

/** The stored settings, and which stored fields did not fit and show their defaults. */
export async function readStoredSettings(): Promise<ReadSettings> {
  try {
    return await readStored();
  } catch {
    return { settings: { ...DEFAULT_SETTINGS, sites: {} }, rejected: [] };
  }
}

export async function loadSettings(): Promise<Settings> {
  return (await readStoredSettings()).settings;
}

/**
 * The stored settings, rejecting where storage itself fails (what is stored and does not fit
 * still reads as its defaults): for a reader that keeps what it read, and must not keep the
 * defaults a passing failure would give.
 */
export async function storedSettings(): Promise<Settings> {
  return (await readStored()).settings;
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
