import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildIndexFromRepo } from '../../src/corpus/build-entry';
import { openIndex } from '../../src/index/query';
import { corpusAnswers, packAnswers, SIDEBAR_PASSAGES } from '../../src/background/views';
import { catalogue } from '../../src/library/indexer';
import { openLibrary } from '../../src/library/library';
import { entityRef } from '../../src/match/catalogue-types';
import officesJson from '../../seeds/offices.json';
import type { Offices } from '../../src/dated/offices';

const DATE = '2025-01-20';
const URL = 'https://news.example/2025/doha';
const refs = new Map(catalogue.entities.map((e) => [e.id, entityRef(e)]));

describe('answers over both packs', () => {
  let bundled: ReturnType<typeof corpusAnswers>;
  let both: ReturnType<typeof packAnswers>;
  let empty: ReturnType<typeof packAnswers>;
  beforeAll(async () => {
    bundled = corpusAnswers(openIndex(await buildIndexFromRepo(resolve(import.meta.dirname, '../..'))), officesJson as unknown as Offices);
    const library = openLibrary('pack-answers');
    await library.saveArticle({
      url: URL, title: 'اتفاق الدوحة', outlet: 'أخبار المثال', date: '2025-01-15', dateSource: 'meta',
      text: 'أعلن بلينكن في الدوحة التوصل إلى اتفاق لوقف إطلاق النار.\n\nوقال خليل الحية إن الحركة وافقت على الاتفاق مع بلينكن.',
    });
    await library.addActor({ type: 'person', ar: 'خليل الحية', en: 'Khalil al-Hayya' });
    both = packAnswers(bundled, library, (id) => refs.get(id) ?? null);
    empty = packAnswers(bundled, openLibrary('pack-answers-empty'), (id) => refs.get(id) ?? null);
  });

  it('answers as the bundled corpus alone when nothing saved names the entity', async () => {
    for (const id of ['blinken', 'netanyahu', 'rafah', 'kirby']) {
      expect(await empty.dossier(id, DATE)).toEqual(bundled.dossier(id, DATE));
      expect(await empty.summary(id, DATE)).toEqual(bundled.summary(id, DATE));
    }
    expect(await both.dossier('kirby', DATE)).toEqual(bundled.dossier('kirby', DATE));
    expect(await empty.search('رفح')).toEqual(bundled.search('رفح'));
    expect(bundled.dossier('blinken', DATE)!.passages.every((p) => p.url === null)).toBe(true);
  });

  it('takes saved passages, related actors and moments into the dossier, labelled with their URL', async () => {
    const d = (await both.dossier('blinken', DATE))!;
    const saved = d.passages.filter((p) => p.url === URL);
    expect(saved.length).toBe(2);
    expect(saved[0]).toMatchObject({ outlet: 'أخبار المثال', date: '2025-01-15', title: 'اتفاق الدوحة' });
    expect(d.passages.length).toBeLessThanOrEqual(SIDEBAR_PASSAGES);
    expect(d.passages.some((p) => p.url === null)).toBe(true);
    const dates = d.timeline.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('gives a reader\'s actor a dossier, a card and a search hit from the saved articles alone', async () => {
    const d = (await both.dossier('user-khalil-al-hayya', DATE))!;
    expect(d).toMatchObject({ id: 'user-khalil-al-hayya', type: 'person', ar: 'خليل الحية', description: null, datedRoles: null });
    expect(d.passages.map((p) => p.url)).toEqual([URL]);
    expect(d.related).toEqual([{ ...refs.get('blinken'), shared: 1 }]);
    expect((await both.summary('user-khalil-al-hayya', DATE))!.passage!.url).toBe(URL);
    const found = await both.search('خليل الحية');
    expect(found.entities[0]!.id).toBe('user-khalil-al-hayya');
    expect(found.passages[0]!.url).toBe(URL);
    expect(await both.dossier('user-nobody', DATE)).toBeNull();
  });

  it('searches both packs', async () => {
    const found = await both.search('الدوحة');
    expect(found.passages.some((p) => p.url === URL)).toBe(true);
  });
});
