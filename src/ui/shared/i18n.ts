/**
 * UI strings from _locales, in the interface language (see ui-language.ts). The tables are
 * bundled and formatted here as browser.i18n would, so that the reader's choice of language, not
 * the browser's, decides every string of Siyaq's own pages.
 */
import arMessages from '../../../extension/_locales/ar/messages.json';
import enMessages from '../../../extension/_locales/en/messages.json';
import { formatMessage, type Message } from './format-message';
import { uiLanguage } from './ui-language';

export { setUiLanguage, uiLanguage } from './ui-language';

const TABLES: Record<'ar' | 'en', Record<string, Message>> = { ar: arMessages, en: enMessages };

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
