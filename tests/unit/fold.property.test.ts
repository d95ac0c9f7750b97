/**
 * Properties of folding and matching on random Unicode: Arabic letters and marks, presentation
 * forms, controls, surrogates, anything in the BMP, and pieces of catalogue forms with clitics
 * and endings so that matches are frequent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/match/catalogue';
import type { Catalogue } from '../../src/match/catalogue-types';
import { hasArticle, NISBA_ENDINGS } from '../../src/text/proclitics';
import { compileMatcher } from '../../src/match/matcher';
import { foldText, foldWord } from '../../src/text/fold';
import { foldedWords } from '../../src/text/words';
import { SMALL } from './engine-fixtures';

const realFile = resolve(import.meta.dirname, '..', '..', 'seeds', 'catalogue.json');
const catalogues: Array<[string, Catalogue]> = [['test catalogue', SMALL]];
if (existsSync(realFile)) catalogues.push(['seeds/catalogue.json', parseCatalogue(readFileSync(realFile, 'utf8'), 'seeds/catalogue.json')]);

const range = (lo: number, hi: number): fc.Arbitrary<string> => fc.integer({ min: lo, max: hi }).map((c) => String.fromCharCode(c));

function textOf(cat: Catalogue): fc.Arbitrary<string> {
  const forms = cat.entities.flatMap((e) => e.forms.map((f) => f.text));
  const piece = fc.oneof(
    { weight: 6, arbitrary: range(0x0621, 0x064a) },
    { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\n', '\u00a0', '،', '.', '-', '«', '»', 'ـ', '\u200f', '\u200b', '\ufeff') },
    { weight: 2, arbitrary: range(0x064b, 0x065f) },
    { weight: 1, arbitrary: fc.constantFrom('\u0670', '\u06d6', '\u0610', 'ی', 'ک', 'ة', 'ى', 'ؤ', 'ئ', 'أ', 'إ', 'آ', 'ٱ', '٣', '۴') },
    { weight: 1, arbitrary: range(0xfb50, 0xfdff) },
    { weight: 1, arbitrary: range(0xfe70, 0xfeff) },
    { weight: 1, arbitrary: range(0xd800, 0xdfff) },
    { weight: 1, arbitrary: range(0, 0xffff) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom('', '', 'و', 'ب', 'ال', 'لل', 'وب', 'فل', 'ك'), fc.constantFrom(...forms), fc.constantFrom('', '', ...NISBA_ENDINGS.map((e) => e.replace('ه', 'ة'))))
        .map(([p, f, e]) => p + f + e),
    },
  );
  return fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));
}

/** Every folded way a mention of each entity may read, clitics stripped as the matcher reports. */
function spellings(cat: Catalogue): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of cat.entities) {
    const set = new Set<string>();
    for (const f of e.forms) {
      const words = foldedWords(f.text);
      const adjective = f.kind === 'adjective';
      const firsts = [words[0]!];
      if (hasArticle(words[0]!)) firsts.push(words[0]!.slice(2));
      if (adjective) firsts.push(`ال${words[0]}`);
      for (const first of firsts) {
        for (const ending of adjective ? NISBA_ENDINGS : ['']) {
          const w = [first, ...words.slice(1)];
          w[w.length - 1] += ending;
          set.add(w.join(' '));
        }
      }
    }
    out.set(e.id, set);
  }
  return out;
}

describe('folding', () => {
  const anyText = fc.oneof(textOf(SMALL), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }));

  it('maps every folded char to an offset inside the text, in order', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const { folded, map } = foldText(s);
        expect(map.length).toBe(folded.length + 1);
        expect(map[folded.length]).toBe(s.length);
        for (let i = 0; i < folded.length; i++) {
          expect(map[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : map[i - 1]!);
          expect(map[i]).toBeLessThan(s.length);
        }
        expect(foldWord(s)).toBe(folded);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = foldWord(s);
        expect(foldWord(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe.each(catalogues)('matching with the %s', (_, cat) => {
  const matcher = compileMatcher(cat);
  const allowed = spellings(cat);

  it('reports ordered, non-overlapping spans of the text that read as the forms they match', () => {
    fc.assert(
      fc.property(textOf(cat), (s) => {
        let last = 0;
        for (const m of matcher.scan(s)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(s.length);
          expect(m.text).toBe(s.slice(m.start, m.end));
          expect(allowed.get(m.id)).toContain(foldedWords(m.text).join(' '));
          last = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same mentions in a text and in its NFD twin (hamza as a combining mark)', () => {
    fc.assert(
      fc.property(textOf(cat), (s) => {
        const ids = (t: string): string[] => matcher.scan(t).map((m) => m.id);
        expect(ids(s.normalize('NFD'))).toEqual(ids(s));
      }),
      { numRuns: 200 },
    );
  });
});
