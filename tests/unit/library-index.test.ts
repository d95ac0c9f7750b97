/**
 * The library's index answers as a straightforward scan over the saved articles would: more
 * articles than two segments hold, some saved again and some deleted after they were sealed and
 * while still in the tail, and every answer compared with one worked out from the live articles'
 * own indexing alone.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { seedParagraphs } from '../../bench/lib/pages';
import { idf } from '../../src/index/bm25';
import { indexArticle, libraryMatcher, type ArticleIndex } from '../../src/library/indexer';
import { articleId, openLibrary, type Library } from '../../src/library/library';
import { openLibraryDb, type TermIndexState } from '../../src/library/db';
import type { ArticleCapture, SavedArticle } from '../../src/library/types';
import { readings, tokenize } from '../../src/text/tokens';

const PER_TERM = 200;
const PASSAGES = 8;
/** Every sentence scored, not a sidebar's few: what the cap and the dead postings change is further down. */
const ALL = 100_000;
/** Small segments, so that a few hundred articles make several, and more have a common word than a search takes. */
const SEGMENT = 128;
const ARTICLES = 2 * SEGMENT + 60;
const paragraphs = seedParagraphs(join(import.meta.dirname, '../..'));

const capture = (i: number, version = 0): ArticleCapture => ({
  url: `https://scan.example/${i}`,
  title: `مقال ${i}`,
  outlet: 'المثال',
  date: `2024-0${1 + (i % 9)}-1${i % 10}`,
  dateSource: i % 5 === 0 ? 'today' : 'meta',
  text: [0, 1, 2].map((k) => paragraphs[(i * 5 + k * 11 + version * 3) % paragraphs.length]!).join('\n\n'),
});

/** The answer the index must give, from every live article's own terms: df, the best PER_TERM, BM25. */
function scanSearch(live: { a: SavedArticle; index: ArticleIndex }[], text: string, passages: number): [string, number, number][] {
  const asked = [...new Set(tokenize(text).flatMap((t) => readings(t.folded)))];
  const scores = new Map<string, [string, number, number]>();
  for (const term of asked) {
    const having = live.flatMap(({ a, index }) => {
      const row = index.terms.find((t) => t.term === term);
      return row ? [{ id: a.id, hits: row.hits, best: Math.max(...row.hits.filter((_, i) => i % 2 === 1)) }] : [];
    });
    having.sort((x, y) => y.best - x.best || (x.id < y.id ? -1 : 1));
    for (const h of having.slice(0, PER_TERM)) {
      for (let i = 0; i < h.hits.length; i += 2) {
        const key = `${h.id} ${h.hits[i]}`;
        const s = scores.get(key) ?? [h.id, h.hits[i]!, 0];
        s[2] += idf(live.length, having.length) * h.hits[i + 1]!;
        scores.set(key, s);
      }
    }
  }
  return [...scores.values()].sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0) || x[1] - y[1]).slice(0, passages);
}

/** The mention rows a dossier must start from: best first and latest first, ties in article and sentence order. */
function scanMentions(live: { a: SavedArticle; index: ArticleIndex }[], entity: string) {
  const rows = live.flatMap(({ index }) => index.mentions.filter((m) => m.entity === entity));
  const order = (key: 'rank' | 'recency') => [...rows].sort((x, y) => x[key] - y[key] || (x.article < y.article ? -1 : x.article > y.article ? 1 : 0) || x.sentence - y.sentence);
  return { ranked: order('rank'), recent: order('recency') };
}

/** Every question's answer, every sentence it scores, is the scan's. */
async function expectScan(library: Library, articles: { a: SavedArticle; index: ArticleIndex }[]): Promise<void> {
  for (const q of ['غزة', 'وقف إطلاق النار في غزة', 'بلينكن', 'مجلس الأمن', 'الرهائن والأسرى', 'برفح', 'كلمةغائبة']) {
    const found = (await library.search(q, { passages: ALL })).map((p) => [p.articleId, p.text, p.score]);
    const expected = scanSearch(articles, q, ALL).map(([id, sentence, score]) => {
      const { a, index } = articles.find((x) => x.a.id === id)!;
      return [id, a.text.slice(index.sentences[2 * sentence], index.sentences[2 * sentence + 1]), score];
    });
    expect(found, q).toEqual(expected);
    if (q !== 'كلمةغائبة') expect(found.length, q).toBeGreaterThan(PASSAGES);
  }
}

describe('the library index against a scan of the saved articles', () => {
  let library: Library;
  const live = new Map<string, SavedArticle>();

  const remember = async (c: ArticleCapture): Promise<void> => {
    const id = await articleId(c.url);
    live.set(id, { ...c, id, savedAt: '', updatedAt: '' });
  };

  beforeAll(async () => {
    library = openLibrary('scan-library', { segmentArticles: SEGMENT });
    const all = Array.from({ length: ARTICLES }, (_, i) => capture(i));
    for (let i = 0; i < all.length; i += 50) await library.saveArticles(all.slice(i, i + 50));
    for (const c of all) await remember(c);
    await library.indexed();
    // Saved again and deleted: some of each sealed in a segment, some still in the tail.
    const again = [3, 40, 200, ARTICLES - 5].map((i) => capture(i, 1));
    for (const c of again) {
      await library.saveArticle(c);
      await remember(c);
    }
    const gone = await Promise.all([7, 150, ARTICLES - 2].map((i) => articleId(capture(i).url)));
    await library.deleteArticles(gone);
    for (const id of gone) live.delete(id);
    await library.indexed();
  }, 60_000);
  afterAll(() => library.close());

  const indexed = () => {
    const matcher = libraryMatcher([]);
    return [...live.values()].map((a) => ({ a, index: indexArticle(a, matcher) }));
  };

  it('has sealed segments, dead postings in them, a tail, and terms in more articles than a search reads', async () => {
    const db = await openLibraryDb('scan-library');
    const state = (await db.get('meta', 'terms')) as TermIndexState;
    expect(state.segments.length).toBe(2);
    expect(state.dead.length).toBeGreaterThanOrEqual(4);
    expect(await db.count('tail')).toBeGreaterThan(0);
    db.close();
    const common = indexed().filter(({ index }) => index.terms.some((t) => t.term === 'غزه')).length;
    expect(common).toBeGreaterThan(PER_TERM);
  });

  it('finds the same sentences with the same scores', async () => {
    await expectScan(library, indexed());
  });

  it('gives each entity the same passages and moments', async () => {
    const articles = indexed();
    for (const entity of ['blinken', 'netanyahu', 'hamas', 'gaza-strip', 'qatar']) {
      const { ranked, recent } = scanMentions(articles, entity);
      const dossier = (await library.dossier(entity, { passages: PASSAGES, timeline: 12 }))!;
      const candidates = ranked.slice(0, 24).map((m) => `${m.article} ${m.sentence}`);
      const textOf = (m: { article: string; sentence: number }) => {
        const { a, index } = articles.find((x) => x.a.id === m.article)!;
        return a.text.slice(index.sentences[2 * m.sentence], index.sentences[2 * m.sentence + 1]);
      };
      const passageKeys = dossier.passages.map((p) => ranked.find((m) => m.article === p.articleId && textOf(m) === p.text)).map((m) => `${m!.article} ${m!.sentence}`);
      expect(passageKeys.every((k) => candidates.includes(k)), entity).toBe(true);
      expect(passageKeys, entity).toEqual(candidates.filter((k) => passageKeys.includes(k)));
      expect(dossier.timeline.map((t) => [t.date, t.text]), entity).toEqual(
        recent.slice(0, 12).map((m) => [m.date, textOf(m)]).sort((x, y) => x[0]!.localeCompare(y[0]!)),
      );
    }
  });
});

describe('a segment most of whose articles are gone', () => {
  it('has its live articles indexed again and its records cleared, answering as before', async () => {
    const library = openLibrary('dead-library', { segmentArticles: 16 });
    const all = Array.from({ length: 40 }, (_, i) => capture(i));
    await library.saveArticles(all);
    await library.indexed();
    const gone = await Promise.all(all.slice(0, 9).map((c) => articleId(c.url)));
    await library.deleteArticles(gone);
    await library.indexed();

    const db = await openLibraryDb('dead-library');
    const state = (await db.get('meta', 'terms')) as TermIndexState;
    expect(state.segments.map((s) => s.id)).not.toContain(1);
    expect([state.dead, state.garbage]).toEqual([[], []]);
    expect(await db.get('segments', 1)).toBeUndefined();
    expect((await db.getAllKeys('postings')).filter(([, seg]) => seg === 1)).toEqual([]);
    expect((await db.getAllKeys('allPostings')).filter(([, seg]) => seg === 1)).toEqual([]);
    db.close();

    const matcher = libraryMatcher([]);
    const live = await Promise.all(all.slice(9).map(async (c) => ({ ...c, id: await articleId(c.url), savedAt: '', updatedAt: '' })));
    await expectScan(library, live.map((a) => ({ a, index: indexArticle(a, matcher) })));
    await library.close();
  });
});

describe('a seal cut short', () => {
  it('leaves postings no search reads, which the next seal clears', async () => {
    const library = openLibrary('cut-library', { segmentArticles: 16 });
    const put = IDBObjectStore.prototype.put;
    let writes = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'postings' && ++writes === 10) throw new Error('the worker stopped');
      return put.apply(this, args);
    };
    const all = Array.from({ length: 20 }, (_, i) => capture(i));
    try {
      await library.saveArticles(all);
      await expect(library.indexed()).rejects.toThrow('the worker stopped');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const db = await openLibraryDb('cut-library');
    const cut = ((await db.get('meta', 'terms')) as TermIndexState).sealing!;
    expect((await db.getAllKeys('postings')).filter(([, seg]) => seg === cut).length).toBe(9);

    await library.saveArticles(Array.from({ length: 20 }, (_, i) => capture(20 + i)));
    await library.indexed();
    const state = (await db.get('meta', 'terms')) as TermIndexState;
    expect([state.sealing, state.garbage, state.segments.length]).toEqual([undefined, [], 2]);
    expect((await db.getAllKeys('postings')).filter(([, seg]) => seg === cut)).toEqual([]);
    expect(await db.get('segmentTerms', cut)).toBeUndefined();
    db.close();

    const matcher = libraryMatcher([]);
    const live = await Promise.all([...all, ...Array.from({ length: 20 }, (_, i) => capture(20 + i))].map(async (c) => ({ ...c, id: await articleId(c.url), savedAt: '', updatedAt: '' })));
    await expectScan(library, live.map((a) => ({ a, index: indexArticle(a, matcher) })));
    await library.close();
  });
});
