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
