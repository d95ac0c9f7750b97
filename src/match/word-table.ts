/**
 * An open-addressing hash set of folded words, looked up straight from the page text: the
 * scanner hashes folded chars as it reads them, so a word is looked up without ever being built
 * as a string. A small bit filter in front answers most misses (nearly every word of a page)
 * from a table that stays in cache.
 */
import { CLASS, CODE, EXPAND, EXPANSION, LETTER } from '../text/char-class';

export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

/** FNV-1a over folded code units; the scanner inlines the same step. */
export function hashFolded(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), HASH_PRIME);
  return h;
}

const FILTER_BITS = 1 << 19;

export class WordTable {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  private filter = new Uint32Array(FILTER_BITS >>> 5);
  private slotHash = new Int32Array(0);
  private slotId = new Int32Array(0);
  private mask = 0;

  /** Adds a folded word (once) and returns its id. Call `seal` before looking anything up. */
  add(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** The id of a folded word, or -1. */
  idOf(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  seal(): void {
    let size = 16;
    while (size < this.words.length * 4) size <<= 1;
    this.mask = size - 1;
    this.slotHash = new Int32Array(size);
    this.slotId = new Int32Array(size).fill(-1);
    this.filter.fill(0);
    this.words.forEach((word, id) => {
      const h = hashFolded(word);
      this.filter[(h >>> 13) & ((FILTER_BITS >>> 5) - 1)]! |= 1 << (h & 31);
      let slot = h & this.mask;
      while (this.slotId[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slotHash[slot] = h;
      this.slotId[slot] = id;
    });
  }

  /**
   * The id of the word whose folded text hashes to `h` and has `length` folded chars, checked
   * against `text.slice(start, end)` folded; -1 when there is none.
   */
  find(h: number, length: number, text: string, start: number, end: number): number {
    if ((this.filter[(h >>> 13) & ((FILTER_BITS >>> 5) - 1)]! & (1 << (h & 31))) === 0) return -1;
    for (let slot = h & this.mask; this.slotId[slot] !== -1; slot = (slot + 1) & this.mask) {
      if (this.slotHash[slot] !== h) continue;
      const id = this.slotId[slot]!;
      const word = this.words[id]!;
      if (word.length === length && foldedEquals(text, start, end, word)) return id;
    }
    return -1;
  }
}

/** Whether `text.slice(start, end)` folds to exactly `word` (all its chars word chars). */
function foldedEquals(text: string, start: number, end: number, word: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === LETTER) {
      if (CODE[c] !== word.charCodeAt(k++)) return false;
    } else if (cls === EXPAND) {
      const exp = EXPANSION.get(c)!;
      for (let j = 0; j < exp.length; j++) if (exp.charCodeAt(j) !== word.charCodeAt(k++)) return false;
    }
  }
  return k === word.length;
}
