/**
 * Whether a page is Arabic. The lang attribute decides when the page sets one; otherwise the
 * share of Arabic letters among the letters of its visible text does.
 */
const ARABIC_SHARE_THRESHOLD = 0.3;

// Arabic and the ISO 639-3 codes of its spoken varieties that news sites use.
const ARABIC_LANG = /^(ar|arb|arz|ary|arq|aeb|apc|ajp|acm|afb|ars|ayl)([-_]|$)/i;

export function isArabicLang(lang: string): boolean {
  return ARABIC_LANG.test(lang.trim());
}

/** Share of Arabic-script letters among all letters of the text (0 when it has none). */
export function arabicShare(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}

/** `sample` reads the page's text; it is called only where the lang attribute says nothing. */
export function isArabicPage(lang: string | null, sample: () => string): boolean {
  if (lang && lang.trim() !== '') return isArabicLang(lang);
  return arabicShare(sample()) >= ARABIC_SHARE_THRESHOLD;
}
