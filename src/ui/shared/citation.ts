/**
 * A passage's source as one line of text to paste into an article or a note: outlet (where
 * known), title, date and, for an article the reader saved, its address, with the punctuation of
 * the UI's language. The bundled seeds are saved pages without an address, so theirs name none.
 */
import type { PassageRef } from '../../messages/protocol';
import { formatDate } from './format';
import { messageIn } from './i18n';

export type Citable = Pick<PassageRef, 'outlet' | 'title' | 'titleStatus' | 'date' | 'dateStatus'> & { url?: string | null };

const CONVENTIONS = {
  ar: { comma: '، ', open: '«', close: '»' },
  en: { comma: ', ', open: '“', close: '”' },
} as const;

// First-strong isolate … pop directional isolate: what <bdi> is in markup, for plain text, so that
// an Arabic outlet and title in an English line each keep their order wherever the line is pasted.
const isolate = (piece: string): string => `\u2068${piece}\u2069`;

export function formatCitation(ref: Citable, lang: 'ar' | 'en'): string {
  const { comma, open, close } = CONVENTIONS[lang];
  const title = ref.titleStatus === 'printed' ? `${open}${isolate(ref.title)}${close}` : `${messageIn(lang, 'titleSupplied')} ${isolate(ref.title)}`;
  const date = isolate(formatDate(ref.date, ref.dateStatus, lang));
  const pieces = ref.outlet === null ? [title, date] : [isolate(ref.outlet), title, date];
  return [...pieces, ...(ref.url ? [ref.url] : [])].join(comma);
}
