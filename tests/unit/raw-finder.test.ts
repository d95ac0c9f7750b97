/**
 * The raw-text finder of folded words: it must find every text whose folding holds the word
 * (a miss would lose an anaphor's head), and should pass over texts that plainly do not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXPAND, EXPAND_BREAK, FIRST_LETTER, IGNORABLE, IGNORABLE_RANGES, MARK, MARK_RANGES, PRESENTATION_RANGES, resolve, spellingsOf,
} from '../../src/text/char-class';
import { foldText, foldWord } from '../../src/text/fold';
import { rawFinder } from '../../src/text/raw-finder';

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

describe('rawFinder', () => {
  const head = foldWord('حركة');
  const finder = rawFinder(head);

  it.each([
    ['the word', 'قالت الحركة إن', true],
    ['with clitics', 'وبالحركه', true],
    ['with diacritics and tatweel', 'الحَرَكـــةُ', true],
    ['with an invisible control inside', 'حر\u200cكة', true],
    ['inside a longer word', 'تحركات', false],
    ['other letters', 'قالت حماس إن', false],
    ['a space between letters', 'حر كة', false],
    ['a presentation form anywhere', 'ﻻ شيء', true],
  ] as const)('%s: %s', (_, text, found) => {
    expect(finder.test(text)).toBe(found);
  });

  // Texts made of the head words whole in several spellings, their letters, marks, controls and
  // a few others, so that texts hold the words often.
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('حركة', 'حرکه', 'ح\u064eر\u0640كة', 'محكمة', 'مح\u200cكمه', 'الحركة') },
    { weight: 8, arbitrary: fc.constantFrom(...'حركةهمحك'.split(''), 'ـ', '\u064e', '\u0651', '\u200c', '\u200f', '\ufeff') },
    { weight: 2, arbitrary: fc.constantFrom(' ', 'ا', 'ل', 'و', 'ب', '\n', '،') },
    { weight: 1, arbitrary: fc.integer({ min: 0xfe70, max: 0xfefe }).map((c) => String.fromCharCode(c)) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  );
  const text = fc.array(piece, { maxLength: 24 }).map((xs) => xs.join(''));

  it.each([['حركة'], ['محكمة']])('finds every text whose folding holds %s', (word) => {
    const folded = foldWord(word);
    const find = rawFinder(folded);
    fc.assert(fc.property(text, (s) => !foldText(s).folded.includes(folded) || find.test(s)), { numRuns: 5000 });
  });
});
