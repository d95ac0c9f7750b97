/**
 * The matcher's hot loop: splits text into words, folding and hashing each char through the
 * lookup table as it goes, and looks each word up in the word table. It allocates nothing per
 * char or word; the word arrays are reused between scans and only grow.
 */
import {
  EXPAND, EXPANSION, FIRST_LETTER, HYPHEN, IGNORABLE, MARK, NEWLINE, SPACE, STOP, TABLE, UNKNOWN, resolve,
} from '../text/char-class';
import { FILTER_MASK, HASH_PRIME, HASH_SEED, WORD_CAP, type WordTable } from './word-table';

/** The gap before a word lets a multi-word form run on into it. */
export const GAP_JOINS = 1;
/** The word before the gap counts as this word's neighbour for guards. */
export const GAP_NEIGHBOUR = 2;

export interface Words {
  count: number;
  /** Offset of the word's first char. */
  start: Int32Array;
  /** Offset just past its last letter or diacritic (trailing invisible controls left out). */
  end: Int32Array;
  /** Word-table id of the folded word, or -1. */
  key: Int32Array;
  /** GAP_* bits for the gap before the word. */
  gap: Uint8Array;
}

export function emptyWords(): Words {
  return { count: 0, start: new Int32Array(1024), end: new Int32Array(1024), key: new Int32Array(1024), gap: new Uint8Array(1024) };
}

function grow(words: Words): void {
  const size = words.start.length * 2;
  const more = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
    b.set(a);
    return b;
  };
  words.start = more(words.start, new Int32Array(size));
  words.end = more(words.end, new Int32Array(size));
  words.key = more(words.key, new Int32Array(size));
  words.gap = more(words.gap, new Uint8Array(size));
}

// Gap state, one bit each, gathered while reading separators.
const SAW_SPACE = 1;
const SAW_NEWLINE = 2;
const SAW_PARAGRAPH = 4;
const SAW_HYPHEN = 8;
const SAW_HYPHENS = 16;
const SAW_STOP = 32;
const SAW_OTHER = 64;

/**
 * What a gap between two words allows. Whitespace, a single line break and invisible controls
 * join the words of a name; so does one bare hyphen (جان-إيف). A paragraph break, a spaced dash
 * or any other punctuation (a comma above all: رئيس الوزراء، إسماعيل) does not. Guards look at
 * the neighbouring word across anything but a sentence end or a paragraph break.
 */
function gapBits(seen: number): number {
  let bits = 0;
  if ((seen & (SAW_PARAGRAPH | SAW_STOP)) === 0) bits |= GAP_NEIGHBOUR;
  if ((seen & (SAW_PARAGRAPH | SAW_STOP | SAW_OTHER | SAW_HYPHENS)) === 0 && ((seen & SAW_HYPHEN) === 0 || (seen & (SAW_SPACE | SAW_NEWLINE)) === 0)) {
    bits |= GAP_JOINS;
  }
  return bits;
}

function separator(seen: number, t: number): number {
  switch (t) {
    case SPACE:
      return seen | SAW_SPACE;
    case NEWLINE:
      return seen | ((seen & SAW_NEWLINE) !== 0 ? SAW_PARAGRAPH : SAW_NEWLINE);
    case HYPHEN:
      return seen | ((seen & SAW_HYPHEN) !== 0 ? SAW_HYPHENS : SAW_HYPHEN);
    case STOP:
      return seen | SAW_STOP;
    default:
      return seen | SAW_OTHER;
  }
}

function lookUp(table: WordTable, h: number, chars: Uint16Array, length: number): number {
  if (length > WORD_CAP || (table.filter[(h >>> 13) & FILTER_MASK]! & (1 << (h & 31))) === 0) return -1;
  return table.find(h, chars, length);
}

function pushWord(words: Words, at: number, key: number, start: number, end: number, seen: number): void {
  if (at === words.start.length) grow(words);
  words.start[at] = start;
  words.end[at] = end;
  words.key[at] = key;
  words.gap[at] = gapBits(seen);
}

/** The folded chars of the word being read; `WORD_CAP` - 1 is a mask, so it never overflows. */
const chars = new Uint16Array(WORD_CAP);
const CHAR_MASK = WORD_CAP - 1;

/** Adds a ligature's folded chars to the word being read; returns the word's new length. */
function addExpansion(c: number, length: number): number {
  const exp = EXPANSION.get(c)!;
  for (let j = 0; j < exp.length; j++) chars[(length + j) & CHAR_MASK] = exp.charCodeAt(j);
  return length + exp.length;
}

/**
 * Fills `words` with the words of `text`. Two nested loops, one over the gap between words and
 * one over a word, so that the common case, a letter inside a word, costs one table read and
 * one multiply.
 */
export function tokenize(text: string, table: WordTable, words: Words): void {
  const fold = TABLE;
  const n = text.length;
  let count = 0;
  let seen = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let t = fold[c]!;
    if (t < FIRST_LETTER && t !== EXPAND) {
      if (t === UNKNOWN) resolve(c);
      else {
        // Diacritics and controls with no letter before them neither start a word nor break a gap.
        if (t !== MARK && t !== IGNORABLE) seen = separator(seen, t);
        i++;
      }
      continue;
    }
    const start = i;
    let h = HASH_SEED;
    let length = 0;
    for (;;) {
      // Letters, the bulk of any text, in a loop of their own.
      while (t >= FIRST_LETTER) {
        h = Math.imul(h ^ t, HASH_PRIME);
        chars[length++ & CHAR_MASK] = t;
        if (++i === n) break;
        t = fold[text.charCodeAt(i)]!;
      }
      if (i === n) break;
      c = text.charCodeAt(i);
      if (t === EXPAND) {
        const from = length;
        length = addExpansion(c, length);
        for (let j = from; j < length; j++) h = Math.imul(h ^ chars[j & CHAR_MASK]!, HASH_PRIME);
      } else if (t === UNKNOWN) {
        t = resolve(c);
        continue;
      } else if (t !== MARK && t !== IGNORABLE) break;
      if (++i === n) break;
      t = fold[text.charCodeAt(i)]!;
    }
    let end = i;
    while (fold[text.charCodeAt(end - 1)] === IGNORABLE) end--;
    pushWord(words, count++, lookUp(table, h, chars, length), start, end, seen);
    seen = 0;
  }
  words.count = count;
}
