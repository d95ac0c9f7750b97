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

// Made once, on a page's first char outside the ranges told by code: building a \p{…} class
// costs every page that loads content.js 0.3 ms (timed there), and a page with a lang attribute,
// or with only common chars, never needs one. (esbuild writes them as `new RegExp(...)`, so
// inside the loop they would be made again per char.)
let propertyRegexes: { letter: RegExp; arabic: RegExp } | null = null;
const unicodeProperties = (): { letter: RegExp; arabic: RegExp } =>
  (propertyRegexes ??= { letter: /\p{L}/u, arabic: /\p{Script=Arabic}/u });

/**
 * 1 for an Arabic-script letter, 0 for any other letter, -1 for anything else. ASCII, the
 * Arabic block's letters and its commonest signs, nearly every char of a news page, are told by
 * their code; the rest by the Unicode property regexes, which cost a page a few ms when asked
 * for every char. (U+0640, tatweel, is a letter of the Common script: the regexes decide it.)
 */
function letterKind(cp: number): number {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a ? 0 : -1;
  if (cp >= 0x0620 && cp <= 0x064a && cp !== 0x0640) return 1;
  // The Arabic comma, semicolon and question mark, harakat and digits; general punctuation.
  if (cp === 0x060c || cp === 0x061b || cp === 0x061f || (cp >= 0x064b && cp <= 0x0669) || (cp >= 0x2000 && cp <= 0x206f)) return -1;
  const ch = String.fromCodePoint(cp);
  const { letter, arabic } = unicodeProperties();
  if (!letter.test(ch)) return -1;
  return arabic.test(ch) ? 1 : 0;
}

/** Share of Arabic-script letters among all letters of the text (0 when it has none). */
export function arabicShare(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const kind = letterKind(cp);
    if (kind < 0) continue;
    letters++;
    arabic += kind;
  }
  return letters === 0 ? 0 : arabic / letters;
}

/** `sample` reads the page's text; it is called only where the lang attribute says nothing. */
export function isArabicPage(lang: string | null, sample: () => string): boolean {
  if (lang && lang.trim() !== '') return isArabicLang(lang);
  return arabicShare(sample()) >= ARABIC_SHARE_THRESHOLD;
}
