/**
 * Head words read off the raw text give what reading them off the folding gives: a head word
 * found or missed there would arm or disarm an anaphor wrongly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldWord } from '../../src/text/fold';
import { headWord, headWordStarts } from '../../src/match/head-words';
import { headWordTexts } from './head-word-texts';

const CLITICS = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?$/u;
const isFoldedLetter = (c: number): boolean => (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x61 && c <= 0x7a);

/** The reference: the words read off the whole text's folding, as the resolver read them before. */
function foldedHeadWordStarts(text: string, head: string): number[] {
  const { folded, map } = foldText(text);
  const out: number[] = [];
  for (let at = folded.indexOf(head); at >= 0; at = folded.indexOf(head, at + head.length)) {
    let start = at;
    while (start > 0 && isFoldedLetter(folded.charCodeAt(start - 1))) start--;
    let end = at + head.length;
    while (end < folded.length && isFoldedLetter(folded.charCodeAt(end))) end++;
    if (end === at + head.length && CLITICS.test(folded.slice(start, at))) out.push(map[start]!);
  }
  return out;
}

describe('headWordStarts', () => {
  const movementWord = foldWord('حركة');
  const movement = headWord(movementWord);

  it.each([
    ['alone', 'قالت الحركة إن', [5]],
    ['with proclitics and diacritics', 'وبالحَرَكـةِ وفي حركه', [0, 17]],
    ['a control inside, a mark before', 'ثم \u064eحر\u200cكة', [4]],
    ['not inside a longer word', 'تحركات والحركات حركتهم', []],
    ['not after other letters', 'مستحركة', []],
    ['beside Latin and digits', 'a حركة 3حركة', [2, 8]],
  ] as const)('%s', (_, text, starts) => {
    expect(headWordStarts(text, [movement])[0]).toEqual(starts);
    expect(foldedHeadWordStarts(text, movementWord)).toEqual(starts);
  });

  const text = headWordTexts({ presentation: true });

  it.each([['حركة'], ['محكمة']])('finds %s where the whole text’s folding has it', (word) => {
    const folded = foldWord(word);
    const head = headWord(folded);
    fc.assert(
      fc.property(text, (s) => {
        expect(headWordStarts(s, [head])[0]).toEqual(foldedHeadWordStarts(s, folded));
      }),
      { numRuns: 5000 },
    );
  });
});
