/**
 * Finds the catalogue's actors and events in Arabic text in one pass: the scan folds each
 * character through lookup tables and hashes whole words, a word-level trie of every way a form
 * can be written finds the mentions, and offsets come straight from the original text.
 */
import { FORM_KINDS, type Catalogue, type FormKind } from './catalogue-types';
import { childOf, compileTrie, isLeaf, type CompiledGuard, type FormTrie } from './form-trie';
import { EXPAND, EXPANSION, FIRST_LETTER, IGNORABLE, MARK, TABLE } from '../text/char-class';
import { gapBetween, GAP_JOINS, GAP_NEIGHBOUR, quotedAlone, readNext, readPrev, readWords, trimEnd, wordHash, Words, type Found } from './word-scan';

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

/** A matcher that can scan words read before (by `readWords`), as another matcher shares them. */
export interface WordMatcher extends Matcher {
  /** `scan(text)`, with `words` the text's words. */
  scanWords(text: string, words: Words): Mention[];
}

/** A matcher that can also count the mentions of each entity without building them. */
export interface CountingMatcher extends WordMatcher {
  /**
   * Entity id → mentions in the texts, each scanned on its own: the same mentions `scan` finds
   * in each, as numbers only. Pieces of one text must be cut where no mention can reach across,
   * at paragraph breaks.
   */
  count(texts: Iterable<string>): Map<string, number>;
}

/**
 * Where the scan puts what it finds: a list of mentions for `scan`, a tally for `count` (a
 * summary of 30 M characters spent more on 775,000 mention objects and their collection than on
 * the scan itself).
 */
interface Sink {
  found(text: string, term: number, start: number, end: number): void;
}

/** Whether `rest` id `id` (-1: no such word) is a form of one of the guard words `wanted`. */
function isGuardWord(trie: FormTrie, id: number, wanted: readonly number[]): boolean {
  if (id < 0) return false;
  const { guardStart, guardBase } = trie;
  for (let k = guardStart[id]!, end = guardStart[id + 1]!; k < end; k++) if (wanted.includes(guardBase[k]!)) return true;
  return false;
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

class TrieMatcher implements CountingMatcher {
  /** The word next to a candidate, read on demand for guards. */
  private readonly near: Found = { start: 0, end: 0, gap: 0 };
  /** The terminal of the longest mention found so far along the words being matched, or -1. */
  private best = -1;
  private bestStart = 0;
  private bestEnd = 0;
  /**
   * The word read just before the current candidate, so that guards need not read it again;
   * `prevEnd` is -1 when the scan cannot tell (at the start, or after reading words again).
   */
  private prevStart = 0;
  private prevEnd = -1;
  private prevHash = 0;

  /** The words of the text being scanned, when the caller has not read them already. */
  private readonly words = new Words();

  constructor(private readonly trie: FormTrie) {}

  /** The `rest` id of the neighbour just read into `near`, or -1. */
  private neighbour(text: string, read: boolean): number {
    const near = this.near;
    if (!read || (near.gap & GAP_NEIGHBOUR) === 0) return -1;
    return this.trie.rest.get(wordHash[0]!, text, near.start, near.end);
  }

  /** The `rest` id of the word before the candidate at `start` (-1: none), read again only when the scan cannot tell. */
  private previous(text: string, start: number): number {
    if (this.prevEnd < 0) return this.neighbour(text, readPrev(text, start, this.near));
    if ((gapBetween(text, this.prevEnd, start) & GAP_NEIGHBOUR) === 0) return -1;
    return this.trie.rest.get(this.prevHash, text, this.prevStart, this.prevEnd);
  }

  private guardHolds(text: string, g: CompiledGuard, start: number, end: number): boolean {
    const quoted = g.orQuoted && quotedAlone(text, start, end);
    if (g.notAfter || g.requireAfter) {
      const prev = this.previous(text, start);
      if (g.notAfter && isGuardWord(this.trie, prev, g.notAfter)) return false;
      if (g.requireAfter && !quoted && !isGuardWord(this.trie, prev, g.requireAfter)) return false;
    }
    if (g.notBefore || g.requireBefore) {
      const next = this.neighbour(text, readNext(text, end, this.near));
      if (g.notBefore && isGuardWord(this.trie, next, g.notBefore)) return false;
      if (g.requireBefore && !quoted && !isGuardWord(this.trie, next, g.requireBefore)) return false;
    }
    return true;
  }

  /** Makes the first terminal of `node` whose guard holds the best mention so far. */
  private consider(text: string, node: number, start: number, end: number): void {
    const { termStart, termGuard, termSkip, guards } = this.trie;
    for (let t = termStart[node]!, last = termStart[node + 1]!; t < last; t++) {
      const g = termGuard[t]!;
      if (g >= 0 && !this.guardHolds(text, guards[g]!, start, end)) continue;
      const skip = termSkip[t]!;
      const s = skip === 0 ? start : offsetAfter(text, start, skip);
      if (s < 0) continue;
      this.best = t;
      this.bestStart = s;
      this.bestEnd = end;
      return;
    }
  }

  /**
   * Reports the best mention found, if any, and forgets it; returns where scanning goes on: its
   * end, or `otherwise` when there was none.
   */
  private settle(text: string, out: Sink, otherwise: number): number {
    const best = this.best;
    if (best < 0) return otherwise;
    this.best = -1;
    out.found(text, best, this.bestStart, this.bestEnd);
    return this.bestEnd;
  }

  scan(text: string): Mention[] {
    return this.scanWords(text, readWords(text, this.words));
  }

  scanWords(text: string, words: Words): Mention[] {
    const { ids, termEntity, termForm } = this.trie;
    const out: Mention[] = [];
    this.run(text, words, {
      found: (text, term, start, end) => out.push({ start, end, text: text.slice(start, end), id: ids[termEntity[term]!]!, form: FORM_KINDS[termForm[term]!]! }),
    });
    return out;
  }

  count(texts: Iterable<string>): Map<string, number> {
    const { ids, termEntity } = this.trie;
    const tally = new Int32Array(ids.length);
    const sink: Sink = { found: (_, term) => tally[termEntity[term]!]!++ };
    for (const text of texts) this.run(text, readWords(text, this.words), sink);
    const counts = new Map<string, number>();
    tally.forEach((n, entity) => n > 0 && counts.set(ids[entity]!, n));
    return counts;
  }

  /**
   * One pass over the text's words. A word found in `first` starts a candidate; while the trie
   * can take more words, the following words are tried against it in turn, so no word is tried
   * twice unless a long candidate comes to less than it promised.
   */
  private run(text: string, words: Words, out: Sink): void {
    const { trie } = this;
    const { first, rest, root } = trie;
    const { data } = words;
    const count = words.length;
    const n = text.length;
    this.best = -1;
    /** Trie node of the candidate being extended, or -1. */
    let node = -1;
    let candidateStart = 0;
    /** Where its first word ends: scanning goes on from here if it comes to nothing. */
    let firstEnd = 0;
    /** Where its last word so far ends. */
    let lastEnd = 0;
    /** The word before the current one; `wordEnd` -1 when unknown. */
    let wordStart = 0;
    let wordEnd = -1;
    let lastHash = 0;
    for (let k = 0; ; k++) {
      // Past the last word the end of the text is read as a word that continues no candidate, so
      // that a candidate still open there is settled by the same code as one that meets a word it
      // cannot take, and the scan stops by a test every word takes: a path of its own, first
      // taken at the end of the first text, cost the optimised scan a deoptimisation each time.
      let start = n;
      let end = n;
      let h = 0;
      if (k < count) {
        start = data[3 * k]!;
        end = data[3 * k + 1]!;
        h = data[3 * k + 2]!;
      }
      const beforeStart = wordStart;
      const beforeEnd = wordEnd;
      const beforeHash = lastHash;
      wordStart = start;
      wordEnd = end;
      lastHash = h;

      if (node >= 0) {
        const key = k === count ? -1 : rest.get(h, text, start, end);
        const child = key < 0 ? -1 : childOf(trie, node, key);
        if (child >= 0 && (gapBetween(text, lastEnd, start) & GAP_JOINS) !== 0) {
          node = child;
          lastEnd = trimEnd(text, start, end);
          this.consider(text, node, candidateStart, lastEnd);
          if (isLeaf(trie, node)) {
            node = -1;
            const resume = this.settle(text, out, firstEnd);
            if (resume < lastEnd) {
              k = wordAtOrAfter(data, k, resume) - 1;
              wordEnd = -1;
            }
          }
          continue;
        }
        // The candidate cannot grow: report it, and read again any words read past its end.
        node = -1;
        const resume = this.settle(text, out, firstEnd);
        if (resume < start) {
          k = wordAtOrAfter(data, k, resume) - 1;
          wordEnd = -1;
          continue;
        }
      }
      if (k === count) break;

      const id = first.get(h, text, start, end);
      if (id < 0) continue;
      const trimmed = trimEnd(text, start, end);
      this.prevStart = beforeStart;
      this.prevEnd = beforeEnd;
      this.prevHash = beforeHash;
      this.consider(text, root[id]!, start, trimmed);
      if (isLeaf(trie, root[id]!)) {
        this.settle(text, out, trimmed);
      } else {
        node = root[id]!;
        candidateStart = start;
        firstEnd = lastEnd = trimmed;
      }
    }
  }
}

/**
 * The first word at or before word `k` that starts at or after offset `at`: where reading goes
 * on from `at`, the end of a mention a few words back.
 */
function wordAtOrAfter(data: Int32Array, k: number, at: number): number {
  while (k > 0 && data[3 * (k - 1)]! >= at) k--;
  return k;
}

export function compileMatcher(cat: Catalogue): CountingMatcher {
  return new TrieMatcher(compileTrie(cat));
}

/** A matcher over a trie compiled before (by the build: see packed-trie.ts). */
export const trieMatcher = (trie: FormTrie): CountingMatcher => new TrieMatcher(trie);
