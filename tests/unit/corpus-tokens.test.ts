import { describe, expect, it } from 'vitest';
import { readings, stemOf, tokenize } from '../../src/text/tokens';

const vocabulary = (...words: string[]) => {
  const set = new Set(words);
  return (w: string) => set.has(w);
};

describe('search terms', () => {
  it.each([
    // [folded word, words the corpus knows, term]
    ['برفح', ['رفح'], 'رفح'],
    ['والمفاوضات', ['المفاوضات'], 'مفاوضات'],
    ['القاهره', ['القاهره'], 'قاهره'],
    ['فكره', ['فكره'], 'فكره'],
    ['فكره', ['فكره', 'الكره'], 'كره'],
    ['لبنان', ['لبنان'], 'لبنان'],
    ['وليد', ['وليد'], 'وليد'],
  ])('%s with the corpus knowing %j is %s', (word, known, term) => {
    expect(stemOf(word, vocabulary(...known))).toBe(term);
  });

  it('strips a proclitic only where three letters stay', () => {
    expect(readings('بلد')).toEqual(['بلد']);
    expect(readings('وبالقدس')).toEqual(['وبالقدس', 'قدس', 'القدس', 'بالقدس']);
  });

  it('folds diacritics and keeps offsets into the text', () => {
    const [t] = tokenize('  رَفَح');
    expect(t).toEqual({ start: 2, end: 7, folded: 'رفح', stem: 'رفح' });
  });
});
