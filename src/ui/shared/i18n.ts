/**
 * UI strings from _locales. They follow the browser's language, unless the reader chose Siyaq's
 * interface language in its options: then they come from the bundled table for that language,
 * formatted the way browser.i18n formats them ($NAME$ placeholders bound to $1, $2 …).
 */
import browser from 'webextension-polyfill';
import arMessages from '../../../extension/_locales/ar/messages.json';
import enMessages from '../../../extension/_locales/en/messages.json';
import type { UiLanguage } from '../../settings/schema';
import { formatMessage, type Message } from './format-message';

const TABLES: Record<'ar' | 'en', Record<string, Message>> = { ar: arMessages, en: enMessages };

let chosen: 'ar' | 'en' | null = null;

export function setUiLanguage(language: UiLanguage): void {
  chosen = language === 'auto' ? null : language;
}

/** A UI string in the interface language. */
export function t(key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  if (chosen) return formatMessage(TABLES[chosen][key], subs) ?? key;
  return browser.i18n.getMessage(key, subs) || key;
}

/**
 * The language of Siyaq's own UI: the chosen one, or the locale the browser picked its
 * messages from, so that direction and date formats always agree with the strings shown.
 */
export function uiLanguage(): 'ar' | 'en' {
  return chosen ?? (browser.i18n.getMessage('@@ui_locale').toLowerCase().startsWith('ar') ? 'ar' : 'en');
}

/** Direction and language for an element of Siyaq's own UI, following the UI language. */
export function applyLocale(el: HTMLElement): void {
  const lang = uiLanguage();
  el.lang = lang;
  el.dir = lang === 'ar' ? 'rtl' : 'ltr';
}
