import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/corpus/articles';

const root = join(import.meta.dirname, '..', '..');
const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(root, 'seeds', name), 'utf8') }));
const metadata = readFileSync(join(root, 'seeds', 'articles.json'), 'utf8');
const { articles } = loadArticles(seeds, metadata);
const byId = new Map(articles.map((a) => [a.id, a]));

/** Page furniture named in shared/SEEDS.md: none of it may reach a sentence. */
const BOILERPLATE = [
  'spot_img', 'شارك المقال', 'اترك تعليقك', 'اترك تعليقاً', 'لن يتم نشر عنوان بريدك', 'الحقول الإلزامية', 'تحميل المزيد',
  'اقرأ/ي أيضاً', 'إقرأ أيضاً', 'مقالات مشابهة', 'ذات صلة', 'كلمات دلالية', 'المصدر: الجزيرة', 'المصدر : وكالة سوا',
  'فريق التحرير', 'دقيقة للقراءة', 'تم النشر', 'تم التحديث', 'البيت الأبيض/ رويترز', '(الأناضول)', '(الجزيرة)',
  'صور خاصة بالجزيرة', 'مصدر الإخبارية', 'رصيف غزة', 'بارقة نور', 'انتهاء اجتماع', '•',
];

describe('clean articles', () => {
  it.each([
    ['us-pressure-truce', 'تسريبات.. من يقف وراء الضغوط الأمريكية لأجل هدنة غزة؟', null, '2024-04-30', 'inferred', 'محاولات عديدة تجريها', 'لغياب ضمانات إنهاء الحرب.'],
    ['pressure-resume-talks-gaza-city', 'ضغوط دولية مكثفة لاستئناف مفاوضات غزة وتجنب الاحتلال الكامل للقطاع', 'مصدر الإخبارية', '2025-08-08', 'inferred', 'تمارس الولايات المتحدة الأميركية', 'قد يكون منعدما الفائدة”.'],
    ['blinken-meets-netanyahu', 'بلينكن يلتقي نتنياهو وواشنطن تدرس التفاوض مع حماس لإطلاق محتجزين أميركيين', null, '2024-06-11', 'inferred', 'قالت الخارجية الأميركية إن الوزير', 'أنتوني بلينكن في التوصل إلى اتفاق.'],
    ['white-house-gaps', 'البيت الأبيض: هناك فجوات بين حركة حماس وإسرائيل بشأن اتفاق وقف إطلاق النار في قطاع غزة', 'عربي بوست', '2024-07-08', 'printed', 'قال جون كيربي', 'وتحسين الوضع الإنساني المزري بغزة.'],
    ['axios-rafah-virtual-meeting', 'أكسيوس: اجتماع أميركي إسرائيلي عن بعد بشأن العملية العسكرية في رفح', 'الجزيرة', '2024-04-01', 'inferred', 'نقل موقع أكسيوس الإخباري', 'ويقدر عددهم بنحو 1.4 مليون.'],
    ['us-hamas-unilateral-deal', 'واشنطن تناقش إمكانية التفاوض مع حماس حول الرهائن الأمريكان في غزة', 'وكالة سوا', '2024-06-10', 'printed', 'قال مسؤولان أميركيان كبيران', 'وإطلاق سراح الرهائن المتبقين أكثر صعوبة.'],
  ])('%s: title, outlet, date, first and last sentence', (id, title, outlet, date, status, first, last) => {
    const a = byId.get(id)!;
    expect(a.title).toBe(title);
    expect(a.outlet).toBe(outlet);
    expect(a.date).toBe(date);
    expect(a.dateStatus).toBe(status);
    expect(a.sentences[0]!.text.startsWith(first)).toBe(true);
    expect(a.sentences.at(-1)!.text.endsWith(last)).toBe(true);
  });

  it('says which titles the page printed and which the project supplied', () => {
    // Seed 004 opens straight on the Axios report, with no headline: its title is ours.
    expect(articles.filter((a) => a.titleStatus === 'supplied').map((a) => a.id)).toEqual(['axios-rafah-virtual-meeting']);
    expect(byId.get('us-hamas-unilateral-deal')!.titleStatus).toBe('printed');
  });

  it('has six articles, two of them in file 004', () => {
    expect(articles.map((a) => a.file.slice(0, 3))).toEqual(['000', '001', '002', '003', '004', '004']);
  });

  it('keeps no boilerplate in any sentence or paragraph', () => {
    for (const a of articles) {
      for (const p of [...a.sentences, ...a.paragraphs]) {
        for (const b of BOILERPLATE) expect(p.text, `${a.id}: ${b}`).not.toContain(b);
      }
    }
  });

  it('keeps subheads as headings, not sentences', () => {
    expect(byId.get('blinken-meets-netanyahu')!.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual(['زيارة القاهرة', 'جهود أميركية']);
    expect(byId.get('white-house-gaps')!.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual(['هنية يحذر']);
  });

  it('gives sentence offsets into the seed file', () => {
    for (const a of articles) {
      const text = seeds.find((s) => s.name === a.file)!.text;
      for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe('metadata errors name file and line', () => {
  const edit = (from: string, to: string): string => {
    expect(metadata).toContain(from);
    return metadata.replace(from, to);
  };
  const lineOf = (needle: string): number => metadata.slice(0, metadata.indexOf(needle)).split('\n').length;

  it.each([
    ['a start marker that does not match its line', '"marker": "تسريبات.. من يقف"', '"marker": "تسريبات من يقف"', /^seeds\/articles\.json:(\d+): start marker "تسريبات من يقف" does not occur on seeds\/000_719626b915ac518a\.txt:25$/],
    ['a date that does not exist', '"date": "2024-07-08"', '"date": "2024-02-30"', /^seeds\/articles\.json:(\d+): date 2024-02-30 does not exist$/],
    ['a date not written YYYY-MM-DD', '"date": "2024-07-08"', '"date": "8/7/2024"', /^seeds\/articles\.json:(\d+): date "8\/7\/2024" must be written YYYY-MM-DD$/],
    ['an unknown field', '"outlet": "عربي بوست"', '"outlett": "عربي بوست"', /^seeds\/articles\.json:(\d+): unknown field "outlett"$/],
    ['a printed date that is not printed', '"text": "2024/07/08 الساعة 20:02"', '"text": "2024/07/09"', /^seeds\/articles\.json:(\d+): "2024\/07\/09" is not printed on seeds\/003_089047fdd85d018b\.txt:4$/],
    ['a bad dateStatus', '"dateStatus": "printed"', '"dateStatus": "guessed"', /^seeds\/articles\.json:(\d+): dateStatus must be "printed" or "inferred"$/],
    ['a line number written as a string', '"end": { "line": 47 }', '"end": { "line": "47" }', /^seeds\/articles\.json:(\d+): a line number must be a positive integer$/],
    ['a date in a range that is a number', '"dateRange": ["2025-08-08", "2025-08-09"]', '"dateRange": ["2025-08-08", 20250809]', /^seeds\/articles\.json:(\d+): date 20250809 must be written YYYY-MM-DD$/],
  ])('%s', (_, from, to, pattern) => {
    const line = lineOf(from);
    const m = pattern.exec(errorOf(() => loadArticles(seeds, edit(from, to))));
    expect(m, errorOf(() => loadArticles(seeds, edit(from, to)))).not.toBeNull();
    expect(Number(m![1])).toBe(line);
  });

  it('a title that is not the printed one names the seed line', () => {
    expect(errorOf(() => loadArticles(seeds, edit('"title": "ضغوط دولية مكثفة', '"title": "ضغوط مكثفة')))).toMatch(
      /^seeds\/001_7417a749f6004c71\.txt:1: title line reads "ضغوط دولية مكثفة.*" but seeds\/articles\.json:\d+ says/,
    );
  });

  it('a JSON syntax error names its line', () => {
    expect(errorOf(() => loadArticles(seeds, edit('"file": "003_089047fdd85d018b.txt",', '"file": "003_089047fdd85d018b.txt"')))).toMatch(
      new RegExp(`^seeds/articles\\.json:${lineOf('"file": "003_089047fdd85d018b.txt"') + 1}: `),
    );
  });

  it('a damaged seed names its line', () => {
    const broken = seeds.map((s) => (s.name.startsWith('003') ? { ...s, text: s.text.replace('هنية يحذر', 'هنية \uFFFD يحذر') } : s));
    expect(errorOf(() => loadArticles(broken, metadata))).toMatch(/^seeds\/003_089047fdd85d018b\.txt:20: invalid UTF-8/);
  });

  it('finds an article that starts inside a line gluing two page elements', () => {
    const glued = { name: 'glued.txt', text: `${seeds[0]!.text}${seeds[1]!.text}` };
    const meta = JSON.stringify({
      version: 1,
      articles: [{
        id: 'glued', file: 'glued.txt', start: { line: 49, marker: 'ضغوط دولية' }, end: { line: 71 }, titleLine: 49,
        title: 'ضغوط دولية مكثفة لاستئناف مفاوضات غزة وتجنب الاحتلال الكامل للقطاع', outlet: 'مصدر الإخبارية',
        dateline: 'الأراضي المحتلة', date: '2025-08-08', dateStatus: 'inferred', dateEvidence: 'test',
      }],
    });
    const [a] = loadArticles([glued], meta).articles;
    expect(a!.sentences.map((s) => s.text)).toEqual(byId.get('pressure-resume-talks-gaza-city')!.sentences.map((s) => s.text));
    expect(a!.sentences[0]!.start).toBe(seeds[0]!.text.length + byId.get('pressure-resume-talks-gaza-city')!.sentences[0]!.start);
  });
});

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}
