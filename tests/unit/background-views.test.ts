import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildIndexFromRepo } from '../../src/corpus/build-entry';
import { openIndex } from '../../src/index/query';
import { corpusAnswers, SIDEBAR_PASSAGES } from '../../src/background/views';
import officesJson from '../../seeds/offices.json';
import type { Offices } from '../../src/dated/offices';

const DATE = '2024-07-08';

describe('answers the background gives the card and the sidebar', () => {
  let answers: ReturnType<typeof corpusAnswers>;
  beforeAll(async () => {
    answers = corpusAnswers(openIndex(await buildIndexFromRepo(resolve(import.meta.dirname, '../..'))), officesJson as unknown as Offices);
  });

  it('gives the card a description and one sourced passage', () => {
    const s = answers.summary('kirby', DATE)!;
    expect(s.description).toContain('المتحدث باسم مجلس الأمن القومي');
    expect(s.passage).toMatchObject({ outlet: 'عربي بوست', date: '2024-07-08', dateStatus: 'printed' });
    expect(s.passage!.text).toContain('كيربي');
    expect(answers.summary('no-such-entity', DATE)).toBeNull();
  });

  it('gives no description where the corpus says nothing, rather than repeat the type and name', () => {
    // The Qassam Brigades appear only in a photo caption, which is not article text.
    expect(answers.summary('qassam-brigades', DATE)!.description).toBeNull();
    expect(answers.dossier('qassam-brigades', DATE)!.description).toBeNull();
    expect(answers.dossier('kirby', DATE)!.description).toMatchObject({ source: { outlet: 'عربي بوست' } });
  });

  it('gives the sidebar passages with emphasis spans inside their text, related actors and a timeline', () => {
    const dossier = answers.dossier('blinken', DATE)!;
    expect(dossier.ar).toContain('بلينكن');
    expect(dossier.passages.length).toBeGreaterThanOrEqual(2);
    expect(dossier.passages.length).toBeLessThanOrEqual(SIDEBAR_PASSAGES);
    for (const p of dossier.passages) {
      expect(p.mentions.length).toBeGreaterThan(0);
      for (const [start, end] of p.mentions) expect(p.text.slice(start, end)).toMatch(/بلينكن|الوزير/);
    }
    expect(dossier.related.length).toBeGreaterThan(0);
    expect(dossier.related.every((r) => r.shared > 0 && r.id !== 'blinken')).toBe(true);
    const dates = dossier.timeline.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('tells every cited title the page printed from one the project supplied, passages and timeline alike', () => {
    // Rafah is named in the Axios report of seed 004, which printed no headline.
    const dossier = answers.dossier('rafah', DATE)!;
    const cited = [...dossier.passages, ...dossier.timeline];
    const supplied = cited.filter((c) => c.titleStatus === 'supplied');
    expect(supplied.length).toBeGreaterThan(0);
    expect(supplied.every((c) => c.title.startsWith('أكسيوس: اجتماع أميركي إسرائيلي'))).toBe(true);
    const printed = cited.filter((c) => c.titleStatus === 'printed');
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.every((c) => !c.title.startsWith('أكسيوس: اجتماع'))).toBe(true);
    expect(answers.summary('kirby', DATE)!.passage!.titleStatus).toBe('printed');
  });

  it('never tells a moment in the timeline that the passages already quote word for word', () => {
    for (const id of ['blinken', 'biden', 'netanyahu', 'burns', 'hamas', 'rafah']) {
      const dossier = answers.dossier(id, DATE)!;
      const quoted = new Set(dossier.passages.map((p) => p.text));
      expect(dossier.timeline.filter((t) => quoted.has(t.text))).toEqual([]);
    }
  });

  it('lists a role only where it changes', () => {
    // Every article calls Netanyahu the Israeli prime minister: one entry, not one per article.
    expect(answers.dossier('netanyahu', DATE)!.roles.map((r) => r.text)).toEqual(['رئيس الوزراء الإسرائيلي']);
  });

  it('finds Rafah written with diacritics and a clitic', () => {
    for (const q of ['رفح', 'رَفَح', 'برفح']) expect(answers.search(q).entities[0]?.id).toBe('rafah');
  });
});
