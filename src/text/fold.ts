/**
 * Folding of Arabic text for matching only; what the page shows is never changed. Two spellings a
 * reader takes for the same word fold to the same string:
 *
 * - diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks, honorifics) dropped;
 * - tatweel, zero-width and bidi controls, soft hyphen and BOM dropped;
 * - أ إ آ ٱ (and the rarer wavy/high-hamza alefs) → ا, since news sites write hamza on alef
 *   inconsistently (إسرائيل / اسرائيل);
 * - ى → ي and ة → ه, the usual Egyptian and careless spellings (مصطفى / مصطفي, غزة / غزه);
 * - ؤ → و and ئ → ي: the combining hamza (U+0654) is a diacritic and dropped, so the decomposed
 *   spellings و+ٔ and ي+ٔ fold to و and ي; folding the precomposed letters the same way keeps NFC
 *   and NFD text alike, and also covers hamza dropped in typing (رئيس / ريس);
 * - Persian ی ک and Kurdish/Urdu heh forms → ي ك ه;
 * - Arabic-Indic and Extended Arabic-Indic digits → ASCII; ASCII letters → lower case;
 * - presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) → NFKC, then folded as above.
 *
 * Everything else is kept as is, so folding is idempotent and never merges two words.
 */
import { EXPAND, EXPAND_BREAK, EXPANSION, FIRST_LETTER, IGNORABLE, MARK, TABLE, resolve } from './char-class';

export interface Folded {
  folded: string;
  /**
   * `map[i]` is the UTF-16 offset in the original of the character folded char `i` came from
   * (every char of a ligature's expansion maps to the ligature); `map[folded.length]` is the
   * original's length.
   */
  map: Int32Array;
}

// UTF-16 code units to a string natively: String.fromCharCode.apply over a typed array copies it
// into an argument list first, which was half of Siyaq's cost on a 5 MB live blog. The arrays are
// in the platform's byte order, little-endian wherever a browser runs. The decoder would replace
// a lone surrogate, which folding keeps as it is: text with surrogates takes the slow way.
const UTF16 = new TextDecoder('utf-16le');
const CHUNK = 8192;

function toString(buf: Uint16Array, length: number, surrogates: boolean): string {
  if (!surrogates) return UTF16.decode(buf.subarray(0, length));
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[]);
  }
  return out;
}

// A buffer reused by folds that keep no offset map, most of them a word long: allocating one per
// call cost more than the fold. Longer texts get their own, so that this stays small.
const scratch = new Uint16Array(4096);

function grown<T extends Uint16Array | Int32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

function foldInto(s: string, withMap: boolean): Folded {
  const table = TABLE;
  const n = s.length;
  // Only ligatures make the folded text longer than the rest of the input; buffers are grown
  // there, so every other char is written without a bounds check.
  let buf = !withMap && n < scratch.length ? scratch : new Uint16Array(n + 1);
  let map = new Int32Array(withMap ? n + 1 : 0);
  let k = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let t = table[c]!;
    if (t === 0) t = resolve(c);
    if (t >= FIRST_LETTER) {
      buf[k] = t;
    } else if (t === MARK || t === IGNORABLE) {
      continue;
    } else if (t === EXPAND || t === EXPAND_BREAK) {
      const exp = EXPANSION.get(c)!;
      const need = k + exp.length + (n - i) + 1;
      if (need > buf.length) {
        buf = grown(buf, need * 2);
        if (withMap) map = grown(map, need * 2);
      }
      for (let j = 0; j < exp.length; j++, k++) {
        buf[k] = exp.charCodeAt(j);
        if (withMap) map[k] = i;
      }
      continue;
    } else {
      buf[k] = c;
      if ((c & 0xf800) === 0xd800) surrogates = true;
    }
    if (withMap) map[k] = i;
    k++;
  }
  if (withMap) map[k] = n;
  return { folded: toString(buf, k, surrogates), map: withMap ? map.subarray(0, k + 1) : map };
}

/** Folds `s` for matching and maps every folded char back to its offset in `s`. */
export function foldText(s: string): Folded {
  return foldInto(s, true);
}

/** Folds a word or phrase (a catalogue form, a guard word) without building the offset map. */
export function foldWord(s: string): string {
  return foldInto(s, false).folded;
}
