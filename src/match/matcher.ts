/**
 * Finds the catalogue's actors and events in Arabic text in one pass: a tokenizer folds each
 * character through lookup tables and hashes whole words, a word-level trie of every way a form
 * can be written finds the mentions, and offsets come straight from the original text.
 */
import type { Catalogue, FormKind } from './catalogue-types';
import { compileTrie, type CompiledGuard, type FormTrie, type Terminal } from './form-trie';
import { EXPAND, EXPANSION, FIRST_LETTER, IGNORABLE, MARK, TABLE, UNKNOWN, resolve } from '../text/char-class';
import { GAP_JOINS, GAP_NEIGHBOUR, readNext, readPrev, scanWord, trimEnd, wordHash, type Found } from './word-scan';
import { HASH_PRIME, HASH_SEED } from './word-table';

export interface Mention {
  /** UTF-16 offset into the scanned text; the span leaves out و ف ب ل ك and a merged لل. */
  start: number;
  /** Exclusive end offset. */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** Catalogue entity id. */
  id: string;
  form: FormKind;
}

export interface Matcher {
  /** Mentions in order, non-overlapping, leftmost-longest. */
  scan(text: string): Mention[];
}

function listHas(list: readonly number[] | undefined, wanted: readonly number[]): boolean {
  return list !== undefined && list.some((x) => wanted.includes(x));
}

/**
 * Offset in `text` of the folded char `skip` chars into the word starting at `from`, past any
 * marks on the chars skipped; -1 when that falls inside a ligature, which cannot be split.
 */
function offsetAfter(text: string, from: number, skip: number): number {
  let seen = 0;
  for (let i = from; ; i++) {
    const c = text.charCodeAt(i);
    const t = TABLE[c]!;
    if (t === MARK || t === IGNORABLE) continue;
    if (seen === skip) return i;
    if (t >= FIRST_LETTER) seen++;
    else if (t === EXPAND) {
      seen += EXPANSION.get(c)!.length;
      if (seen > skip) return -1;
    }
  }
}

class TrieMatcher implements Matcher {
  /** The word next to a candidate, read on demand. */
  private readonly near: Found = { start: 0, end: 0, gap: 0 };

  constructor(private readonly trie: FormTrie) {}

  /** The guard words that the neighbour just read into `near` is a form of. */
  private neighbour(text: string, read: boolean): readonly number[] | undefined {
    const near = this.near;
    if (!read || (near.gap & GAP_NEIGHBOUR) === 0) return undefined;
    const id = this.trie.rest.get(wordHash[0]!, text, near.start, near.end);
    return id < 0 ? undefined : this.trie.guardWords[id];
  }

  private guardHolds(text: string, g: CompiledGuard, start: number, end: number): boolean {
    if (g.notAfter || g.requireAfter) {
      const prev = this.neighbour(text, readPrev(text, start, this.near));
      if (g.notAfter && listHas(prev, g.notAfter)) return false;
      if (g.requireAfter && !listHas(prev, g.requireAfter)) return false;
    }
    if (g.notBefore || g.requireBefore) {
      const next = this.neighbour(text, readNext(text, end, this.near));
      if (g.notBefore && listHas(next, g.notBefore)) return false;
      if (g.requireBefore && !listHas(next, g.requireBefore)) return false;
    }
    return true;
  }

  /**
   * The longest mention starting with the word at `start`..`end` (`first` id `id`), pushed to
   * `out`; returns its end, or -1 when there is none.
   */
  private matchAt(text: string, start: number, end: number, id: number, out: Mention[]): number {
    const { root, children, terminals, rest, ids } = this.trie;
    const near = this.near;
    let node = root[id]!;
    let best: Terminal | null = null;
    let bestStart = 0;
    let bestEnd = 0;
    for (;;) {
      const here = terminals[node]!;
      for (let x = 0; x < here.length; x++) {
        const t = here[x]!;
        if (t.guard !== null && !this.guardHolds(text, t.guard, start, end)) continue;
        const s = t.skip === 0 ? start : offsetAfter(text, start, t.skip);
        if (s < 0) continue;
        best = t;
        bestStart = s;
        bestEnd = end;
        break;
      }
      const next = children[node]!;
      if (next === null || !readNext(text, end, near) || (near.gap & GAP_JOINS) === 0) break;
      const child = next.get(rest.get(wordHash[0]!, text, near.start, near.end));
      if (child === undefined) break;
      node = child;
      end = near.end;
    }
    if (best === null) return -1;
    out.push({ start: bestStart, end: bestEnd, text: text.slice(bestStart, bestEnd), id: ids[best.entity]!, form: best.form });
    return bestEnd;
  }

  scan(text: string): Mention[] {
    const first = this.trie.first;
    const fold = TABLE;
    const n = text.length;
    const out: Mention[] = [];
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let t = fold[c]!;
      if (t < FIRST_LETTER && t !== EXPAND) {
        if (t === UNKNOWN) resolve(c);
        else i++;
        continue;
      }
      const start = i;
      // The common word, plain letters with diacritics and controls, is hashed right here; at
      // anything rarer (a ligature, a char not classified yet) scanWord reads it again whole.
      let h = HASH_SEED;
      for (;;) {
        if (t >= FIRST_LETTER) h = Math.imul(h ^ t, HASH_PRIME);
        else if (t === EXPAND || t === UNKNOWN) {
          i = scanWord(text, start);
          h = wordHash[0]!;
          break;
        } else if (t !== MARK && t !== IGNORABLE) break;
        if (++i === n) break;
        t = fold[text.charCodeAt(i)]!;
      }
      const id = first.get(h, text, start, i);
      if (id < 0) continue;
      const end = this.matchAt(text, start, trimEnd(text, start, i), id, out);
      if (end > i) i = end;
    }
    return out;
  }
}

export function compileMatcher(cat: Catalogue): Matcher {
  return new TrieMatcher(compileTrie(cat));
}
