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
import { CLASS, CODE, EXPAND, EXPAND_BREAK, EXPANSION, IGNORABLE, LETTER, MARK, resolve } from './char-class';

export interface Folded {
  folded: string;
  /**
   * `map[i]` is the UTF-16 offset in the original of the character folded char `i` came from
   * (every char of a ligature's expansion maps to the ligature); `map[folded.length]` is the
   * original's length.
   */
  map: Int32Array;
}

const CHUNK = 8192;

function toString(buf: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[]);
  }
  return out;
}

function foldInto(s: string, withMap: boolean): Folded {
  let buf = new Uint16Array(s.length);
  let map = new Int32Array(withMap ? s.length + 1 : 0);
  let n = 0;
  const push = (code: number, at: number): void => {
    if (n === buf.length) {
      const bigger = new Uint16Array(buf.length * 2 + 16);
      bigger.set(buf);
      buf = bigger;
      if (withMap) {
        const biggerMap = new Int32Array(bigger.length + 1);
        biggerMap.set(map);
        map = biggerMap;
      }
    }
    buf[n] = code;
    if (withMap) map[n] = at;
    n++;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let cls = CLASS[c]!;
    if (cls === 0) cls = resolve(c);
    if (cls === MARK || cls === IGNORABLE) continue;
    if (cls === EXPAND || cls === EXPAND_BREAK) {
      const exp = EXPANSION.get(c)!;
      for (let j = 0; j < exp.length; j++) push(exp.charCodeAt(j), i);
    } else {
      push(cls === LETTER ? CODE[c]! : c, i);
    }
  }
  if (withMap) {
    if (map.length < n + 1) {
      const exact = new Int32Array(n + 1);
      exact.set(map.subarray(0, n));
      map = exact;
    }
    map[n] = s.length;
  }
  return { folded: toString(buf, n), map: withMap ? map.subarray(0, n + 1) : map };
}

/** Folds `s` for matching and maps every folded char back to its offset in `s`. */
export function foldText(s: string): Folded {
  return foldInto(s, true);
}

/** Folds a word or phrase (a catalogue form, a guard word) without building the offset map. */
export function foldWord(s: string): string {
  return foldInto(s, false).folded;
}
