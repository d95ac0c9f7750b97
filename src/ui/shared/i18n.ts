import browser from 'webextension-polyfill';

/** A UI string from _locales, in the browser's language (Arabic or English). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Direction and language for the extension's own pages, following the UI locale. */
export function applyDocumentLocale(doc: Document): void {
  const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('ar') ? 'ar' : 'en';
  doc.documentElement.lang = lang;
  doc.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}
