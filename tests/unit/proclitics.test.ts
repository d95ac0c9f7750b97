/**
 * The proclitic grammar as a table of cases: every chain it allows, what a word carrying it
 * reads as, and that the table's derivation and the search tokenizer both read it so.
 */
import { describe, expect, it } from 'vitest';
import { readings, stemOf } from '../../src/text/tokens';
import { isProclitic, PROCLITIC_CHAINS } from '../../src/text/proclitics';

const STEM = 'مدينه';
const known = (w: string): boolean => w === STEM || w === `ال${STEM}`;

// [surface, clitics]: every chain of conjunction, preposition and article, ل + ال written لل.
const CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['مدينه', []],
  ['ومدينه', ['و']],
  ['فمدينه', ['ف']],
  ['بمدينه', ['ب']],
  ['لمدينه', ['ل']],
  ['كمدينه', ['ك']],
  ['المدينه', ['ال']],
  ['وبمدينه', ['و', 'ب']],
  ['ولمدينه', ['و', 'ل']],
  ['وكمدينه', ['و', 'ك']],
  ['فبمدينه', ['ف', 'ب']],
  ['فلمدينه', ['ف', 'ل']],
  ['فكمدينه', ['ف', 'ك']],
  ['والمدينه', ['و', 'ال']],
  ['فالمدينه', ['ف', 'ال']],
  ['بالمدينه', ['ب', 'ال']],
  ['للمدينه', ['ل', 'ال']],
  ['كالمدينه', ['ك', 'ال']],
  ['وبالمدينه', ['و', 'ب', 'ال']],
  ['وللمدينه', ['و', 'ل', 'ال']],
  ['وكالمدينه', ['و', 'ك', 'ال']],
  ['فبالمدينه', ['ف', 'ب', 'ال']],
  ['فللمدينه', ['ف', 'ل', 'ال']],
  ['فكالمدينه', ['ف', 'ك', 'ال']],
];

describe('the proclitic table', () => {
  it('allows exactly the chains of the cases', () => {
    const written = CASES.map(([surface]) => surface.slice(0, -STEM.length));
    expect(PROCLITIC_CHAINS.map((c) => c.written).sort()).toEqual(written.sort());
  });

  it.each(CASES)('%s is %j + the stem', (surface, clitics) => {
    const chain = PROCLITIC_CHAINS.find((c) => c.written + STEM === surface);
    expect(chain?.clitics).toEqual(clitics);
    expect(chain?.article).toBe(clitics.includes('ال') ? (surface.includes('لل') ? 'ل' : 'ال') : '');
  });

  it.each(CASES)('the tokenizer reads %s as the stem', (surface) => {
    expect(stemOf(surface, known)).toBe(STEM);
    expect(readings(surface)).toContain(STEM);
  });

  it.each(['وو', 'فو', 'بو', 'بف', 'لب', 'الو', 'لال', 'ال ال', 'من', ''])('%j is no chain', (text) => {
    expect(isProclitic(text)).toBe(false);
  });

  it('leaves clitics stacked beyond the grammar on the word', () => {
    expect(stemOf(`وو${STEM}`, known)).toBe(`وو${STEM}`);
    expect(stemOf(`بف${STEM}`, known)).toBe(`بف${STEM}`);
  });
});
