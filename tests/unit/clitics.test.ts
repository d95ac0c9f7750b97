import { describe, expect, it } from 'vitest';
import { applyPrefix, prefixesFor } from '../../src/match/clitics';
import { compileMatcher } from '../../src/match/matcher';
import { SMALL } from './engine-fixtures';

const matcher = compileMatcher(SMALL);
const spans = (text: string): string[] => matcher.scan(text).map((m) => `${m.text}|${m.id}`);

describe('prefixesFor', () => {
  const written = (word: string, addArticle: boolean): string[] => prefixesFor(word, addArticle).map((p) => applyPrefix(p, word));

  it('gives a bare name conjunctions and prepositions, no article', () => {
    expect(written('غزه', false).sort()).toEqual(
      ['غزه', 'بغزه', 'لغزه', 'كغزه', 'وغزه', 'وبغزه', 'ولغزه', 'وكغزه', 'فغزه', 'فبغزه', 'فلغزه', 'فكغزه'].sort(),
    );
  });

  it('merges ل with a form\'s own article', () => {
    const forms = written('القاهره', false);
    expect(forms).toEqual(expect.arrayContaining(['القاهره', 'بالقاهره', 'والقاهره', 'وبالقاهره', 'للقاهره', 'وللقاهره', 'فللقاهره', 'كالقاهره']));
    expect(forms).not.toContain('قاهره');
  });

  it('adds the article to adjectives', () => {
    expect(written('عربي', true)).toEqual(expect.arrayContaining(['عربي', 'العربي', 'والعربي', 'بالعربي', 'للعربي', 'وللعربي', 'وعربي', 'لعربي']));
  });

  it('leaves out what a guard bans: a clitic, every chain holding it; a chain, itself', () => {
    const banned = (word: string, ...chains: string[]): string[] => prefixesFor(word, false, new Set(chains)).map((p) => applyPrefix(p, word));
    expect(banned('غزه', 'ب').filter((w) => w.includes('بغزه'))).toEqual([]);
    expect(banned('غزه', 'وب')).toEqual(expect.arrayContaining(['بغزه', 'فبغزه']));
    expect(banned('غزه', 'وب')).not.toContain('وبغزه');
    expect(banned('القاهره', 'لل')).toEqual(expect.arrayContaining(['القاهره', 'وللقاهره']));
    expect(banned('القاهره', 'لل')).not.toContain('للقاهره');
  });

  it('skips the proclitics but keeps a written-out article in the span', () => {
    const skip = (w: string, written: string, add: boolean): number => prefixesFor(w, add).find((p) => applyPrefix(p, w) === written)!.skip;
    expect(skip('غزه', 'وبغزه', false)).toBe(2);
    expect(skip('عربي', 'والعربي', true)).toBe(1);
    expect(skip('القاهره', 'للقاهره', false)).toBe(2);
    expect(skip('عربي', 'وللعربي', true)).toBe(3);
  });
});

describe('clitics in running text', () => {
  it.each([
    ['conjunction', 'وبيروت', 'بيروت|beirut'],
    ['conjunction + preposition', 'وبإسرائيل', 'إسرائيل|israel'],
    ['fa + lam', 'فلإسرائيل', 'إسرائيل|israel'],
    ['kaf', 'كإسرائيل', 'إسرائيل|israel'],
    ['name starting with a clitic letter', 'وبلينكن', 'بلينكن|blinken'],
    ['preposition before a name starting with ل', 'للبنان', 'لبنان|lebanon'],
    ['article form with ب', 'بالقاهرة', 'القاهرة|cairo'],
    ['article form with و', 'والقاهرة', 'القاهرة|cairo'],
    ['article merged after ل', 'للقاهرة', 'قاهرة|cairo'],
    ['article merged after ول', 'وللقاهرة', 'قاهرة|cairo'],
    ['multi-word article form after ل', 'للبيت الأبيض', 'بيت الأبيض|white-house'],
    ['adjective with article and conjunction', 'والإسرائيلية', 'الإسرائيلية|israel'],
    ['adjective with لل', 'للإسرائيليين', 'إسرائيليين|israel'],
    ['adjective with وبال', 'وبالإسرائيليين', 'الإسرائيليين|israel'],
  ])('%s: %s', (_, text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it.each([
    ['لبنان is not ل + a known form', 'لبنان', ['لبنان|lebanon']],
    ['وليد is not و + ليد', 'وليد', []],
    ['مصرف is not م + صرف', 'مصرف', []],
    ['قطرة is not قطر + ة', 'قطرة', []],
    ['a name never takes the article', 'القطر', []],
    ['an article form does not lose it', 'قاهرة', []],
    ['stacked clitics beyond the grammar', 'ووبيروت', []],
  ])('%s', (_, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
