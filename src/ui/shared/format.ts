import type { DateStatus } from '../../corpus/types';
import { t, uiLanguage } from './i18n';

/** An article date for display: localised, and flagged when the corpus inferred it. */
export function formatDate(iso: string, status: DateStatus): string {
  const date = new Date(`${iso}T12:00:00Z`);
  const text = Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(uiLanguage(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
  return status === 'inferred' ? t('dateInferred', text) : text;
}
