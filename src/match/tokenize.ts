/**
 * The matcher's hot loop: splits text into words, folding and hashing each char through the
 * lookup tables as it goes, and looks each word up in the word table. It allocates nothing per
 * char or word; the word arrays are reused between scans and only grow.
 */
import {
  CLASS, CODE, EXPAND, EXPANSION, HYPHEN, IGNORABLE, LETTER, MARK, NEWLINE, SPACE, STOP, UNKNOWN, resolve,
} from '../text/char-class';
import { HASH_PRIME, HASH_SEED, type WordTable } from './word-table';

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

function grow(words: Words): void {
  const size = Math.max(1024, words.start.length * 2);
  const more = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
    b.set(a);
    return b;
  };
  words.start = more(words.start, new Int32Array(size));
  words.end = more(words.end, new Int32Array(size));
  words.key = more(words.key, new Int32Array(size));
  words.gap = more(words.gap, new Uint8Array(size));
}

/**
 * What a gap between two words allows. Whitespace, a single line break and invisible controls
 * join the words of a name; so does one bare hyphen (جان-إيف). A paragraph break, a spaced dash
 * or any other punctuation (a comma above all: رئيس الوزراء، إسماعيل) does not. Guards look at
 * the neighbouring word across anything but a sentence end or a paragraph break.
 */
function gapBits(spaces: boolean, newlines: number, hyphens: number, other: boolean, stop: boolean): number {
  const joins = !other && !stop && newlines < 2 && (hyphens === 0 || (hyphens === 1 && !spaces && newlines === 0));
  return (joins ? GAP_JOINS : 0) | (!stop && newlines < 2 ? GAP_NEIGHBOUR : 0);
}

function push(words: Words, at: number, key: number, start: number, end: number, gap: number): void {
  if (at === words.start.length) grow(words);
  words.start[at] = start;
  words.end[at] = end;
  words.key[at] = key;
  words.gap[at] = gap;
}

export function tokenize(text: string, table: WordTable, words: Words): void {
  const n = text.length;
  let count = 0;
  let inWord = false;
  let h = HASH_SEED;
  let length = 0;
  let wordStart = 0;
  let wordEnd = 0;
  let spaces = false;
  let newlines = 0;
  let hyphens = 0;
  let other = false;
  let stop = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c]!;
    if (cls === LETTER) {
      if (!inWord) {
        inWord = true;
        wordStart = i;
        h = HASH_SEED;
        length = 0;
      }
      h = Math.imul(h ^ CODE[c]!, HASH_PRIME);
      length++;
      wordEnd = i + 1;
      continue;
    }
    if (cls === UNKNOWN) {
      resolve(c);
      i--;
      continue;
    }
    if (cls === MARK) {
      if (inWord) wordEnd = i + 1;
      continue;
    }
    if (cls === IGNORABLE) continue;
    if (cls === EXPAND) {
      if (!inWord) {
        inWord = true;
        wordStart = i;
        h = HASH_SEED;
        length = 0;
      }
      const exp = EXPANSION.get(c)!;
      for (let j = 0; j < exp.length; j++) h = Math.imul(h ^ exp.charCodeAt(j), HASH_PRIME);
      length += exp.length;
      wordEnd = i + 1;
      continue;
    }
    if (inWord) {
      push(words, count++, table.find(h, length, text, wordStart, wordEnd), wordStart, wordEnd, gapBits(spaces, newlines, hyphens, other, stop));
      inWord = false;
      spaces = other = stop = false;
      newlines = hyphens = 0;
    }
    if (cls === SPACE) spaces = true;
    else if (cls === NEWLINE) newlines++;
    else if (cls === HYPHEN) hyphens++;
    else if (cls === STOP) stop = true;
    else other = true;
  }
  if (inWord) {
    push(words, count++, table.find(h, length, text, wordStart, wordEnd), wordStart, wordEnd, gapBits(spaces, newlines, hyphens, other, stop));
  }
  words.count = count;
}
