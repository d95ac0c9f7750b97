import { describe, expect, it } from 'vitest';
import { arabicShare, isArabicLang, isArabicPage } from '../../src/content/language';

describe('page language', () => {
  it.each([
    ['ar', true],
    ['ar-EG', true],
    ['AR_sa', true],
    ['arz', true],
    [' ar ', true],
    ['en', false],
    ['fa', false],
    ['ur-PK', false],
    ['art', false],
    ['', false],
  ])('lang=%j is Arabic: %s', (lang, expected) => {
    expect(isArabicLang(lang)).toBe(expected);
  });

  it('measures the share of Arabic letters, ignoring digits, spaces and punctuation', () => {
    expect(arabicShare('')).toBe(0);
    expect(arabicShare('123 !!')).toBe(0);
    expect(arabicShare('غزة')).toBe(1);
    expect(arabicShare('غزة Gaza')).toBeCloseTo(3 / 7);
  });

  it('classifies every code point as the Unicode letter and Arabic-script properties do', () => {
    // Alone and after an Arabic letter, an Arabic letter gives 1 and 1, another letter 0 and ½,
    // anything else 0 and 1.
    const mismatches: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const expected = /\p{L}/u.test(ch) ? (/\p{Script=Arabic}/u.test(ch) ? [1, 1] : [0, 0.5]) : [0, 1];
      if (arabicShare(ch) !== expected[0] || arabicShare(`غ${ch}`) !== expected[1]) mismatches.push(cp.toString(16));
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('trusts the lang attribute over the text when the page sets one', () => {
    expect(isArabicPage('en', () => 'قال الرئيس الأميركي جو بايدن')).toBe(false);
    expect(isArabicPage('ar', () => 'Breaking news')).toBe(true);
    expect(isArabicPage('fr', () => { throw new Error('the text is not read where lang decides'); })).toBe(false);
  });

  it('falls back to the text when the page sets no language', () => {
    expect(isArabicPage(null, () => 'قال الرئيس الأميركي جو بايدن')).toBe(true);
    expect(isArabicPage('', () => 'White House spokesman John Kirby (جون كيربي) said')).toBe(false);
  });
});
