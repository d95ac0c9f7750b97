/**
 * An open-addressing hash set of folded words, looked up straight from the page text: the
 * scanner hashes folded chars into a reused buffer as it reads them, so a word is looked up
 * without ever being built as a string. A small bit filter in front answers most misses from a
 * table that stays in cache.
 */

export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

/** FNV-1a over folded code units; the scanner inlines the same step. */
export function hashFolded(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), HASH_PRIME);
  return h;
}

const FILTER_BITS = 1 << 19;
/** Index of the filter word for hash `h`; the bit within it is `h & 31`. */
export const FILTER_MASK = (FILTER_BITS >>> 5) - 1;

/**
 * Longest word, in folded chars, the table can match; the scanner keeps only that many chars of
 * a word (no Arabic word comes near it).
 */
export const WORD_CAP = 128;

export class WordTable {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  /** Bit `h & 31` of word `(h >>> 13) & FILTER_MASK` is set when some word hashes to `h`. */
  readonly filter = new Uint32Array(FILTER_BITS >>> 5);
  private slotHash = new Int32Array(0);
  private slotId = new Int32Array(0);
  private mask = 0;
  /** All words' chars, back to back, and where each starts (`start[id + 1]` is its end). */
  private pool = new Uint16Array(0);
  private start = new Int32Array(0);

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
    this.start = new Int32Array(this.words.length + 1);
    this.pool = new Uint16Array(this.words.reduce((sum, w) => sum + w.length, 0));
    this.words.forEach((word, id) => {
      for (let i = 0; i < word.length; i++) this.pool[this.start[id]! + i] = word.charCodeAt(i);
      this.start[id + 1] = this.start[id]! + word.length;
      const h = hashFolded(word);
      this.filter[(h >>> 13) & FILTER_MASK]! |= 1 << (h & 31);
      let slot = h & this.mask;
      while (this.slotId[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slotHash[slot] = h;
      this.slotId[slot] = id;
    });
  }

  /**
   * The id of the word whose folded text, hashing to `h`, is `chars[0 .. length)`; -1 when there
   * is none. Callers test `filter` first.
   */
  find(h: number, chars: Uint16Array, length: number): number {
    const { slotHash, slotId, mask, pool, start } = this;
    for (let slot = h & mask; slotId[slot] !== -1; slot = (slot + 1) & mask) {
      if (slotHash[slot] !== h) continue;
      const id = slotId[slot]!;
      const from = start[id]!;
      if (start[id + 1]! - from !== length) continue;
      let i = 0;
      while (i < length && pool[from + i] === chars[i]) i++;
      if (i === length) return id;
    }
    return -1;
  }
}
