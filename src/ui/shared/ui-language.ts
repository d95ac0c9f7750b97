/**
 * The language of Siyaq's own UI: the reader's choice in the options, or else the browser's
 * language (Arabic for an Arabic browser, English otherwise, as the manifest's default_locale
 * does for the browser's own use of them). Apart from the string tables, so the content script,
 * which only passes the language on to its frames, does not carry them.
 */
import type { UiLanguage } from '../../settings/schema';

// The browser's own namespace rather than webextension-polyfill: the content script, which runs
// on every page, would otherwise evaluate all of the polyfill for this one call.
type I18n = { i18n?: { getUILanguage(): string } } | undefined;
const globals = globalThis as { browser?: I18n; chrome?: I18n };

let chosen: 'ar' | 'en' | null = null;
let browserLanguage: 'ar' | 'en' | null = null;

export function setUiLanguage(language: UiLanguage): void {
  chosen = language === 'auto' ? null : language;
}

export function uiLanguage(): 'ar' | 'en' {
  if (chosen) return chosen;
  if (!browserLanguage) {
    try {
      browserLanguage = (globals.browser?.i18n ?? globals.chrome!.i18n!).getUILanguage().toLowerCase().startsWith('ar') ? 'ar' : 'en';
    } catch {
      return 'en';
    }
  }
  return browserLanguage;
}
