/**
 * The language of Siyaq's own UI: the reader's choice in the options, or else the browser's
 * language (Arabic for an Arabic browser, English otherwise, as the manifest's default_locale
 * does for the browser's own use of them). Apart from the string tables, so the content script,
 * which only passes the language on to its frames, does not carry them.
 */
import browser from 'webextension-polyfill';
import type { UiLanguage } from '../../settings/schema';

let chosen: 'ar' | 'en' | null = null;
let browserLanguage: 'ar' | 'en' | null = null;

export function setUiLanguage(language: UiLanguage): void {
  chosen = language === 'auto' ? null : language;
}

export function uiLanguage(): 'ar' | 'en' {
  if (chosen) return chosen;
  if (!browserLanguage) {
    try {
      browserLanguage = browser.i18n.getUILanguage().toLowerCase().startsWith('ar') ? 'ar' : 'en';
    } catch {
      return 'en';
    }
  }
  return browserLanguage;
}
