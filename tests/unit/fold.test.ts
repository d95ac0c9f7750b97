import { describe, expect, it } from 'vitest';
import { foldText, foldWord } from '../../src/text/fold';
import { foldedChar } from '../../src/text/char-class';

describe('foldWord', () => {
  it.each([
    ['diacritics', 'مُحَمَّدٌ', 'محمد'],
    ['tanwin and sukun', 'كِتَابًا مْ', 'كتابا م'],
    ['dagger alef', 'هٰذا', 'هذا'],
    ['Quranic marks', 'الرَّحِيمِ۝ ۖ', 'الرحيم '],
    ['honorific signs U+0610–U+061A', 'محمد\u0610\u0615\u061a', 'محمد'],
    ['combining hamza and madda', 'ا\u0654ا\u0653', 'اا'],
    ['tatweel', 'غـــزة', 'غزه'],
    ['alef with hamza above', 'أحمد', 'احمد'],
    ['alef with hamza below', 'إسرائيل', 'اسراييل'],
    ['alef with madda', 'آل', 'ال'],
    ['alef wasla', 'ٱلله', 'الله'],
    ['alef maqsura', 'مصطفى', 'مصطفي'],
    ['teh marbuta', 'غزة', 'غزه'],
    ['waw with hamza', 'مؤتمر', 'موتمر'],
    ['yeh with hamza', 'رئيس', 'رييس'],
    ['Persian yeh', 'ایران', 'ايران'],
    ['Persian keheh', 'کرد', 'كرد'],
    ['Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Extended Arabic-Indic digits', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['zero-width and bidi controls', 'غ\u200bز\u200c\u200d\u200e\u200fة\u202a\u202e\u2066\u2069\ufeff\u061c', 'غزه'],
    ['presentation forms', 'ﻏﺰﺓ', 'غزه'],
    ['presentation alef with hamza', 'ﺇﺳﺮﺍﺋﻴﻞ', 'اسراييل'],
    ['lam-alef ligature', 'ﻻ', 'لا'],
    ['Allah ligature', 'ﷲ', 'الله'],
    ['spacing tanwin form is a diacritic', 'كتاباﹰ', 'كتابا'],
    ['ASCII upper case', 'CNN', 'cnn'],
    ['punctuation and spaces kept', 'غزة، لبنان.', 'غزه، لبنان.'],
  ])('%s', (_, input, expected) => {
    expect(foldWord(input)).toBe(expected);
  });
});

describe('foldText', () => {
  it('maps every folded char to its original offset', () => {
    const s = 'إِسْرَائِيلُ';
    const { folded, map } = foldText(s);
    expect(folded).toBe('اسراييل');
    expect(Array.from(map)).toEqual([0, 2, 4, 6, 7, 9, 10, s.length]);
  });

  it('maps a ligature expansion to the ligature', () => {
    const { folded, map } = foldText('بﻻد');
    expect(folded).toBe('بلاد');
    expect(Array.from(map)).toEqual([0, 1, 1, 2, 3]);
  });

  it('ends the map with the original length', () => {
    for (const s of ['', 'َ', 'abc', 'غزةُ\u200f']) {
      const { folded, map } = foldText(s);
      expect(map.length).toBe(folded.length + 1);
      expect(map[folded.length]).toBe(s.length);
    }
  });

  it('keeps lone surrogates and astral chars', () => {
    expect(foldText('a\ud800b😀').folded).toBe('a\ud800b😀');
  });
});

describe('char tables', () => {
  it('fold every code unit to a fixed point', () => {
    for (let c = 0; c < 0x10000; c++) {
      const out = foldedChar(c);
      if (foldWord(out) !== out) expect.fail(`U+${c.toString(16)} folds to ${out}, which folds again`);
    }
  });
});
