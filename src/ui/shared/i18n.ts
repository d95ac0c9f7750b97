/**
 * UI strings from _locales, in Arabic or English: the reader's choice in the options, or else
 * the browser's language (Arabic for an Arabic browser, English otherwise, as the manifest's
 * default_locale does for the browser's own use of them). The tables are bundled and formatted
 * here as browser.i18n would, so a content script whose extension was updated under it (when
 * browser.i18n throws "Extension context invalidated") can still say so.
 */
import browser from 'webextension-polyfill';
import arMessages from '../../../extension/_locales/ar/messages.json';
import enMessages from '../../../extension/_locales/en/messages.json';
import type { UiLanguage } from '../../settings/schema';
import { formatMessage, type Message } from './format-message';

const TABLES: Record<'ar' | 'en', Record<string, Message>> = { ar: arMessages, en: enMessages };

let chosen: 'ar' | 'en' | null = null;
let browserLanguage: 'ar' | 'en' | null = null;

export function setUiLanguage(language: UiLanguage): void {
  chosen = language === 'auto' ? null : language;
}

/** The language of Siyaq's own UI. */
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

/** A UI string in the interface language. */
export function t(key: string, substitutions?: string | string[]): string {
  return messageIn(uiLanguage(), key, substitutions);
}

/** A UI string in a given language. */
export function messageIn(lang: 'ar' | 'en', key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return formatMessage(TABLES[lang][key], subs) ?? key;
}

/** Direction and language for an element of Siyaq's own UI, following the UI language. */
export function applyLocale(el: HTMLElement): void {
  const lang = uiLanguage();
  el.lang = lang;
  el.dir = lang === 'ar' ? 'rtl' : 'ltr';
}
