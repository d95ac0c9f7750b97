/**
 * Reading words out of page text for the matcher: each char is folded through the lookup table
 * and hashed as it is read, so no word is ever built as a string. `readNext`/`readPrev` read the
 * words next to a candidate mention (the rest of a multi-word form, a guard's neighbour) on
 * demand.
 */
import {
  EXPAND, EXPANSION, FIRST_LETTER, HYPHEN, IGNORABLE, MARK, NEWLINE, SPACE, STOP, TABLE, UNKNOWN, resolve,
} from '../text/char-class';
import { finishHash, HASH_SEED, mixChar } from './word-table';

/** The folded hash of the last word read by `scanWord`. */
export const wordHash = new Int32Array(1);

/** True when code unit `c` starts a word. */
function startsWord(c: number): boolean {
  const t = TABLE[c] || resolve(c);
  return t >= FIRST_LETTER || t === EXPAND;
}

/**
 * Reads the word that starts at `i` (a letter or ligature), leaving its hash in `wordHash`;
 * returns the offset just past it, diacritics and invisible controls inside and after it
 * included.
 */
export function scanWord(text: string, i: number): number {
  const n = text.length;
  let h = HASH_SEED;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const t = TABLE[c] || resolve(c);
    if (t >= FIRST_LETTER) h = mixChar(h, t);
    else if (t === EXPAND) {
      const exp = EXPANSION.get(c)!;
      for (let j = 0; j < exp.length; j++) h = mixChar(h, exp.charCodeAt(j));
    } else if (t !== MARK && t !== IGNORABLE) break;
  }
  wordHash[0] = finishHash(h);
  return i;
}

/**
 * A text's words as the matchers read them: where each starts and ends and its folded hash, three
 * numbers per word. Read once per text and shared, so that a second matcher over the same text
 * (the role and anaphor one beside the catalogue's) looks words up without reading chars again.
 */
export class Words {
  /** start, end, hash of word k at 3k, 3k + 1, 3k + 2. */
  data = new Int32Array(3 * 256);
  length = 0;

  push(start: number, end: number, hash: number): void {
    let data = this.data;
    const at = 3 * this.length++;
    if (at + 3 > data.length) {
      data = new Int32Array(data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    data[at] = start;
    data[at + 1] = end;
    data[at + 2] = hash;
  }
}

/**
 * Reads every word of `text` into `words` (emptied first). A word is a run of letters (or
 * ligatures) with the diacritics and invisible controls inside and after it; anything else
 * separates words.
 */
export function readWords(text: string, words: Words): Words {
  const fold = TABLE;
  const n = text.length;
  words.length = 0;
  let i = 0;
  words: while (i < n) {
    let t = fold[text.charCodeAt(i)]!;
    if (t < FIRST_LETTER && t !== EXPAND) {
      if (t === UNKNOWN) resolve(text.charCodeAt(i));
      else i++;
      continue;
    }
    const start = i;
    // The common word, plain letters with diacritics and controls, is hashed right here; at
    // anything rarer (a ligature, a char not classified yet) scanWord reads it again whole.
    // mixChar and finishHash are written out, not called: under tsx (scan, the benches) V8 left
    // the calls in this loop, and reading words ran 14% slower.
    let h = HASH_SEED;
    for (;;) {
      if (t >= FIRST_LETTER) h = ((h << 7) | (h >>> 25)) ^ t;
      else if (t === EXPAND || t === UNKNOWN) {
        i = scanWord(text, start);
        words.push(start, i, wordHash[0]!);
        continue words;
      } else if (t !== MARK && t !== IGNORABLE) break;
      if (++i === n) break;
      t = fold[text.charCodeAt(i)]!;
    }
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    words.push(start, i, h ^ (h >>> 16));
  }
  return words;
}

/** The end of a word read by `scanWord` with trailing invisible controls left out. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && TABLE[text.charCodeAt(end - 1)] === IGNORABLE) end--;
  return end;
}

/** The gap before a word lets a multi-word form run on into it. */
export const GAP_JOINS = 1;
/** The word on the other side of the gap counts as a neighbour for guards. */
export const GAP_NEIGHBOUR = 2;

// Gap state, one bit each, gathered while reading separators.
const SAW_SPACE = 1;
const SAW_NEWLINE = 2;
const SAW_PARAGRAPH = 4;
const SAW_HYPHEN = 8;
const SAW_HYPHENS = 16;
const SAW_STOP = 32;
const SAW_OTHER = 64;

function separator(seen: number, t: number): number {
  switch (t) {
    case MARK:
    case IGNORABLE:
      // Diacritics and controls with no letter before them neither start a word nor break a gap.
      return seen;
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

/** The GAP_* bits for the gap `text.slice(from, to)` between two words. */
export function gapBetween(text: string, from: number, to: number): number {
  let seen = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    seen = c === 0x20 ? seen | SAW_SPACE : separator(seen, TABLE[c] || resolve(c));
  }
  return gapBits(seen);
}

function invisible(c: number): boolean {
  const t = TABLE[c] || resolve(c);
  return t === MARK || t === IGNORABLE;
}

// Either way round: pages typed right to left often close a quote with the opening mark.
const QUOTES = new Set([0x22, 0x27, 0xab, 0xbb, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e, 0x2039, 0x203a]);

/**
 * True when `text.slice(start, end)` (whole words) has a quotation mark right before and right
 * after it, diacritics and invisible controls aside: «إسرائيل اليوم», not «قالت إسرائيل اليوم».
 */
export function quotedAlone(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && invisible(text.charCodeAt(i))) i--;
  if (i < 0 || !QUOTES.has(text.charCodeAt(i))) return false;
  let j = end;
  while (j < text.length && invisible(text.charCodeAt(j))) j++;
  return j < text.length && QUOTES.has(text.charCodeAt(j));
}

/** Where a word was found by `readNext`/`readPrev`, and the gap between it and the caller's. */
export interface Found {
  start: number;
  end: number;
  gap: number;
}

/**
 * Reads the word after offset `from` (the end of a word), filling `found` and `wordHash`. False
 * at the end of the text.
 */
export function readNext(text: string, from: number, found: Found): boolean {
  let i = from;
  while (i < text.length && !startsWord(text.charCodeAt(i))) i++;
  if (i === text.length) return false;
  found.start = i;
  found.end = trimEnd(text, i, scanWord(text, i));
  found.gap = gapBetween(text, from, i);
  return true;
}

/** Reads the word before offset `before` (the start of a word), like `readNext`. */
export function readPrev(text: string, before: number, found: Found): boolean {
  let i = before - 1;
  while (i >= 0 && !startsWord(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  // Back to the word's first letter: past letters and the marks and controls between them.
  let start = i;
  for (let j = i - 1; j >= 0; j--) {
    const c = text.charCodeAt(j);
    const t = TABLE[c] || resolve(c);
    if (t >= FIRST_LETTER || t === EXPAND) start = j;
    else if (t !== MARK && t !== IGNORABLE) break;
  }
  found.start = start;
  found.end = trimEnd(text, start, scanWord(text, start));
  found.gap = gapBetween(text, found.end, before);
  return true;
}
