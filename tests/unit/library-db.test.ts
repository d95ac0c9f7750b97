import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openLibraryDb } from '../../src/library/db';
import { articleId, openLibrary } from '../../src/library/library';

describe('the library database', () => {
  it('creates every store and index of the current version', async () => {
    const db = await openLibraryDb('db-fresh');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['actors', 'articles', 'entities', 'mentions', 'meta', 'summaries', 'terms']);
    const tx = db.transaction(['mentions', 'terms']);
    expect([...tx.objectStore('mentions').indexNames].sort()).toEqual(['article', 'rank', 'recency']);
    expect([...tx.objectStore('terms').indexNames].sort()).toEqual(['article', 'rank']);
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
});
