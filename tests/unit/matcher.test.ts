import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/match/catalogue';
import { compileMatcher, type Mention } from '../../src/match/matcher';
import { SMALL, testCatalogue } from './engine-fixtures';

const matcher = compileMatcher(SMALL);
const spans = (text: string): string[] => matcher.scan(text).map((m) => `${m.text}|${m.id}`);

describe('matcher', () => {
  it('reports offsets into the original text', () => {
    const text = 'قال نتنياهو، وبلينكن في القاهرة.';
    const found = matcher.scan(text);
    expect(found).toEqual<Mention[]>([
      { start: 4, end: 11, text: 'نتنياهو', id: 'netanyahu', form: 'surname' },
      { start: 14, end: 20, text: 'بلينكن', id: 'blinken', form: 'surname' },
      { start: 24, end: 31, text: 'القاهرة', id: 'cairo', form: 'name' },
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('matches through diacritics, tatweel, hamza and presentation forms, keeping them in the span', () => {
    expect(spans('إِسْرَائِيلُ اسرائيل إســرائيل ﺇﺳﺮﺍﺋﻴﻞ')).toEqual(['إِسْرَائِيلُ|israel', 'اسرائيل|israel', 'إســرائيل|israel', 'ﺇﺳﺮﺍﺋﻴﻞ|israel']);
  });

  it('leaves trailing invisible controls out of the span', () => {
    expect(spans('\u200fإسرائيل\u200f')).toEqual(['إسرائيل|israel']);
  });

  it.each([
    ['ـي', 'إسرائيلي'],
    ['ـية', 'إسرائيلية'],
    ['ـيه', 'إسرائيليه'],
    ['ـيين', 'إسرائيليين'],
    ['ـيون', 'إسرائيليون'],
    ['ـيان', 'إسرائيليان'],
    ['ـيتين', 'إسرائيليتين'],
    ['ـيتان', 'إسرائيليتان'],
    ['ـيات', 'إسرائيليات'],
    ['ـيا', 'إسرائيليا'],
    ['with the article', 'الإسرائيليون'],
  ])('derives the nisba %s', (_, word) => {
    expect(matcher.scan(word)).toMatchObject([{ text: word, id: 'israel', form: 'adjective' }]);
  });

  it('does not inflect names', () => {
    expect(spans('إسرائيلها قطري')).toEqual([]);
  });

  it('prefers the longest form, leftmost', () => {
    expect(spans('الولايات المتحدة الأمريكية والولايات المتحدة')).toEqual([
      'الولايات المتحدة الأمريكية|usa',
      'الولايات المتحدة|usa',
    ]);
    expect(spans('أنتوني بلينكن')).toEqual(['أنتوني بلينكن|blinken']);
  });

  it.each([
    ['double space', 'البيت  الأبيض'],
    ['NBSP', 'البيت\u00a0الأبيض'],
    ['a line break', 'البيت\nالأبيض'],
    ['tatweel and zero-width space in the gap', 'البيت ـ\u200b الأبيض'],
  ])('joins multi-word forms across %s', (_, text) => {
    expect(spans(text)).toEqual([`${text}|white-house`]);
  });

  it.each([
    ['a comma', 'رئيس الوزراء، إسماعيل'],
    ['a paragraph break', 'البيت\n\nالأبيض'],
    ['a period', 'البيت. الأبيض'],
    ['a spaced dash', 'البيت - الأبيض'],
  ])('does not join across %s', (_, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('joins a hyphenated compound name', () => {
    expect(spans('جان-إيف لودريان')).toEqual(['جان-إيف لودريان|jean-yves']);
  });

  it('only matches whole words', () => {
    expect(spans('بيروتي إسرائيلx xإسرائيل 3قطر')).toEqual([]);
  });

  describe('guards', () => {
    it.each([
      ['noProclitics rejects بحماس', 'بحماس', []],
      ['noProclitics lets وحماس through', 'وحماس', ['حماس|hamas']],
      ['noProclitics with a chain carrying ب', 'وبحماس', []],
      ['notBefore', 'حماس شديد', []],
      ['notBefore sees through clitics of the next word', 'حماس وشديد', []],
      ['notBefore only looks at the next word', 'حماس قال شديد', ['حماس|hamas']],
      ['requireAfter kept', 'قناة كان', ['كان|kan']],
      ['requireAfter with clitics on the previous word', 'وقناة كان', ['كان|kan']],
      ['requireAfter missing', 'كان الرئيس', []],
      ['requireAfter across a sentence end', 'قناة. كان', []],
      ['notAfter', 'إعادة فتح المعبر', []],
      ['notAfter with another previous word', 'حركة فتح', ['فتح|fatah']],
    ])('%s', (_, text, expected) => {
      expect(spans(text)).toEqual(expected);
    });
  });

  it('reports one entity per span when two share a form, the first listed', () => {
    const m = compileMatcher(testCatalogue([
      ['a', 'person', [{ text: 'عباس', kind: 'surname' }]],
      ['b', 'person', [{ text: 'عباس', kind: 'surname' }]],
    ]));
    expect(m.scan('عباس').map((x) => x.id)).toEqual(['a']);
  });

  it('handles empty and separator-only text', () => {
    expect(spans('')).toEqual([]);
    expect(spans(' ،.\n')).toEqual([]);
  });

  it('is reusable across scans of different sizes', () => {
    const big = 'كلام إسرائيل '.repeat(5000);
    expect(matcher.scan(big)).toHaveLength(5000);
    expect(spans('قطر')).toEqual(['قطر|qatar']);
  });
});

describe('ambiguous forms', () => {
  it('prefers a form whose required context holds', () => {
    const m = compileMatcher(testCatalogue([
      ['gaza-strip', 'place', [{ text: 'قطاع غزة', kind: 'name' }, { text: 'غزة', kind: 'alias' }]],
      ['gaza-city', 'place', [{ text: 'مدينة غزة', kind: 'name' }, { text: 'غزة', kind: 'alias', guard: { requireAfter: ['مدينتي'] } }]],
    ]));
    expect(m.scan('بمدينتي غزة ورفح، وفي غزة').map((x) => `${x.text}|${x.id}`)).toEqual(['غزة|gaza-city', 'غزة|gaza-strip']);
  });
});

describe('candidates that come to less than they promised', () => {
  const m = compileMatcher(testCatalogue([
    ['nsc', 'organization', [{ text: 'مجلس الأمن القومي الأمريكي', kind: 'name' }, { text: 'مجلس الأمن القومي', kind: 'alias' }]],
    ['security', 'organization', [{ text: 'الأمن', kind: 'name' }]],
    ['us', 'state', [{ text: 'أمريكي', kind: 'adjective' }]],
  ]));
  const spansOf = (text: string): string[] => m.scan(text).map((x) => `${x.text}|${x.id}`);

  it.each([
    ['a later word starts its own mention', 'مجلس الأمن الدولي', ['الأمن|security']],
    ['the same at the end of the text', 'مجلس الأمن', ['الأمن|security']],
    ['the longest complete form wins, the rest is read again', 'مجلس الأمن القومي والأمريكي', ['مجلس الأمن القومي|nsc', 'الأمريكي|us']],
    ['the full form', 'مجلس الأمن القومي الأمريكي', ['مجلس الأمن القومي الأمريكي|nsc']],
    ['a comma ends the candidate', 'مجلس الأمن القومي، الأمريكي', ['مجلس الأمن القومي|nsc', 'الأمريكي|us']],
  ])('%s', (_, text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });
});

describe('guards on the word before, as the scan remembers it', () => {
  const m = compileMatcher(SMALL);
  it.each([
    ['at the start of the text', 'كان الرئيس', []],
    ['after a candidate that fell short', 'الولايات قناة كان', ['كان|kan']],
    ['after a multi-word mention', 'البيت الأبيض قناة كان', ['البيت الأبيض|white-house', 'كان|kan']],
    ['after a mention read again', 'الولايات المتحدة قناة كان', ['الولايات المتحدة|usa', 'كان|kan']],
    ['with diacritics and controls on the previous word', 'قَنَاة\u200f كان', ['كان|kan']],
    ['not across a sentence end', 'إعادة. فتح', ['فتح|fatah']],
  ])('%s', (_, text, expected) => {
    expect(m.scan(text).map((x) => `${x.text}|${x.id}`)).toEqual(expected);
  });
});

describe('an outlet named after a place', () => {
  const m = compileMatcher(testCatalogue([
    ['israel', 'state', [{ text: 'إسرائيل', kind: 'name' }, { text: 'إسرائيلي', kind: 'adjective' }]],
    ['palestine', 'state', [{ text: 'فلسطين', kind: 'name' }, { text: 'فلسطيني', kind: 'adjective' }]],
    ['jerusalem', 'place', [{ text: 'القدس', kind: 'name' }]],
    ['toi', 'media', [{ text: 'تايمز أوف إسرائيل', kind: 'name' }]],
    ['wafa', 'media', [{ text: 'وكالة الأنباء الفلسطينية', kind: 'name' }]],
    ['quds-arabi', 'media', [{ text: 'القدس العربي', kind: 'name' }]],
    ['quds-daily', 'media', [{ text: 'القدس', kind: 'name', guard: { requireAfter: ['صحيفة'] } }]],
    ['hayom', 'media', [{ text: 'إسرائيل اليوم', kind: 'name', guard: { requireAfter: ['صحيفة'], orQuoted: true } }]],
  ]));
  const spansOf = (text: string): string[] => m.scan(text).map((x) => `${x.text}|${x.id}`);

  it.each([
    ['the longer outlet form swallows the place', 'تايمز أوف إسرائيل', ['تايمز أوف إسرائيل|toi']],
    ['behind a proclitic', 'لتايمز أوف إسرائيل', ['تايمز أوف إسرائيل|toi']],
    ['behind a chain of proclitics', 'ولتايمز أوف إسرائيل', ['تايمز أوف إسرائيل|toi']],
    ['the place nisba inside', 'ولوكالة الأنباء الفلسطينية', ['وكالة الأنباء الفلسطينية|wafa']],
    ['the place nisba outside it', 'وكالة الأنباء الفلسطينيون', ['الفلسطينيون|palestine']],
    ['the place next to the outlet', 'تايمز أوف إسرائيل في إسرائيل', ['تايمز أوف إسرائيل|toi', 'إسرائيل|israel']],
    ['a title word outside both', 'وصحيفة القدس العربي', ['القدس العربي|quds-arabi']],
    ['a guarded outlet beats the place when its title is there', 'ولصحيفة القدس', ['القدس|quds-daily']],
    ['and gives way to the place when it is not', 'في القدس', ['القدس|jerusalem']],
    ['a guarded longer outlet', 'صحيفة إسرائيل اليوم', ['إسرائيل اليوم|hayom']],
    ['its words as an ordinary phrase', 'وإسرائيل اليوم الاثنين', ['إسرائيل|israel']],
    ['quoted alone instead of the title', 'نقلت «إسرائيل اليوم» عن', ['إسرائيل اليوم|hayom']],
    ['quoted with the marks the other way round', 'نقلت ”إسرائيل اليوم“ عن', ['إسرائيل اليوم|hayom']],
    ['quoted after a spaced-off ل', 'قال لـ"إسرائيل اليوم"', ['إسرائيل اليوم|hayom']],
    ['a quotation that goes on', 'قال: "إسرائيل اليوم أقوى"', ['إسرائيل|israel']],
    ['only one side quoted', 'قال "إسرائيل اليوم', ['إسرائيل|israel']],
  ])('%s', (_, text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });
});

describe('outlets and places in the shipped catalogue', () => {
  const shipped = compileMatcher(parseCatalogue(readFileSync(new URL('../../seeds/catalogue.json', import.meta.url), 'utf8'), 'seeds/catalogue.json'));
  it.each([
    ['ونقلت صحيفة تايمز أوف إسرائيل عن مسؤول في إسرائيل', ['تايمز أوف إسرائيل|times-of-israel', 'إسرائيل|israel']],
    ['وقال لجيروزاليم بوست إن القدس', ['جيروزاليم بوست|jerusalem-post', 'القدس|jerusalem']],
    ['وكتبت يسرائيل هيوم وصحيفة إسرائيل اليوم، وإسرائيل اليوم تترقب', ['يسرائيل هيوم|israel-hayom', 'إسرائيل اليوم|israel-hayom', 'إسرائيل|israel']],
    ['وأفادت قناة فلسطين اليوم أن فلسطين اليوم', ['فلسطين اليوم|palestine-today', 'فلسطين|palestine']],
    ['وبث تلفزيون فلسطين والتلفزيون الفلسطيني', ['تلفزيون فلسطين|palestine-tv', 'التلفزيون الفلسطيني|palestine-tv']],
    ['وذكرت وكالة الأنباء الفلسطينية (وفا) أن', ['وكالة الأنباء الفلسطينية|wafa', 'وفا|wafa']],
    ['وصحيفة القدس العربي وصحيفة القدس في القدس', ['القدس العربي|al-quds-al-arabi', 'القدس|al-quds-newspaper', 'القدس|jerusalem']],
    ['وقالت صحيفة الشرق الأوسط إن الشرق الأوسط', ['الشرق الأوسط|asharq-al-awsat', 'الشرق الأوسط|middle-east']],
    ['ووكالة أنباء الشرق الأوسط', ['وكالة أنباء الشرق الأوسط|mena']],
    ['قناة القاهرة الإخبارية من القاهرة', ['القاهرة الإخبارية|al-qahera-news', 'القاهرة|cairo']],
    ['وذكرت نيويورك تايمز وواشنطن بوست من واشنطن', ['نيويورك تايمز|new-york-times', 'واشنطن بوست|washington-post', 'واشنطن|washington']],
    ['وقال صوت أميركا إن أميركا', ['صوت أميركا|voa', 'أميركا|united-states']],
    ['ونشرت قطر تريبيون أن قطر', ['قطر تريبيون|qatar-tribune', 'قطر|qatar']],
    ['وذكرت إذاعة الجيش الإسرائيلي أن الجيش الإسرائيلي', ['إذاعة الجيش الإسرائيلي|army-radio', 'الجيش الإسرائيلي|israeli-army']],
    ['وقال الجانب المصري اليوم لصحيفة المصري اليوم', ['المصري|egypt', 'المصري اليوم|al-masry-al-youm']],
    ['وقال النظام العربي الجديد للعربي الجديد', ['عربي الجديد|al-araby-al-jadeed']],
    ['وأمضى الوفد في القاهرة 24 ساعة، ونشر موقع القاهرة 24 الخبر', ['القاهرة|cairo', 'القاهرة 24|cairo-24']],
    ['ونقلت «الشرق الأوسط» عن مصادر أن "الشرق الأوسط الجديد" لن يولد', ['الشرق الأوسط|asharq-al-awsat', 'الشرق الأوسط|middle-east']],
  ])('%s', (text, expected) => {
    expect(shipped.scan(text).map((x) => `${x.text}|${x.id}`)).toEqual(expected);
  });
});
