/**
 * Words of a text with their offsets, folded and stripped of proclitics, so that «رفح», «رَفَح»
 * and «برفح» give one search term. A proclitic is only taken off where the corpus knows the rest
 * as a word of its own (bare or with the article): «فكرة» stays whole unless the corpus says
 * «كرة», so a search for «كرة» does not find every «فكرة». Queries, which cannot know which
 * reading was meant, try every reading against the index's terms.
 */
import { foldWord } from './fold';
import { PROCLITIC_CHAINS } from './proclitics';

export interface Token {
  start: number;
  end: number;
  /** Folded word. */
  folded: string;
  /** Folded word less its proclitics: the search term. */
  stem: string;
}

/** Whether a folded word occurs in the corpus. */
export type Vocabulary = (folded: string) => boolean;

const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu;
/** Longest first; a prefix is only taken off when a word of three letters stays. */
const PROCLITICS = PROCLITIC_CHAINS.map((c) => c.written).filter((w) => w !== '').sort((a, b) => b.length - a.length);
export const MIN_STEM = 3;

/** Every way to read a folded word: as it stands, then less each proclitic it may carry. */
export function readings(folded: string): string[] {
  const out = [folded];
  for (const p of PROCLITICS) {
    if (folded.startsWith(p) && folded.length - p.length >= MIN_STEM) out.push(folded.slice(p.length));
  }
  return out;
}

/**
 * The search term of a folded word: less its longest proclitic whose remainder the vocabulary
 * knows; without a vocabulary, less its longest proclitic.
 */
export function stemOf(folded: string, known?: Vocabulary): string {
  for (const rest of readings(folded).slice(1)) {
    if (!known || known(rest) || known(`ال${rest}`)) return rest;
  }
  return folded;
}

export function tokenize(text: string, known?: Vocabulary): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = foldWord(m[0]);
    if (folded !== '') out.push({ start: m.index, end: m.index + m[0].length, folded, stem: stemOf(folded, known) });
  }
  return out;
}
