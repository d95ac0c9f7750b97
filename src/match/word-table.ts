/**
 * An open-addressing hash set of folded words, looked up straight from the page text: the
 * scanner hashes folded chars as it reads them, so a word is looked up without ever being built
 * as a string, and only a hash hit is checked against the text. A small bit filter in front
 * answers most misses from memory that stays in cache. The table is built by word-table-builder.ts
 * (at build time; a page only reads what the build packed).
 */
import { EXPAND, EXPANSION, FIRST_LETTER, TABLE } from '../text/char-class';

export const HASH_SEED = 0x811c9dc5 | 0;

/**
 * One folded char into a word's hash. A rotate and an xor: the scanner hashes every char of the
 * page, and FNV's multiply made each char wait on the one before for twice as long (reading the
 * seeds' words went from 86–94 to 110 M chars/s, bundled). Words that collide only cost a probe.
 */
export const mixChar = (h: number, c: number): number => ((h << 7) | (h >>> 25)) ^ c;

/**
 * A word's hash once its last char is mixed in: a multiply spreads every char over the bits the
 * filter and the slots are picked by, once per word rather than once per char.
 */
export function finishHash(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}

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

export class WordTable {
  private readonly pool: Uint16Array;
  /** Where each word starts in `pool` (`start[id + 1]` is its end). */
  private readonly start: Int32Array;
  private readonly hash: Int32Array;
  /** Open addressing on `h & mask`: word id + 1, or 0 for an empty slot. */
  private readonly slots: Int16Array | Int32Array;
  private readonly mask: number;
  /** Bit `h & 31` of word `(h >>> 13) & filterMask` is set when some word hashes to `h`. */
  private readonly filter: Uint32Array;
  private readonly filterMask: number;

  /** A table read in place from what the builder packed. */
  constructor(p: PackedWords) {
    this.pool = p.pool;
    this.start = p.start;
    this.hash = p.hash;
    this.slots = p.slots;
    this.mask = p.slots.length - 1;
    this.filter = p.filter;
    this.filterMask = p.filter.length - 1;
  }

  /** How many words the table holds: their ids are 0 to size - 1. */
  get size(): number {
    return this.hash.length;
  }

  /** The table as the build ships it. */
  packed(): PackedWords {
    return { pool: this.pool, start: this.start, hash: this.hash, slots: this.slots, filter: this.filter };
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
