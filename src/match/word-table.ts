/**
 * An open-addressing hash set of folded words, looked up straight from the page text: the
 * scanner hashes folded chars as it reads them, so a word is looked up without ever being built
 * as a string, and only a hash hit is checked against the text. A small bit filter in front
 * answers most misses from memory that stays in cache.
 */
import { EXPAND, EXPANSION, FIRST_LETTER, TABLE } from '../text/char-class';

export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

/** A sealed table as the build ships it: the words back to back, and its lookup structures. */
export interface PackedWords {
  pool: Uint16Array;
  start: Int32Array;
  /** Each word's hash: a page that hashed every char of the pool again spent 3–5 ms cold. */
  hash: Int32Array;
  /**
   * The hash slots (word id + 1, 0 for empty) and the filter: filling them on the page cost
   * 5 ms of cold script for the 7,000 words of the two tables.
   */
  slots: Int16Array | Int32Array;
  filter: Uint32Array;
}

// Slots per word, and filter bits per word (a miss the filter lets through costs one probe).
const SLOTS_PER_WORD = 2;
const FILTER_BITS_PER_WORD = 16;

const powerOfTwoAtLeast = (n: number, min: number): number => {
  let size = min;
  while (size < n) size <<= 1;
  return size;
};

export class WordTable {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Bit `h & 31` of word `(h >>> 13) & filterMask` is set when some word hashes to `h`. */
  private filter: Uint32Array = new Uint32Array(1);
  private filterMask = 0;
  /** Open addressing on `h & mask`: word id + 1, or 0 for an empty slot. */
  private slots: Int16Array | Int32Array = new Int32Array(1);
  private mask = 0;
  /** All words' chars, back to back, and where each starts (`start[id + 1]` is its end). */
  private pool: Uint16Array = new Uint16Array(0);
  private start: Int32Array = new Int32Array(0);
  private hash: Int32Array = new Int32Array(0);

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

  /** How many words a sealed table holds: their ids are 0 to size - 1. */
  get size(): number {
    return this.hash.length;
  }

  /** A sealed table, for the build to ship. */
  packed(): PackedWords {
    return { pool: this.pool, start: this.start, hash: this.hash, slots: this.slots, filter: this.filter };
  }

  /** A sealed table from what `packed` gave, read in place; it takes no more words. */
  static fromPacked(p: PackedWords): WordTable {
    const table = new WordTable();
    table.pool = p.pool;
    table.start = p.start;
    table.hash = p.hash;
    table.slots = p.slots;
    table.mask = p.slots.length - 1;
    table.filter = p.filter;
    table.filterMask = p.filter.length - 1;
    return table;
  }

  seal(): void {
    this.start = new Int32Array(this.words.length + 1);
    this.pool = new Uint16Array(this.words.reduce((sum, w) => sum + w.length, 0));
    this.words.forEach((word, id) => {
      for (let i = 0; i < word.length; i++) this.pool[this.start[id]! + i] = word.charCodeAt(i);
      this.start[id + 1] = this.start[id]! + word.length;
    });
    this.hash = new Int32Array(this.words.length);
    this.words.forEach((word, id) => {
      let h = HASH_SEED;
      for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), HASH_PRIME);
      this.hash[id] = h;
    });
    this.index();
  }

  /** Fills the hash slots and the filter from the words' hashes. */
  private index(): void {
    const count = this.hash.length;
    const size = powerOfTwoAtLeast(count * SLOTS_PER_WORD, 16);
    this.mask = size - 1;
    this.slots = count < 0x7fff ? new Int16Array(size) : new Int32Array(size);
    this.filter = new Uint32Array(powerOfTwoAtLeast((count * FILTER_BITS_PER_WORD) >>> 5, 1));
    this.filterMask = this.filter.length - 1;
    for (let id = 0; id < count; id++) {
      const h = this.hash[id]!;
      this.filter[(h >>> 13) & this.filterMask]! |= 1 << (h & 31);
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
    }
  }

  /** The id of the word that `text.slice(from, to)`, hashing to `h`, folds to; or -1. */
  get(h: number, text: string, from: number, to: number): number {
    if ((this.filter[(h >>> 13) & this.filterMask]! & (1 << (h & 31))) === 0) return -1;
    return this.find(h, text, from, to);
  }

  private find(h: number, text: string, from: number, to: number): number {
    const { slots, hash, mask } = this;
    for (let slot = h & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const id = slots[slot]! - 1;
      if (hash[id] === h && this.folds(id, text, from, to)) return id;
    }
    return -1;
  }

  /** Whether `text.slice(from, to)` folds to word `id` exactly. */
  private folds(id: number, text: string, from: number, to: number): boolean {
    const { pool } = this;
    let k = this.start[id]!;
    const end = this.start[id + 1]!;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const t = TABLE[c]!;
      if (t >= FIRST_LETTER) {
        if (k === end || pool[k++] !== t) return false;
      } else if (t === EXPAND) {
        const exp = EXPANSION.get(c)!;
        for (let j = 0; j < exp.length; j++) if (k === end || pool[k++] !== exp.charCodeAt(j)) return false;
      }
    }
    return k === end;
  }
}
