/**
 * Words of a text with their offsets, folded and stripped of proclitics, so that «رفح», «رَفَح»
 * and «برفح» give one search term. Index and queries go through the same function, so a stem
 * only has to be consistent, not linguistically right.
 */
import { foldWord } from '../text/fold';

export interface Token {
  start: number;
  end: number;
  /** Folded word. */
  folded: string;
  /** Folded word less its proclitics: the search term. */
  stem: string;
}

const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu;
/** Longest first; a prefix is only taken off when a word of three letters stays. */
const PROCLITICS = ['وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'لل', 'ال', 'وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
const MIN_STEM = 3;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = foldWord(m[0]);
    if (folded !== '') out.push({ start: m.index, end: m.index + m[0].length, folded, stem: stemOf(folded) });
  }
  return out;
}

export function stemOf(folded: string): string {
  const p = PROCLITICS.find((c) => folded.startsWith(c) && folded.length - c.length >= MIN_STEM);
  return p === undefined ? folded : folded.slice(p.length);
}
