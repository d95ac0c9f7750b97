import browser from 'webextension-polyfill';

/** A UI string from _locales, in the browser's language (Arabic or English). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The language of Siyaq's own UI: the locale the browser picked its messages from, so that
 * direction and date formats always agree with the strings shown.
 */
export function uiLanguage(): 'ar' | 'en' {
  return browser.i18n.getMessage('@@ui_locale').toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Direction and language for an element of Siyaq's own UI, following the UI language. */
export function applyLocale(el: HTMLElement): void {
  const lang = uiLanguage();
  el.lang = lang;
  el.dir = lang === 'ar' ? 'rtl' : 'ltr';
}
