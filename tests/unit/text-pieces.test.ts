import { describe, expect, it } from 'vitest';
import { textPieces } from '../../src/text/text-pieces';

const cut = (text: string, size: number): string[] => textPieces(text, size).map(([a, b]) => text.slice(a, b));

describe('textPieces', () => {
  it.each([
    // [text, size, pieces]
    ['قصير', 100, ['قصير']],
    ['', 10, ['']],
    ['قال بلينكن. ووصل السيسي. ثم غادر', 16, ['قال بلينكن. ', 'ووصل السيسي. ', 'ثم غادر']],
    ['هل وصل؟ نعم وصل', 10, ['هل وصل؟ ', 'نعم وصل']],
    ['سطر أول\nسطر ثان', 10, ['سطر أول\n', 'سطر ثان']],
    // No sentence end within reach: at the last space.
    ['في غزة وقطر في غزة وقطر', 10, ['في غزة ', 'وقطر في ', 'غزة وقطر']],
    // No space either: at the size.
    ['abcdefghijklmnopqrstuvwxyz', 10, ['abcdefghij', 'klmnopqrst', 'uvwxyz']],
    // A closing quote after the full stop stays with its sentence.
    ['قال: «انتهى.» ثم مضى بعيدا', 16, ['قال: «انتهى.» ', 'ثم مضى بعيدا']],
  ])('%j in pieces of %i', (text, size, pieces) => {
    expect(cut(text, size)).toEqual(pieces);
  });

  it('covers the text exactly, piece after piece, each within the size', () => {
    const text = 'وقال الرئيس المصري عبد الفتاح السيسي إن الجهود مستمرة. '.repeat(500) + 'x'.repeat(3000);
    const pieces = textPieces(text, 1024);
    expect(pieces[0]![0]).toBe(0);
    expect(pieces.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]![0]).toBe(pieces[i - 1]![1]);
    for (const [a, b] of pieces) expect(b - a).toBeLessThanOrEqual(1024);
    expect(pieces.slice(0, -4).every(([, b]) => text.slice(b - 2, b) === '. ')).toBe(true);
  });
});
