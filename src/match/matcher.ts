/**
 * Finds the catalogue's actors and events in Arabic text in one pass: a tokenizer folds each
 * character through lookup tables and hashes whole words, a word-level trie of every way a form
 * can be written finds the mentions, and offsets come straight from the original text.
 */
import type { Catalogue, FormKind } from './catalogue-types';
import { compileTrie, type CompiledGuard, type FormTrie, type Terminal } from './form-trie';
import { EXPAND, EXPANSION, FIRST_LETTER, IGNORABLE, MARK, TABLE } from '../text/char-class';
import { emptyWords, tokenize, GAP_JOINS, GAP_NEIGHBOUR, type Words } from './tokenize';

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

function guardHolds(trie: FormTrie, g: CompiledGuard, words: Words, first: number, last: number): boolean {
  const prev = first > 0 && (words.gap[first]! & GAP_NEIGHBOUR) !== 0 ? words.key[first - 1]! : -1;
  const next = last + 1 < words.count && (words.gap[last + 1]! & GAP_NEIGHBOUR) !== 0 ? words.key[last + 1]! : -1;
  const prevIs = prev < 0 ? undefined : trie.guardWords[prev];
  const nextIs = next < 0 ? undefined : trie.guardWords[next];
  if (g.notAfter && listHas(prevIs, g.notAfter)) return false;
  if (g.notBefore && listHas(nextIs, g.notBefore)) return false;
  if (g.requireAfter && !listHas(prevIs, g.requireAfter)) return false;
  if (g.requireBefore && !listHas(nextIs, g.requireBefore)) return false;
  return true;
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
  private readonly words = emptyWords();

  constructor(private readonly trie: FormTrie) {}

  scan(text: string): Mention[] {
    const { trie, words } = this;
    tokenize(text, trie.table, words);
    const { root, children, terminals, ids } = trie;
    const { start, end, key, gap, count } = words;
    const out: Mention[] = [];
    for (let w = 0; w < count; w++) {
      const k = key[w]!;
      if (k < 0) continue;
      let node = root[k]!;
      if (node < 0) continue;
      let best: Terminal | null = null;
      let bestLast = 0;
      let bestStart = 0;
      for (let j = w; ; ) {
        const here = terminals[node]!;
        for (let x = 0; x < here.length; x++) {
          const t = here[x]!;
          if (t.guard !== null && !guardHolds(trie, t.guard, words, w, j)) continue;
          const s = t.skip === 0 ? start[w]! : offsetAfter(text, start[w]!, t.skip);
          if (s < 0) continue;
          best = t;
          bestLast = j;
          bestStart = s;
          break;
        }
        const next = children[node]!;
        if (next === null || ++j >= count || (gap[j]! & GAP_JOINS) === 0 || key[j]! < 0) break;
        const child = next.get(key[j]!);
        if (child === undefined) break;
        node = child;
      }
      if (best === null) continue;
      const e = end[bestLast]!;
      out.push({ start: bestStart, end: e, text: text.slice(bestStart, e), id: ids[best.entity]!, form: best.form });
      w = bestLast;
    }
    return out;
  }
}

export function compileMatcher(cat: Catalogue): Matcher {
  return new TrieMatcher(compileTrie(cat));
}
