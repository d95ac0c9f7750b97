/** The reader's own actors, found with the engine's clitic and spelling rules, merged with the catalogue's. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/match/matcher';
import { pageMatcher } from '../../src/match/page-matcher';
import { actorEntities, mergeMentions } from '../../src/match/user-actors';
import { seedEngine } from './engine-fixtures';

const { catalogue, offices, plain, derived, rules } = seedEngine();
const actors = [
  { id: 'user-yahya-sinwar-brother', type: 'person' as const, ar: 'محمد السنوار', en: 'Mohammed Sinwar', addedAt: '2025-01-01T00:00:00Z' },
  { id: 'user-doha', type: 'place' as const, ar: 'الدوحة', en: null, addedAt: '2025-01-01T00:00:00Z' },
];
const own = actorEntities(actors);
const people = new Set([...catalogue.entities.filter((e) => e.type === 'person').map((e) => e.id), own[0]!.id]);
const scan = (text: string) =>
  pageMatcher(plain, derived, { date: '2025-03-01', offices, rules, people }, compileMatcher({ version: 1, entities: own }))
    .scan(text)
    .map((m) => `${m.text}=${m.id}`);

describe('the reader’s own actors', () => {
  it.each([
    ['وصل الوفد إلى الدوحة', ['الدوحة=user-doha']],
    ['وفي الدوحة وبالدوحة وللدوحة', ['الدوحة=user-doha', 'الدوحة=user-doha', 'دوحة=user-doha']],
    ['قال محمد السنوار إن…', ['محمد السنوار=user-yahya-sinwar-brother']],
    ['والتقى محمدُ السنوار قادةً', ['محمدُ السنوار=user-yahya-sinwar-brother']],
    // Catalogue names around them still stand.
    ['التقى بلينكن في الدوحة', ['بلينكن=blinken', 'الدوحة=user-doha']],
  ])('«%s»', (text, expected) => expect(scan(text)).toEqual(expected));

  it('merges two mention lists leftmost first, then longest', () => {
    const m = (start: number, end: number, id: string) => ({ start, end, id, text: '', form: 'name' as const });
    expect(mergeMentions([m(0, 5, 'a'), m(10, 12, 'b')], [m(0, 8, 'c'), m(11, 14, 'd'), m(20, 22, 'e')]).map((x) => x.id)).toEqual(['c', 'b', 'e']);
  });
});
