/**
 * An open-addressing hash set of folded words, looked up straight from the page text: the
 * scanner hashes folded chars as it reads them, so a word is looked up without ever being built
 * as a string, and only a hash hit is checked against the text. A small bit filter in front
 * answers most misses from memory that stays in cache.
 */
import { EXPAND, EXPANSION, FIRST_LETTER, TABLE } from '../text/char-class';

export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

const FILTER_BITS = 1 << 18;
const FILTER_MASK = (FILTER_BITS >>> 5) - 1;

/** A sealed table's words, back to back: all a table needs to be rebuilt. */
export interface PackedWords {
  pool: Uint16Array;
  start: Int32Array;
  /** Each word's hash: a page that hashed every char of the pool again spent 3–5 ms cold. */
  hash: Int32Array;
}

export class WordTable {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Bit `h & 31` of word `(h >>> 13) & FILTER_MASK` is set when some word hashes to `h`. */
  private readonly filter = new Uint32Array(FILTER_BITS >>> 5);
  private slotHash: Int32Array = new Int32Array(0);
  private slotId: Int32Array = new Int32Array(0);
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

  /** A sealed table's words, for the build to ship. */
  packed(): PackedWords {
    return { pool: this.pool, start: this.start, hash: this.hash };
  }

  /**
   * A sealed table from what `packed` gave; it takes no more words. The hash slots are rebuilt
   * from the words' hashes rather than shipped: they are mostly empty.
   */
  static fromPacked(p: PackedWords): WordTable {
    const table = new WordTable();
    table.pool = p.pool;
    table.start = p.start;
    table.hash = p.hash;
    table.index();
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
    let size = 16;
    while (size < count * 4) size <<= 1;
    this.mask = size - 1;
    this.slotHash = new Int32Array(size);
    this.slotId = new Int32Array(size).fill(-1);
    this.filter.fill(0);
    for (let id = 0; id < count; id++) {
      const h = this.hash[id]!;
      this.filter[(h >>> 13) & FILTER_MASK]! |= 1 << (h & 31);
      let slot = h & this.mask;
      while (this.slotId[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slotHash[slot] = h;
      this.slotId[slot] = id;
    }
  }

  /** The id of the word that `text.slice(from, to)`, hashing to `h`, folds to; or -1. */
  get(h: number, text: string, from: number, to: number): number {
    if ((this.filter[(h >>> 13) & FILTER_MASK]! & (1 << (h & 31))) === 0) return -1;
    return this.find(h, text, from, to);
  }

  private find(h: number, text: string, from: number, to: number): number {
    const { slotHash, slotId, mask } = this;
    for (let slot = h & mask; slotId[slot] !== -1; slot = (slot + 1) & mask) {
      if (slotHash[slot] === h && this.folds(slotId[slot]!, text, from, to)) return slotId[slot]!;
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
