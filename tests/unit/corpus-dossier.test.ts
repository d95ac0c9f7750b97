import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/match/catalogue-types';
import { buildIndexFromRepo, writeIndex } from '../../src/corpus/build-entry';
import { indexArticles } from '../../src/corpus/build-index';
import { openIndex } from '../../src/index/query';
import type { CleanArticle } from '../../src/corpus/types';

const root = join(import.meta.dirname, '..', '..');
const index = await buildIndexFromRepo(root);
const corpus = openIndex(JSON.parse(JSON.stringify(index)));
const dossier = (id: string) => corpus.dossier(id)!;

describe('dossier: description from the role next to the name', () => {
  it.each([
    ['kirby', 'المتحدث باسم مجلس الأمن القومي بالبيت الأبيض'],
    ['burns', 'مدير وكالة المخابرات المركزية الأمريكية'],
    ['blinken', 'وزير الخارجية الأميركي'],
    ['haniyeh', 'رئيس المكتب السياسي لحركة حماس'],
    ['witkoff', 'المبعوث الأميركي إلى الشرق الأوسط'],
    ['netanyahu', 'رئيس الوزراء الإسرائيلي'],
    ['biden', 'الرئيس الأميركي'],
    ['sisi', 'الرئيس المصري'],
    ['mohammed-bin-abdulrahman', 'رئيس الوزراء القطري'],
    ['dermer', 'وزير الشؤون الاستراتيجية الإسرائيلي'],
    ['gallant', 'وزير الدفاع الإسرائيلي'],
    ['matthew-miller', 'المتحدث باسم الخارجية الأميركية'],
    ['mcgurk', 'المبعوث الأمريكي للشرق الأوسط'],
    ['ronen-bar', 'رئيس جهاز الأمن العام "الشاباك"'],
    ['abu-zuhri', 'القيادي في الحركة'],
    ['hamas', 'حركة المقاومة الإسلامية الفلسطينية'],
    ['kan', 'هيئة البث الإسرائيلية'],
  ])('%s → %s', (id, role) => {
    const d = dossier(id).description!;
    expect(d.text).toBe(role);
    // «للمتحدث» is shown as «المتحدث».
    expect(d.sentence.text).toContain(role.replace(/^ال/, ''));
  });

  it('gives no description when the corpus says nothing', () => {
    expect(dossier('rafah').description).toBeNull();
  });

  it('gives the role at each article date, in date order', () => {
    const roles = dossier('blinken').roles;
    expect(roles.map((r) => r.date)).toEqual([...roles.map((r) => r.date)].sort());
    expect(roles.map((r) => r.articleId)).toEqual(['us-pressure-truce', 'us-hamas-unilateral-deal', 'blinken-meets-netanyahu']);
    expect(dossier('witkoff').roles.map((r) => [r.date, r.text])).toEqual([['2025-08-08', 'المبعوث الأميركي إلى الشرق الأوسط']]);
  });

  it('returns null for an unknown actor', () => {
    expect(corpus.dossier('nobody')).toBeNull();
  });
});

describe('dossier: passages', () => {
  it('puts sentences where the actor acts first', () => {
    expect(dossier('kirby').passages[0]!.text.startsWith('قال جون كيربي')).toBe(true);
    expect(dossier('haniyeh').passages[0]!.text).toContain('حذر رئيس المكتب السياسي لحركة حماس، إسماعيل هنية');
    expect(dossier('sisi').passages.slice(0, 2).map((p) => p.text.slice(0, 20))).toContain('من جانبه شدد الرئيس ');
  });

  it('carries article facts, seed offsets, mention offsets and neighbours', () => {
    const p = dossier('kirby').passages[1]!;
    const seed = readFileSync(join(root, 'seeds', p.file), 'utf8');
    expect(seed.slice(p.start, p.end)).toBe(p.text);
    expect(p).toMatchObject({ articleId: 'white-house-gaps', outlet: 'عربي بوست', date: '2024-07-08', dateStatus: 'printed' });
    expect(p.mentions.map((m) => p.text.slice(m.start, m.end))).toEqual(['كيربي']);
    expect(p.before!.text.startsWith('قال جون كيربي')).toBe(true);
    expect(p.after!.text.startsWith('وفي وقت سابق')).toBe(true);
    expect(dossier('hamas').passages.every((x) => x.mentions.length > 0)).toBe(true);
  });

  it('has no near-duplicate passages', () => {
    for (const id of ['hamas', 'israel', 'gaza-strip', 'blinken']) {
      const texts = dossier(id).passages.map((p) => p.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});

describe('dossier: related actors and timeline', () => {
  it('prefers telling co-actors over ubiquitous ones', () => {
    const related = dossier('burns').related.map((r) => r.id);
    expect(related[0]).toBe('cia');
    expect(related.indexOf('cairo')).toBeLessThan(related.includes('israel') ? related.indexOf('israel') : Infinity);
    expect(dossier('burns').related[0]!.shared).toBe(3);
    expect(dossier('kirby').related.map((r) => r.id)).toEqual(expect.arrayContaining(['us-national-security-council', 'burns', 'mcgurk']));
  });

  it('orders the timeline by date, with dates from the text resolved', () => {
    const t = dossier('biden').timeline;
    expect(t.map((x) => x.date)).toEqual([...t.map((x) => x.date)].sort());
    const may31 = t.find((x) => x.date === '2024-05-31')!;
    expect(may31.inferred).toBe(true);
    expect(may31.sentence.text).toContain('31 مايو/أيار');
    const kirby = dossier('kirby').timeline[0]!;
    expect(kirby).toMatchObject({ date: '2024-07-08', inferred: false });
  });

  it('dates a statement by its article, not by another event the sentence dates', () => {
    // «الغارة الإسرائيلية لتحرير الرهائن الأربعة يوم السبت ... جهود بلينكن»: Saturday is the raid's.
    const t = dossier('blinken').timeline.find((x) => x.sentence.text.includes('لتحرير الرهائن الأربعة يوم السبت'))!;
    expect(t.date).toBe('2024-06-10');
  });

  it('dates Blinken\'s Monday meeting from «أمس الاثنين»', () => {
    const t = dossier('blinken').timeline.find((x) => x.sentence.text.includes('مساء أمس الاثنين'))!;
    expect(t).toMatchObject({ date: '2024-06-10', inferred: true });
  });
});

describe('search', () => {
  it.each(['رفح', 'رَفَح', 'برفح'])('%s finds Rafah', (q) => {
    const r = corpus.search(q);
    expect(r.entities[0]!.id).toBe('rafah');
    expect(r.passages.length).toBeGreaterThan(0);
    expect(r.passages.every((p) => /رفح/.test(p.text))).toBe(true);
  });

  it('finds actors by surname and full name, and ranks passages by BM25', () => {
    expect(corpus.search('بلينكن').entities[0]!.id).toBe('blinken');
    expect(corpus.search('إسماعيل هنية').entities[0]!.id).toBe('haniyeh');
    const r = corpus.search('هنية يحذر الوسطاء');
    expect(r.passages[0]!.text).toContain('الوسطاء');
    expect(r.passages.map((p) => p.score)).toEqual([...r.passages.map((p) => p.score)].sort((a, b) => b - a));
  });

  it.each(['فللقاهرة', 'وللقاهرة', 'فكالقاهرة', 'وبالقاهرة'])('%s finds Cairo, as القاهرة does', (q) => {
    const r = corpus.search(q);
    expect(r.entities[0]!.id).toBe('cairo');
    expect(r.passages.map((p) => p.text)).toEqual(corpus.search('القاهرة').passages.map((p) => p.text));
  });

  it('finds «فللقاهرة» in a passage by القاهرة', () => {
    const text = 'وعاد الوفد فللقاهرة دور في الوساطة.';
    const article: CleanArticle = {
      id: 'a', file: 'a.txt', title: 't', titleStatus: 'printed', outlet: null, date: '2024-06-11', dateStatus: 'printed', paragraphs: [],
      sentences: [{ start: 0, end: text.length, text }],
    };
    const catalogue: Catalogue = { version: 1, entities: [{ id: 'cairo', type: 'place', ar: 'القاهرة', en: 'Cairo', forms: [{ text: 'القاهرة', kind: 'name' }] }] };
    const q = openIndex(indexArticles([article], catalogue, () => []));
    expect(q.search('القاهرة').passages.map((p) => p.text)).toEqual([text]);
  });

  it('returns nothing for words the corpus lacks', () => {
    expect(corpus.search('برشلونة والدوري الإسباني')).toEqual({ entities: [], passages: [] });
  });
});

describe('index', () => {
  it('is versioned and refuses another version', () => {
    expect(index).toMatchObject({ format: 'siyaq-corpus', version: 3 });
    expect(() => openIndex({ ...index, version: 2 } as unknown as typeof index)).toThrow(/version 3/);
  });

  it('writeIndex writes it and reports its size', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'siyaq-')), 'index.json');
    const { bytes, gzipBytes } = await writeIndex(root, out);
    expect(bytes).toBe(readFileSync(out).length);
    expect(gzipBytes).toBeLessThan(bytes);
  });

  it('answers every dossier() query well under 1 ms', () => {
    const t0 = performance.now();
    for (const e of index.entities) corpus.dossier(e.id);
    expect((performance.now() - t0) / index.entities.length).toBeLessThan(1);
  });

  it('ranks hand-made mentions: acting beats a passing mention', () => {
    const text = 'قال بلينكن إن الاتفاق قريب. وأشار المقال إلى بلينكن مرة.';
    const article: CleanArticle = {
      id: 'a', file: 'a.txt', title: 't', titleStatus: 'printed', outlet: null, date: '2024-06-11', dateStatus: 'printed', paragraphs: [],
      sentences: [{ start: 28, end: text.length, text: text.slice(28) }, { start: 0, end: 27, text: text.slice(0, 27) }],
    };
    const catalogue: Catalogue = { version: 1, entities: [{ id: 'blinken', type: 'person', ar: 'بلينكن', en: 'Blinken', forms: [{ text: 'بلينكن', kind: 'surname' }] }] };
    const scan = (s: string) => [...s.matchAll(/بلينكن/g)].map((m) => ({ start: m.index, end: m.index + 6, id: 'blinken' }));
    const q = openIndex(indexArticles([article], catalogue, scan));
    expect(q.dossier('blinken')!.passages.map((p) => p.text)).toEqual(['قال بلينكن إن الاتفاق قريب.', 'وأشار المقال إلى بلينكن مرة.']);
  });
});
