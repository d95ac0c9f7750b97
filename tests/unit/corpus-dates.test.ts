import { describe, expect, it } from 'vitest';
import { extractDates, mayHoldExactDate } from '../../src/text/dates';
import { seedTexts } from '../../bench/lib/seeds';

describe('extractDates', () => {
  it.each([
    ['31 مايو/أيار الماضي', 'أعلن في 31 مايو/أيار الماضي مقترحا', '2024-06-11', '2024-05-31', 'inferred'],
    ['ordinal day', 'منذ السابع من أكتوبر/تشرين الأول الماضي.', '2024-06-11', '2023-10-07', 'inferred'],
    ['ordinal day without month pair', 'منذ أن بدأ الصراع في السابع من أكتوبر ويعاني', '2024-05-16', '2023-10-07', 'inferred'],
    ['compound ordinal', 'في الحادي والعشرين من مارس', '2024-04-01', '2024-03-21', 'inferred'],
    ['full date with year', 'أحداث 7 أكتوبر/تشرين الأول 2023. في', '2024-06-11', '2023-10-07', 'exact'],
    ['weekday and full date', 'قال يوم الإثنين 8 يوليو/تموز 2024، إن', '2024-07-08', '2024-07-08', 'exact'],
    ['weekday, date, year', 'الاثنين 10 يونيو 2024 ، إن مسؤولين', '2024-06-10', '2024-06-10', 'exact'],
    ['slash with space', 'ومنذ 7 أكتوبر/ تشرين الأول تشن', '2024-07-08', '2023-10-07', 'inferred'],
    ['numeric y/m/d', 'تم النشر: 2024/07/08 الساعة', '2024-07-08', '2024-07-08', 'exact'],
    ['numeric d/m/y', 'بتاريخ 8/7/2024 صدر', '2024-07-09', '2024-07-08', 'exact'],
    ['أمس + weekday', 'مساء أمس الاثنين في القدس', '2024-06-11', '2024-06-10', 'inferred'],
    ['يوم + weekday on that weekday', 'وفي وقت سابق من يوم الإثنين، نقلت', '2024-07-08', '2024-07-08', 'inferred'],
    ['يوم + weekday before the article', 'الرهائن الأربعة يوم السبت من المرجح', '2024-06-10', '2024-06-08', 'inferred'],
    ['bare weekday with hamza', 'في وقت متأخر الإثنين مع أمير قطر', '2024-04-30', '2024-04-29', 'inferred'],
    ['اليوم + weekday', 'اليوم الاثنين بخصوص العملية', '2024-04-01', '2024-04-01', 'inferred'],
    ['بالأمس', 'اتصالات هاتفية بالأمس مع', '2024-04-30', '2024-04-29', 'inferred'],
    ['a coming date', 'القمة في 16 مايو المقبل', '2024-05-20', '2025-05-16', 'inferred'],
    ['Arabic-Indic digits', 'في ٣١ مايو ٢٠٢٤ أعلن', '2024-06-11', '2024-05-31', 'exact'],
  ])('%s', (_, text, articleDate, date, status) => {
    const found = extractDates(text, articleDate);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date, status });
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
  });

  it('finds nothing in dateless text and refuses impossible dates', () => {
    expect(extractDates('قال الوزير إن الاتفاق قريب في اليوم التالي', '2024-06-11')).toEqual([]);
    expect(extractDates('في 31 فبراير 2024', '2024-06-11')).toEqual([]);
  });

  it('finds several dates in order', () => {
    expect(extractDates('بين 7 أكتوبر 2023 و31 مايو الماضي', '2024-06-11').map((d) => d.date)).toEqual(['2023-10-07', '2024-05-31']);
  });

  it('leaves out the dates read relative to the article when asked, and only those', () => {
    const text = 'مساء أمس الاثنين، بعد 7 أكتوبر 2023 و31 مايو الماضي وفي 2024/07/08';
    const all = extractDates(text, '2024-07-09');
    expect(all.map((d) => d.text)).toEqual(['أمس الاثنين', '7 أكتوبر 2023', '31 مايو الماضي', '2024/07/08']);
    expect(extractDates(text, '2024-07-09', false)).toEqual(all.slice(1));
  });

  it('says a text may hold an exact date wherever one is found, in every sentence of the seeds', () => {
    const sentences = seedTexts(process.cwd()).flatMap((t) => t.split(/(?<=[.!؟?\n])/));
    const exact = sentences.filter((s) => extractDates(s, '2024-07-09', false).some((d) => d.status === 'exact'));
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.filter((s) => !mayHoldExactDate(s))).toEqual([]);
  });

  it.each([
    ['20 أغسطس 2025', true],
    ['١٣ أكتوبر ٢٠٢٥', true],
    ['2024/07/08', true],
    ['قال يوم الاثنين 20 أغسطس إن', false],
    ['منذ السابع من أكتوبر الماضي', false],
    ['۲۰۲۵', false],
  ])('%s may hold an exact date: %s', (text, expected) => {
    expect(mayHoldExactDate(text)).toBe(expected);
  });
});
