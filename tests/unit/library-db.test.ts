import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openLibraryDb } from '../../src/library/db';
import { articleId, openLibrary } from '../../src/library/library';
import { indexArticle, libraryMatcher } from '../../src/library/indexer';
import type { MentionRecord } from '../../src/library/db';
import type { ArticleCapture, SavedArticle } from '../../src/library/types';

describe('the library database', () => {
  it('creates every store and index of the current version', async () => {
    const db = await openLibraryDb('db-fresh');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['actors', 'allPostings', 'articles', 'entities', 'mentions', 'meta', 'postings', 'segmentTerms', 'segments', 'shown', 'summaries', 'tail']);
    const tx = db.transaction(['mentions', 'postings']);
    expect([...tx.objectStore('mentions').indexNames].sort()).toEqual(['rank', 'recency']);
    expect([...tx.objectStore('postings').indexNames]).toEqual([]);
    db.close();
  });

  it('upgrades a version 1 library: its articles and actors kept, and indexed when the library opens', async () => {
    const url = 'https://news.example/old';
    const id = await articleId(url);
    const v1 = await openLibraryDb('db-upgrade', 1);
    expect([...v1.objectStoreNames].sort()).toEqual(['actors', 'articles']);
    // Version 1 articles had no sentence spans: written as that version wrote them.
    const raw = await openDB('db-upgrade', 1);
    v1.close();
    await raw.put('articles', {
      id, url, title: 'قديم', outlet: 'المثال', date: '2024-06-01', dateSource: 'meta', text: 'التقى بلينكن نتنياهو في القدس.',
      savedAt: '2024-06-02T00:00:00.000Z', updatedAt: '2024-06-02T00:00:00.000Z',
    });
    await raw.put('actors', { id: 'user-x', type: 'person', ar: 'خليل الحية', en: null, addedAt: '2024-06-02T00:00:00.000Z' });
    raw.close();

    const library = openLibrary('db-upgrade');
    expect((await library.listActors()).map((a) => a.id)).toEqual(['user-x']);
    expect((await library.listArticles()).articles).toMatchObject([{ id, url, savedAt: '2024-06-02T00:00:00.000Z' }]);
    expect((await library.dossier('blinken', { passages: 8, timeline: 10 }))!.passages[0]!.url).toBe(url);
    expect((await library.search('القدس', { passages: 8 })).length).toBe(1);
    await library.close();
    const db = await openLibraryDb('db-upgrade');
    expect(await db.get('meta', 'reindex')).toBeUndefined();
    db.close();
  });

  it('upgrades a version 2 library: its articles, index and actors kept, answering as a library saved anew', async () => {
    const article: SavedArticle = {
      id: await articleId('https://news.example/v2'), url: 'https://news.example/v2', title: 'من الإصدار الثاني', outlet: 'المثال', date: '2025-01-13', dateSource: 'meta',
      text: 'قال بلينكن يوم الاثنين إن المفاوضات في الدوحة تتقدم.\n\nوالتقى بلينكن نتنياهو في القدس، فيما قالت حماس إنها تدرس المقترح.',
      savedAt: '2025-01-14T00:00:00.000Z', updatedAt: '2025-01-14T00:00:00.000Z',
    };
    // Written as version 2 wrote it: a row per mention and per term, and the entities' totals.
    const index = indexArticle(article, libraryMatcher([]));
    (await openLibraryDb('db-upgrade-2', 2)).close();
    const old = await openDB('db-upgrade-2', 2);
    await old.put('articles', { ...article, sentences: index.sentences });
    await old.put('summaries', { id: article.id, url: article.url, title: article.title, outlet: article.outlet, date: article.date, savedAt: article.savedAt, chars: article.text.length, bytes: 1 });
    for (const m of index.mentions) await old.put('mentions', m);
    for (const t of index.terms) await old.put('terms', t);
    for (const [entity, stats] of totals(index.mentions)) await old.put('entities', { entity, ...stats });
    await old.put('actors', { id: 'user-x', type: 'person', ar: 'خليل الحية', en: null, addedAt: '2024-06-02T00:00:00.000Z' });
    old.close();

    const upgraded = openLibrary('db-upgrade-2');
    const fresh = openLibrary('db-upgrade-2-fresh');
    const { id: _, savedAt: _s, updatedAt: _u, ...capture } = article;
    await fresh.saveArticle(capture);
    expect((await upgraded.listActors()).map((a) => a.id)).toEqual(['user-x']);
    expect((await upgraded.listArticles()).articles).toMatchObject([{ id: article.id, savedAt: article.savedAt }]);
    for (const entity of ['blinken', 'netanyahu', 'hamas']) {
      expect(await upgraded.dossier(entity, { passages: 8, timeline: 10 }), entity).toEqual(await fresh.dossier(entity, { passages: 8, timeline: 10 }));
    }
    for (const q of ['الدوحة', 'بلينكن في القدس']) expect(await upgraded.search(q, { passages: 8 }), q).toEqual(await fresh.search(q, { passages: 8 }));
    await Promise.all([upgraded.close(), fresh.close()]);
    const db = await openLibraryDb('db-upgrade-2');
    expect(await db.get('meta', 'reindex')).toBeUndefined();
    db.close();
  });

  it('indexes every saved article again, apart from the questions, after it opens with another catalogue than they were indexed with', async () => {
    const url = 'https://news.example/before-update';
    await saveWithoutBlinken('db-rules', [{ ...capture, url }]);

    // Opened by the updated Siyaq: it answers at once, from the index as it was, and once its
    // upkeep is done finds the article under Blinken too, and notes the rules.
    const after = (await import('../../src/library/library')).openLibrary('db-rules');
    expect((await after.dossier('netanyahu', { passages: 8, timeline: 10 }))!.passages[0]!.url).toBe(url);
    await after.indexed();
    expect((await after.dossier('blinken', { passages: 8, timeline: 10 }))!.passages[0]!.url).toBe(url);
    expect((await after.listArticles()).articles.map((a) => a.url)).toEqual([url]);
    await after.close();
    const db = await openLibraryDb('db-rules');
    expect(await db.get('meta', 'rules')).toBe(await (await import('../../src/library/indexer')).indexRules());
    // Each write of an article takes a new term sequence number: opened again with the same
    // rules, nothing is written.
    const { seq } = (await db.getAll('summaries'))[0]!;
    db.close();
    const again = openLibrary('db-rules');
    await again.indexed();
    expect((await again.dossier('blinken', { passages: 8, timeline: 10 }))!.passages[0]!.url).toBe(url);
    await again.close();
    const reopened = await openLibraryDb('db-rules');
    expect((await reopened.getAll('summaries'))[0]!.seq).toBe(seq);
    reopened.close();
  });

  it('goes on, after a stop, from the last article it had indexed again, and notes the rules once all are', async () => {
    await saveWithoutBlinken('db-rules-resume', ['one', 'two', 'three'].map((n) => ({ ...capture, url: `https://news.example/${n}` })));
    const { indexRules } = await import('../../src/library/indexer');
    const raw = await openLibraryDb('db-rules-resume');
    const before = new Map((await raw.getAll('summaries')).map((a) => [a.id, a.seq]));
    const ids = [...before.keys()].sort();
    // As a worker stopped after its first batch leaves it, had the batch held the first article.
    await raw.put('meta', { rules: await indexRules(), after: ids[0] }, 'rulesProgress');
    raw.close();

    const library = openLibrary('db-rules-resume');
    await library.indexed();
    await library.close();
    const db = await openLibraryDb('db-rules-resume');
    const after = new Map((await db.getAll('summaries')).map((a) => [a.id, a.seq]));
    expect(ids.map((id) => after.get(id) === before.get(id))).toEqual([true, false, false]);
    expect(await db.get('meta', 'rulesProgress')).toBeUndefined();
    expect(await db.get('meta', 'rules')).toBe(await indexRules());
    db.close();
  });
});

/** What version 2 kept of each entity: its mentions, and the sentences it shares with each other. */
function totals(rows: MentionRecord[]): Map<string, { mentions: number; related: Record<string, number> }> {
  const out = new Map<string, { mentions: number; related: Record<string, number> }>();
  for (const r of rows) {
    const s = out.get(r.entity) ?? { mentions: 0, related: {} };
    s.mentions += r.spans.length / 2;
    for (const o of rows) if (o.sentence === r.sentence && o.entity !== r.entity) s.related[o.entity] = (s.related[o.entity] ?? 0) + 1;
    out.set(r.entity, s);
  }
  return out;
}

const capture: ArticleCapture = {
  url: 'https://news.example/before-update', title: 'قبل التحديث', outlet: 'المثال', date: '2025-01-13', dateSource: 'meta',
  text: 'التقى بلينكن نتنياهو في القدس لبحث وقف إطلاق النار.',
};

/** Saves these as a Siyaq whose catalogue did not know Blinken yet would, in a library of this name. */
async function saveWithoutBlinken(name: string, captures: ArticleCapture[]): Promise<void> {
  const catalogue = '../../seeds/catalogue.json';
  vi.resetModules();
  vi.doMock(catalogue, async (real: () => Promise<{ default: { entities: { id: string }[] } }>) => {
    const c = (await real()).default;
    return { default: { ...c, entities: c.entities.filter((e) => e.id !== 'blinken') } };
  });
  const before = (await import('../../src/library/library')).openLibrary(name);
  await before.saveArticles(captures);
  expect((await before.dossier('blinken', { passages: 8, timeline: 10 }))?.passages ?? []).toEqual([]);
  expect((await before.dossier('netanyahu', { passages: 8, timeline: 10 }))!.passages.length).toBeGreaterThan(0);
  await before.close();
  vi.doUnmock(catalogue);
  vi.resetModules();
}
