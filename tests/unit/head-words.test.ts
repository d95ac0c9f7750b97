/**
 * Head words read off the raw text give what reading them off the folding gives: a head word
 * found or missed there would arm or disarm an anaphor wrongly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/text/fold';
import { foldedHeadWordStarts, headWord, headWordStarts } from '../../src/match/head-words';

describe('headWordStarts', () => {
  const movement = headWord(foldWord('حركة'));

  it.each([
    ['alone', 'قالت الحركة إن', [5]],
    ['with proclitics and diacritics', 'وبالحَرَكـةِ وفي حركه', [0, 17]],
    ['a control inside, a mark before', 'ثم \u064eحر\u200cكة', [4]],
    ['not inside a longer word', 'تحركات والحركات حركتهم', []],
    ['not after other letters', 'مستحركة', []],
    ['beside Latin and digits', 'a حركة 3حركة', [2, 8]],
  ] as const)('%s', (_, text, starts) => {
    expect(headWordStarts(text, movement)).toEqual(starts);
    expect(foldedHeadWordStarts(text, movement.folded)).toEqual(starts);
  });

  // Whole head words in several spellings, so that texts hold them often, beside their letters.
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('حركة', 'حرکه', 'ح\u064eر\u0640كة', 'محكمة', 'مح\u200cكمه', 'الحركة') },
    { weight: 8, arbitrary: fc.constantFrom(...'حركةهمحكوفبلكالت'.split(''), 'ک', 'ـ', '\u064e', '\u0651', '\u0670', '\u200c', '\u200f', '\ufeff') },
    { weight: 2, arbitrary: fc.constantFrom(' ', '\n', '،', '.', '3', '٣', 'a', 'Z', '-', '«') },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  );
  const text = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));

  it.each([['حركة'], ['محكمة']])('reads %s off the raw text as off its folding', (word) => {
    const head = headWord(foldWord(word));
    fc.assert(
      fc.property(text, (s) => {
        expect(headWordStarts(s, head)).toEqual(foldedHeadWordStarts(s, head.folded));
      }),
      { numRuns: 5000 },
    );
  });
});
