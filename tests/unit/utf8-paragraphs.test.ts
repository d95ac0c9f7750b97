/**
 * Cutting UTF-8 bytes into runs of paragraphs: only after a paragraph break, never inside a
 * character, each piece at least the size asked for.
 */
import { describe, expect, it } from 'vitest';
import { paragraphCuts } from '../../src/text/utf8-paragraphs';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const pieces = (s: string, size: number): string[] => {
  const b = bytes(s);
  let from = 0;
  return paragraphCuts(b, size).map((to) => new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(from, (from = to))));
};

describe('paragraphCuts', () => {
  it.each([
    ['a text within the size is one piece', 'غزة\n\nقطر', 100, ['غزة\n\nقطر']],
    ['cut after the first break past the size', 'غزة\n\nقطر\n\nمصر', 3, ['غزة\n\n', 'قطر\n\n', 'مصر']],
    ['a break before the size is passed by', 'أ\n\nغزة قطر\n\nمصر', 5, ['أ\n\nغزة قطر\n\n', 'مصر']],
    ['one line break alone is no cut', 'غزة\nقطر\nمصر', 1, ['غزة\nقطر\nمصر']],
    ['blanks between the breaks: spaces, tabs, CR', 'غزة\r\n \t\r\nقطر', 1, ['غزة\r\n \t\r\n', 'قطر']],
    ['a break at the very end adds no empty piece', 'غزة\n\n', 1, ['غزة\n\n']],
    ['three breaks in a row cut after the second', 'غزة\n\n\nقطر', 1, ['غزة\n\n', '\nقطر']],
    ['an empty text is one empty piece', '', 4, ['']],
  ] as const)('%s', (_, text, size, expected) => {
    expect(pieces(text, size)).toEqual(expected);
  });

  it('covers every byte, in order, and each piece but the last reaches the size', () => {
    const text = Array.from({ length: 500 }, (_, i) => `فقرة ${i} عن غزة${i % 7 === 0 ? '\r\n\r\n' : i % 3 === 0 ? '\n' : '\n\n'}`).join('');
    const b = bytes(text);
    const cuts = paragraphCuts(b, 300);
    expect(cuts.at(-1)).toBe(b.length);
    let from = 0;
    for (const to of cuts.slice(0, -1)) {
      expect(to - from).toBeGreaterThanOrEqual(300);
      expect(b[to - 1]).toBe(0x0a);
      from = to;
    }
  });
});
