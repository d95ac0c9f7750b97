/**
 * Builds a WordTable (word-table.ts) from folded words: at build time, and in Node where a
 * catalogue is compiled; pages only read the packed result, so none of this is in their script.
 */
import { finishHash, HASH_SEED, mixChar, WordTable } from './word-table';

// Slots per word, and filter bits per word (a miss the filter lets through costs one probe).
const SLOTS_PER_WORD = 2;
const FILTER_BITS_PER_WORD = 16;

const powerOfTwoAtLeast = (n: number, min: number): number => {
  let size = min;
  while (size < n) size <<= 1;
  return size;
};

export class WordTableBuilder {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];

  /** Adds a folded word (once) and returns its id, which the sealed table keeps. */
  add(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** The table of the words added so far. */
  seal(): WordTable {
    const { words } = this;
    const start = new Int32Array(words.length + 1);
    const pool = new Uint16Array(words.reduce((sum, w) => sum + w.length, 0));
    const hash = new Int32Array(words.length);
    words.forEach((word, id) => {
      let h = HASH_SEED;
      for (let i = 0; i < word.length; i++) {
        pool[start[id]! + i] = word.charCodeAt(i);
        h = mixChar(h, word.charCodeAt(i));
      }
      start[id + 1] = start[id]! + word.length;
      hash[id] = finishHash(h);
    });
    const size = powerOfTwoAtLeast(words.length * SLOTS_PER_WORD, 16);
    const mask = size - 1;
    const slots = words.length < 0x7fff ? new Int16Array(size) : new Int32Array(size);
    const filter = new Uint32Array(powerOfTwoAtLeast((words.length * FILTER_BITS_PER_WORD) >>> 5, 1));
    const filterMask = filter.length - 1;
    hash.forEach((h, id) => {
      filter[(h >>> 13) & filterMask]! |= 1 << (h & 31);
      let slot = h & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    });
    return new WordTable({ pool, start, hash, slots, filter });
  }
}
