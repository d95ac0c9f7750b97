/**
 * Finding folded words in raw text: the spellings of each folded char, and a regex that matches
 * exactly where a text's folding holds the word (a miss would lose an anaphor's head).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXPAND, EXPAND_BREAK, FIRST_LETTER, IGNORABLE, IGNORABLE_RANGES, MARK, MARK_RANGES, PRESENTATION_RANGES, resolve, spellingsOf,
} from '../../src/text/char-class';
import { foldText, foldWord } from '../../src/text/fold';
import { rawMatcher } from '../../src/text/raw-finder';
import { headWordTexts } from './head-word-texts';

const inRanges = (c: number, rs: ReadonlyArray<readonly [number, number]>): boolean => rs.some(([lo, hi]) => c >= lo && c <= hi);

describe('spellingsOf', () => {
  it('names, outside the presentation forms, every code unit that folds to a word char, and only those', () => {
    const missing: string[] = [];
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (inRanges(c, PRESENTATION_RANGES)) continue;
      const t = resolve(c);
      if (t >= FIRST_LETTER) {
        if (!spellingsOf(t).includes(c)) missing.push(c.toString(16));
        for (const s of spellingsOf(t)) if (resolve(s) !== t) wrong.push(s.toString(16));
      }
    }
    expect(missing).toEqual([]);
    expect(wrong).toEqual([]);
  });

  it('leaves to the finder’s gap class every code unit that folds to nothing, and expansions to the presentation forms', () => {
    const outside: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (inRanges(c, PRESENTATION_RANGES)) continue;
      const t = resolve(c);
      if ((t === MARK || t === IGNORABLE) && !inRanges(c, [...MARK_RANGES, ...IGNORABLE_RANGES])) outside.push(c.toString(16));
      if (t === EXPAND || t === EXPAND_BREAK) outside.push(c.toString(16));
    }
    expect(outside).toEqual([]);
  });
});

describe('rawMatcher', () => {
  const head = foldWord('حركة');
  const matches = (text: string): number[] => [...text.matchAll(rawMatcher(head))].map((m) => m.index);

  it.each([
    ['the word', 'قالت الحركة إن', [7]],
    ['with clitics, twice', 'وبالحركه والحركة', [4, 12]],
    ['with diacritics and tatweel', 'الحَرَكـــةُ', [2]],
    ['with an invisible control inside', 'حر\u200cكة', [0]],
    ['inside a longer word too: edges are the caller’s', 'تحركة', [1]],
    ['other letters', 'قالت حماس إن', []],
    ['a space between letters', 'حر كة', []],
  ] as const)('%s: %s', (_, text, at) => {
    expect(matches(text)).toEqual(at);
  });

  const text = headWordTexts({ presentation: false });

  it.each([['حركة'], ['محكمة']])('matches where, and only where, the folding holds %s', (word) => {
    const folded = foldWord(word);
    const re = rawMatcher(folded);
    fc.assert(
      fc.property(text, (s) => {
        const { folded: f, map } = foldText(s);
        const expected: number[] = [];
        for (let at = f.indexOf(folded); at >= 0; at = f.indexOf(folded, at + folded.length)) expected.push(map[at]!);
        expect([...s.matchAll(re)].map((m) => m.index)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
