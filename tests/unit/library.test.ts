import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, LibraryError, MAX_PACK_CHARS, type Library } from '../../src/library/library';
import type { ArticleCapture } from '../../src/library/types';

const TEXT = [
  'قال وزير الخارجية الأميركي أنتوني بلينكن يوم الاثنين إن المفاوضات في الدوحة تتقدم.',
  'وأضاف بلينكن أن حركة حماس تدرس المقترح الجديد لوقف إطلاق النار في غزة.',
  '',
  'ونقلت مصادر عن خليل الحية أنه يريد ضمانات مكتوبة، فيما التقى بلينكن بنيامين نتنياهو في القدس.',
].join('\n');

const capture = (over: Partial<ArticleCapture> = {}): ArticleCapture => ({
  url: 'https://news.example/2025/doha-talks',
  title: 'مفاوضات الدوحة تتقدم',
  outlet: 'أخبار المثال',
  date: '2025-01-13',
  dateSource: 'meta',
  text: TEXT,
  ...over,
});

let n = 0;
let library: Library;
beforeEach(() => {
  library = openLibrary(`test-library-${n++}`);
});
afterEach(() => library.close());

describe('the reader\'s library: saving', () => {
  it('saves an article, and saving the same URL again updates it', async () => {
    const first = await library.saveArticle(capture());
    expect(first.updated).toBe(false);
    const again = await library.saveArticle(capture({ title: 'عنوان جديد' }));
    expect(again).toEqual({ id: first.id, updated: true });
    const { articles, total, bytes } = await library.listArticles();
    expect(total).toBe(1);
    expect(articles[0]).toMatchObject({ id: first.id, title: 'عنوان جديد', outlet: 'أخبار المثال', chars: TEXT.length });
    expect(bytes).toBeGreaterThan(TEXT.length);
  });

  it('refuses a capture that does not fit its schema, saving nothing', async () => {
    await expect(library.saveArticle(capture({ date: 'yesterday' }))).rejects.toThrow(LibraryError);
    expect((await library.listArticles()).total).toBe(0);
  });

  it('lists newest first, searched by title, outlet or URL, a page at a time', async () => {
    for (let i = 0; i < 5; i++) await library.saveArticle(capture({ url: `https://news.example/${i}`, title: `مقال رقم ${i}` }));
    const page = await library.listArticles({ offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.articles).toHaveLength(2);
    expect((await library.listArticles({ query: 'رقم 3' })).articles.map((a) => a.url)).toEqual(['https://news.example/3']);
    expect((await library.listArticles({ query: 'news.example/4' })).total).toBe(1);
  });
});

describe('the reader\'s library: the index', () => {
  it('gives an entity its saved passages with offsets, related actors and a timeline', async () => {
    const { id } = await library.saveArticle(capture());
    const d = (await library.dossier('blinken', { passages: 8, timeline: 10 }))!;
    expect(d.passages.length).toBe(3);
    for (const p of d.passages) {
      expect(p).toMatchObject({ articleId: id, url: 'https://news.example/2025/doha-talks', outlet: 'أخبار المثال', date: '2025-01-13' });
      for (const [s, e] of p.mentions) expect(p.text.slice(s, e)).toMatch(/بلينكن/);
    }
    const lead = d.passages.find((p) => p.text.startsWith('قال'))!;
    expect([lead.before, lead.after]).toEqual([null, expect.stringContaining('وأضاف')]);
    expect(d.related.map((r) => r.id)).toContain('netanyahu');
    expect(d.timeline.map((t) => t.date)).toEqual([...d.timeline.map((t) => t.date)].sort());
    expect(await library.dossier('witkoff', { passages: 8, timeline: 10 })).toBeNull();
  });

  it('finds saved sentences by their words, with or without clitics', async () => {
    await library.saveArticle(capture());
    for (const q of ['الدوحة', 'بالدوحة', 'ضمانات مكتوبة']) {
      const found = await library.search(q, { passages: 8 });
      expect(found.length, q).toBeGreaterThan(0);
    }
    expect((await library.search('ضمانات', { passages: 8 }))[0]!.text).toContain('ضمانات مكتوبة');
    expect(await library.search('كلمةغائبة', { passages: 8 })).toEqual([]);
  });

  it('shows an article saved again as it now reads, in its passages and moments', async () => {
    await library.saveArticle(capture());
    await library.saveArticle(capture({ text: 'وصل بلينكن إلى عمّان يوم الأحد.' }));
    const d = (await library.dossier('blinken', { passages: 8, timeline: 10 }))!;
    expect(d.passages.map((p) => [p.text, p.before, p.after])).toEqual([['وصل بلينكن إلى عمّان يوم الأحد.', null, null]]);
    expect(d.timeline.map((t) => t.text)).toEqual(['وصل بلينكن إلى عمّان يوم الأحد.']);
  });

  it('takes a deleted article out of the index', async () => {
    const { id } = await library.saveArticle(capture());
    await library.saveArticle(capture({ url: 'https://news.example/other', text: 'التقى بلينكن في القاهرة.' }));
    await library.deleteArticles([id]);
    const d = (await library.dossier('blinken', { passages: 8, timeline: 10 }))!;
    expect(d.passages.map((p) => p.url)).toEqual(['https://news.example/other']);
    expect(d.related).toEqual([{ id: 'cairo', shared: 1 }]);
    expect(await library.dossier('netanyahu', { passages: 8, timeline: 10 })).toBeNull();
    expect(await library.search('الدوحة', { passages: 8 })).toEqual([]);
  });
});

describe('the reader\'s library: own actors', () => {
  it('adds an actor, indexes it in articles saved before, with clitics, and removes it', async () => {
    await library.saveArticle(capture());
    const hayya = await library.addActor({ type: 'person', ar: 'خليل الحية', en: 'Khalil al-Hayya' });
    expect(hayya).toMatchObject({ id: 'user-khalil-al-hayya', type: 'person', ar: 'خليل الحية', en: 'Khalil al-Hayya' });
    expect((await library.dossier(hayya.id, { passages: 8, timeline: 10 }))!.passages[0]!.text).toContain('الحية');
    const doha = await library.addActor({ type: 'place', ar: 'الدوحة', en: null });
    expect(doha.id).toBe('user-aldwhh');
    // «في الدوحة» in the text; a later article writes «بالدوحة».
    await library.saveArticle(capture({ url: 'https://news.example/b', text: 'اجتماع جديد بالدوحة اليوم.' }));
    expect((await library.dossier(doha.id, { passages: 8, timeline: 10 }))!.passages).toHaveLength(2);
    await library.removeActor(doha.id);
    expect(await library.dossier(doha.id, { passages: 8, timeline: 10 })).toBeNull();
    expect((await library.listActors()).map((a) => a.id)).toEqual([hayya.id]);
  });

  it('refuses a name the catalogue or another actor already has, saying whose it is', async () => {
    await expect(library.addActor({ type: 'person', ar: 'بلينكن', en: null })).rejects.toThrow(/catalogue.*أنتوني بلينكن/);
    await library.addActor({ type: 'person', ar: 'خليل الحية', en: null });
    await expect(library.addActor({ type: 'person', ar: 'خَليل الحيّة', en: null })).rejects.toThrow(/already your actor/);
    await expect(library.addActor({ type: 'person', ar: '123', en: null })).rejects.toThrow(/no Arabic letters/);
  });

  it('renames an actor and indexes it again under its new name', async () => {
    await library.saveArticle(capture());
    const a = await library.addActor({ type: 'person', ar: 'خليل الحية', en: null });
    const renamed = await library.updateActor(a.id, { type: 'person', ar: 'الدوحة', en: null });
    expect(renamed).toMatchObject({ id: a.id, ar: 'الدوحة' });
    expect((await library.dossier(a.id, { passages: 8, timeline: 10 }))!.passages[0]!.text).toContain('الدوحة');
  });
});

describe('the reader\'s library: export and import', () => {
  it('exports a pack that imports into a fresh library as the same library', async () => {
    await library.saveArticle(capture());
    const hayya = await library.addActor({ type: 'person', ar: 'خليل الحية', en: null });
    const pack = await library.exportPack();
    const fresh = openLibrary(`test-library-${n++}`);
    const report = await fresh.importPack(JSON.stringify(pack));
    expect(report).toEqual({ articles: { added: 1, updated: 0 }, actors: { added: 1, updated: 0 }, skipped: [] });
    const again = await fresh.exportPack();
    expect({ ...again, exportedAt: '' }).toEqual({ ...pack, exportedAt: '' });
    expect((await fresh.dossier(hayya.id, { passages: 8, timeline: 10 }))?.passages.length).toBe(1);
    await fresh.close();
  });

  it('skips bad records, saying which and why, and keeps the good ones', async () => {
    const pack = await (async () => {
      await library.saveArticle(capture());
      return library.exportPack();
    })();
    const fresh = openLibrary(`test-library-${n++}`);
    const good = pack.articles[0]!;
    const report = await fresh.importPack(JSON.stringify({
      ...pack,
      articles: [good, { ...good, url: 'https://news.example/x', date: 'soon' }, { ...good }, 42],
      actors: [{ id: 'user-x', type: 'person', ar: 'نتنياهو', en: null, addedAt: '' }, { id: 'BAD' }],
    }));
    expect(report.articles).toEqual({ added: 1, updated: 0 });
    expect(report.skipped).toEqual([
      'actors[0]: «نتنياهو» is already how Siyaq\'s catalogue names «بنيامين نتنياهو»',
      expect.stringMatching(/^actors\[1\]: /),
      expect.stringMatching(/^articles\[1\]: date: /),
      'articles[2]: the same URL as an article before it',
      expect.stringMatching(/^articles\[3\]: /),
    ]);
    await fresh.close();
  });

  it('refuses a file that is not JSON, not a pack, or too large, changing nothing', async () => {
    await library.saveArticle(capture());
    const before = await library.exportPack();
    await expect(library.importPack('{"format": "siyaq-library", ')).rejects.toThrow(/not JSON/);
    await expect(library.importPack(JSON.stringify({ format: 'siyaq-library', version: 1, articles: 'many', actors: [] }))).rejects.toThrow(/"articles" must be a list/);
    await expect(library.importPack(JSON.stringify({ hello: 1 }))).rejects.toThrow(/not a library Siyaq can read/);
    await expect(library.importPack(' '.repeat(MAX_PACK_CHARS + 1))).rejects.toThrow(/at most 80 M/);
    expect({ ...(await library.exportPack()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });
});

describe('the reader\'s library: a full disk', () => {
  it('says so, and loses nothing saved before', async () => {
    await library.saveArticle(capture());
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'tail') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(library.saveArticle(capture({ url: 'https://news.example/2', text: 'نص آخر عن بلينكن.' }))).rejects.toThrow(/no more room.*everything saved before is kept/);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const { articles } = await library.listArticles();
    expect(articles.map((a) => a.url)).toEqual(['https://news.example/2025/doha-talks']);
    expect((await library.dossier('blinken', { passages: 8, timeline: 10 }))!.passages.every((p) => p.url === 'https://news.example/2025/doha-talks')).toBe(true);
  });
});
