/**
 * One lookup table, indexed by UTF-16 code unit, shared by `foldText` and the matcher's tokenizer
 * so that both fold exactly alike. `TABLE[c]` is either the folded code unit of a word char
 * (always ≥ `FIRST_LETTER`) or one of the small class codes below. It is filled lazily: a code
 * unit is classified the first time it is seen (ASCII and the Arabic block at load), which keeps
 * module load near free in a content script while hot loops pay one typed-array read per char.
 */

/** Not classified yet; call `resolve`. */
export const UNKNOWN = 0;
/** An Arabic diacritic or Quranic mark: dropped, but belongs to the letter before it. */
export const MARK = 2;
/** Tatweel, zero-width and bidi controls: dropped and transparent (never split a word). */
export const IGNORABLE = 3;
/** A presentation-form ligature that folds to several word characters (ﻻ → لا); see `EXPANSION`. */
export const EXPAND = 4;
/** Whitespace other than line breaks. */
export const SPACE = 5;
/** A line break; two in one gap make a paragraph break. */
export const NEWLINE = 6;
/** A hyphen, which joins the words of a compound name (جان-إيف) when nothing else is around it. */
export const HYPHEN = 7;
/** Sentence-ending punctuation. */
export const STOP = 8;
/** Any other separator: punctuation, symbols, surrogates. */
export const PUNCT = 9;
/** A presentation-form ligature that folds to several words (ﷺ); folded, but a separator to the matcher. */
export const EXPAND_BREAK = 10;
/** Table values from here up are word chars, the value being the folded char. */
export const FIRST_LETTER = 0x20;

export const TABLE = new Uint16Array(0x10000);
export const EXPANSION = new Map<number, string>();

const ALEF = 0x0627;
const YEH = 0x064a;

/** Explicit letter foldings; see fold.ts for why each is there. */
const LETTER_MAP: ReadonlyArray<readonly [number, number]> = [
  [0x0622, ALEF], // آ
  [0x0623, ALEF], // أ
  [0x0625, ALEF], // إ
  [0x0671, ALEF], // ٱ wasla
  [0x0672, ALEF], // ٲ wavy hamza above
  [0x0673, ALEF], // ٳ wavy hamza below
  [0x0675, ALEF], // ٵ high hamza alef
  [0x0649, YEH], // ى
  [0x0626, YEH], // ئ
  [0x06cc, YEH], // Persian ی
  [0x0629, 0x0647], // ة → ه
  [0x06c0, 0x0647], // ۀ heh with yeh above
  [0x06c1, 0x0647], // ہ heh goal
  [0x06d5, 0x0647], // ە ae
  [0x0624, 0x0648], // ؤ → و
  [0x06a9, 0x0643], // Persian ک → ك
];

function inRanges(c: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [lo, hi] of ranges) if (c >= lo && c <= hi) return true;
  return false;
}

export const MARK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0610, 0x061a], // honorific signs
  [0x064b, 0x065f], // harakat, tanwin, shadda, sukun, combining hamza and madda
  [0x0670, 0x0670], // dagger alef
  [0x0674, 0x0674], // high hamza
  [0x06d6, 0x06ed], // Quranic annotation marks
  [0x08d3, 0x08ff], // Arabic Extended-A marks
];

export const IGNORABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x061c, 0x061c], // Arabic letter mark
  [0x0640, 0x0640], // tatweel
  [0x200b, 0x200f], // zero-width space/joiners, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
];

const SPACES = [0x09, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000];
const NEWLINES = [0x0a, 0x85, 0x2028, 0x2029];
const HYPHENS = [0x2d, 0x2010, 0x2011];
const STOPS = [0x21, 0x2e, 0x3b, 0x3f, 0x061b, 0x061f, 0x06d4, 0x2026];

export const PRESENTATION_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
];

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function set(c: number, value: number): number {
  TABLE[c] = value;
  return value;
}

/** Classifies code unit `c`, fills its table entry and returns it. */
export function resolve(c: number): number {
  if (TABLE[c] !== UNKNOWN) return TABLE[c]!;
  if (inRanges(c, MARK_RANGES)) return set(c, MARK);
  if (inRanges(c, IGNORABLE_RANGES)) return set(c, IGNORABLE);
  for (const [from, to] of LETTER_MAP) if (c === from) return set(c, to);
  if (c >= 0x41 && c <= 0x5a) return set(c, c + 0x20);
  if (c >= 0x0660 && c <= 0x0669) return set(c, 0x30 + c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return set(c, 0x30 + c - 0x06f0);
  if (SPACES.includes(c) || (c >= 0x2000 && c <= 0x200a)) return set(c, SPACE);
  if (NEWLINES.includes(c)) return set(c, NEWLINE);
  if (HYPHENS.includes(c)) return set(c, HYPHEN);
  if (STOPS.includes(c)) return set(c, STOP);
  if (c >= 0xd800 && c <= 0xdfff) return set(c, PUNCT);
  if (inRanges(c, PRESENTATION_RANGES)) {
    const nfkc = String.fromCharCode(c).normalize('NFKC');
    if (nfkc !== String.fromCharCode(c)) return resolvePresentation(c, nfkc);
  }
  // Control chars are never word chars, so a word char's own code is always ≥ FIRST_LETTER.
  return set(c, WORD_CHAR.test(String.fromCharCode(c)) ? c : PUNCT);
}

/**
 * Every code unit outside the presentation ranges that folds to the word char `folded`: itself,
 * the letters folded onto it (أ إ آ … → ا), an upper-case Latin letter, Arabic-Indic digits.
 */
export function spellingsOf(folded: number): number[] {
  const out = resolve(folded) === folded ? [folded] : [];
  for (const [from, to] of LETTER_MAP) if (to === folded) out.push(from);
  if (folded >= 0x61 && folded <= 0x7a) out.push(folded - 0x20);
  if (folded >= 0x30 && folded <= 0x39) out.push(0x0660 + folded - 0x30, 0x06f0 + folded - 0x30);
  return out;
}

/** The folded text of code unit `c` as `foldText` writes it ('' when dropped). */
export function foldedChar(c: number): string {
  const t = resolve(c);
  if (t >= FIRST_LETTER) return String.fromCharCode(t);
  if (t === MARK || t === IGNORABLE) return '';
  if (t === EXPAND || t === EXPAND_BREAK) return EXPANSION.get(c)!;
  return String.fromCharCode(c);
}

/**
 * NFKC of a presentation form, folded further. Spacing diacritics (ﹰ = space + fathatan) fold to
 * nothing but a space, so they count as marks rather than as a word break.
 */
function resolvePresentation(c: number, nfkc: string): number {
  let folded = '';
  let breaks = false;
  for (let i = 0; i < nfkc.length; i++) {
    const d = nfkc.charCodeAt(i);
    const t = resolve(d);
    folded += foldedChar(d);
    if (t < FIRST_LETTER && t !== MARK && t !== IGNORABLE) breaks = true;
  }
  if (folded.trim() === '') return set(c, MARK);
  if (folded.length === 1 && !breaks) return set(c, folded.charCodeAt(0));
  EXPANSION.set(c, folded);
  return set(c, breaks ? EXPAND_BREAK : EXPAND);
}

// The ranges nearly every Arabic page is made of, its punctuation included (no-break space, «»,
// dashes and curly quotes): the first char classified on sight costs a page the compilation of
// Unicode-property regexes, a few milliseconds. The rest are classified on first sight.
const PRELOADED: ReadonlyArray<readonly [number, number]> = [
  [0, 0x100],
  [0x0600, 0x0700],
  [0x2000, 0x2070],
];

/** The table's entries for the preloaded ranges, one char each, as the build inlines them. */
export function preloadedTable(): string {
  let out = '';
  for (const [from, to] of PRELOADED) for (let c = from; c < to; c++) out += String.fromCharCode(resolve(c));
  return out;
}

/**
 * Set by the build (scripts/build.ts) to `preloadedTable()`: classifying 384 chars at load cost
 * a content script several milliseconds on every page, copying them costs nothing. Node (tests,
 * scripts) has no such constant and classifies them here.
 */
declare const SIYAQ_CHAR_TABLE: string | undefined;

if (typeof SIYAQ_CHAR_TABLE === 'string') {
  let k = 0;
  for (const [from, to] of PRELOADED) for (let c = from; c < to; c++) TABLE[c] = SIYAQ_CHAR_TABLE.charCodeAt(k++);
} else {
  preloadedTable();
}
