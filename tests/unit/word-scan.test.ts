/**
 * Reading a text's words once for both matchers (readWords): where each word starts and ends,
 * as a table, and its hash, which must be the one its plain spelling has.
 */
import { describe, expect, it } from 'vitest';
import { readWords, Words } from '../../src/match/word-scan';

const slices = (text: string): string[] => {
  const w = readWords(text, new Words());
  return Array.from({ length: w.length }, (_, k) => text.slice(w.data[3 * k]!, w.data[3 * k + 1]!));
};
const hashes = (text: string): number[] => {
  const w = readWords(text, new Words());
  return Array.from({ length: w.length }, (_, k) => w.data[3 * k + 2]!);
};

describe('readWords', () => {
  it.each([
    ['قال نتنياهو، إن الاتفاق', ['قال', 'نتنياهو', 'إن', 'الاتفاق']],
    ['«حماس»: لا', ['حماس', 'لا']],
    // Diacritics, tatweel and invisible controls stay inside the word, trailing ones included.
    ['مُحَمَّدٌ جاء', ['مُحَمَّدٌ', 'جاء']],
    ['غـــزة.', ['غـــزة']],
    ['بـ\u200cغزة و\u200f', ['بـ\u200cغزة', 'و\u200f']],
    // A hyphen and punctuation part words; a number is a word of its own.
    ['جان-إيف 2024 (سي آي إيه)', ['جان', 'إيف', '2024', 'سي', 'آي', 'إيه']],
    ['', []],
    ['  ،،  ', []],
  ])('%s', (text, words) => expect(slices(text)).toEqual(words));

  it('hashes a word as its plain spelling: diacritics, tatweel and a ligature fold away', () => {
    expect(hashes('مُحَمَّد غـــزة ﻻ')).toEqual(hashes('محمد غزة لا'));
    expect(hashes('غزة')[0]).not.toBe(hashes('عزة')[0]);
  });

  it('holds any number of words, and reads a second text from empty', () => {
    const words = new Words();
    const text = Array.from({ length: 1000 }, (_, i) => (i % 2 ? 'غزة' : 'رفح')).join(' ');
    readWords(text, words);
    expect(words.length).toBe(1000);
    expect(text.slice(words.data[3 * 999]!, words.data[3 * 999 + 1]!)).toBe('غزة');
    readWords('حماس', words);
    expect(words.length).toBe(1);
  });
});
