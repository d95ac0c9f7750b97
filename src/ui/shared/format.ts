import type { DateStatus } from '../../index/types';
import { messageIn, uiLanguage } from './i18n';

// Building a DateTimeFormat costs far more than using one, and a sidebar view shows dozens of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string): Intl.DateTimeFormat {
  let f = formatters.get(lang);
  if (!f) formatters.set(lang, (f = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })));
  return f;
}

/** An article date for display: localised, and flagged when the corpus inferred it. */
export function formatDate(iso: string, status: DateStatus, lang = uiLanguage()): string {
  const date = new Date(`${iso}T12:00:00Z`);
  const text = Number.isNaN(date.getTime()) ? iso : formatter(lang).format(date);
  return status === 'inferred' ? messageIn(lang, 'dateInferred', text) : text;
}
