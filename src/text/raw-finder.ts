/**
 * Where a raw text folds to a folded word, found without folding it: a regex over the raw text,
 * in which each letter of the word is any of its spellings and diacritics, tatweel or invisible
 * controls may stand between letters. Exact in a text without presentation forms (ﻻ, ﺣ), which
 * can fold to anything. Native regex search skips through a block far faster than folding it,
 * which a live blog's 20,000 blocks paid for in full although few of them hold a head word.
 */
import { IGNORABLE_RANGES, MARK_RANGES, PRESENTATION_RANGES, spellingsOf } from './char-class';

const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
const ranges = (rs: ReadonlyArray<readonly [number, number]>): string => rs.map(([lo, hi]) => `${hex(lo)}-${hex(hi)}`).join('');

const VANISHING = `[${ranges(MARK_RANGES)}${ranges(IGNORABLE_RANGES)}]*`;
const PRESENTATION = `[${ranges(PRESENTATION_RANGES)}]`;

/** A presentation form: a text with none folds char by char, each to one char or to nothing. */
export const PRESENTATION_FORM = new RegExp(PRESENTATION);

const spelled = (folded: string): string => [...folded].map((ch) => `[${spellingsOf(ch.charCodeAt(0)).map(hex).join('')}]`).join(VANISHING);

/**
 * A global regex whose matches, in a raw text without presentation forms, are exactly the
 * places its folding holds `folded` (a word as `foldWord` gives it), from the first letter to
 * the last, in order.
 */
export const rawMatcher = (folded: string): RegExp => new RegExp(spelled(folded), 'g');
