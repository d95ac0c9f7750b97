/**
 * Finds the dates written in a sentence and resolves them against the article's date.
 * A date is `exact` when the text spells day, month and year; anything filled in from the
 * article's date (a missing year, a weekday, «أمس») is `inferred`.
 */
export interface TextDate {
  /** Offsets inside the text given. */
  start: number;
  end: number;
  text: string;
  date: string;
  status: 'exact' | 'inferred';
}

/** Matches a word whatever alef/hamza, ya or ta marbuta the writer chose. */
function flex(word: string): string {
  return word
    .replace(/[اأإآ]/g, '[اأإآ]')
    .replace(/[يى]/g, '[يى]')
    .replace(/[ةه](?=$|\s)/g, '[ةه]')
    .replace(/\s+/g, '\\s+');
}
const alt = (words: string[]): string => words.map(flex).join('|');

const MONTHS: string[][] = [
  ['يناير', 'كانون الثاني'],
  ['فبراير', 'شباط'],
  ['مارس', 'آذار'],
  ['أبريل', 'إبريل', 'نيسان'],
  ['مايو', 'أيار'],
  ['يونيو', 'يونيه', 'حزيران'],
  ['يوليو', 'يوليه', 'تموز'],
  ['أغسطس', 'آب'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
];
const WEEKDAYS = [['أحد'], ['اثنين', 'إثنين'], ['ثلاثاء'], ['أربعاء'], ['خميس'], ['جمعة'], ['سبت']];
const ORDINAL_UNITS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];

/** «السابع» → 7, «الحادي عشر» → 11, «الحادي والعشرين» → 21 ... «الحادي والثلاثين» → 31. */
const ORDINALS = new Map<string, number>();
ORDINAL_UNITS.forEach((w, i) => ORDINALS.set(w, i + 1));
ORDINALS.set('الحادي عشر', 11);
ORDINAL_UNITS.slice(1, 9).forEach((w, i) => ORDINALS.set(`${w} عشر`, i + 12));
for (const [tens, base] of [['العشرين', 20], ['الثلاثين', 30]] as const) {
  ORDINALS.set(tens, base);
  ['الحادي', ...ORDINAL_UNITS.slice(1, 9)].forEach((w, i) => {
    if (base + i + 1 <= 31) ORDINALS.set(`${w} و${tens}`, base + i + 1);
  });
}

const DIGIT = '[0-9٠-٩]';

interface DatePatterns {
  full: RegExp;
  numeric: RegExp;
  relative: RegExp;
}

let patterns: DatePatterns | null = null;

/**
 * Made on first use, not on load: a page loads this module for its date, and most pages find it
 * in their metadata or have no year in their lead. Parsing the patterns (the Unicode property
 * escapes above all) was the costliest statement of the module's evaluation in a page's profile.
 */
function datePatterns(): DatePatterns {
  if (patterns) return patterns;
  // Their parts too: spelling every month, weekday and ordinal out with flex() was a fifth of
  // the page engine's evaluation (0.5 of 2.7 ms, cold, in a profile under Node).
  const monthName = MONTHS.flat();
  const MONTH = `(?:${alt(monthName)})(?:\\s*/\\s*(?:${alt(monthName)}))?`;
  const WEEKDAY = `(?:${alt(WEEKDAYS.flat())})`;
  const ORDINAL = [...ORDINALS.keys()].sort((a, b) => b.length - a.length).map(flex).join('|');
  return (patterns = {
    full: new RegExp(
      `(?:(?:يوم\\s+)?ال${WEEKDAY}\\s*،?\\s*)?` +
        `(?:(${DIGIT}{1,2})|(${ORDINAL})\\s+من)\\s+(${MONTH})(?:\\s*،?\\s*(${DIGIT}{4}))?(?:\\s+(${alt(['الماضي', 'المقبل', 'القادم'])}))?`,
      'gu',
    ),
    numeric: new RegExp(`(?<![0-9/])(${DIGIT}{4})/(${DIGIT}{1,2})/(${DIGIT}{1,2})(?![0-9/])|(?<![0-9/])(${DIGIT}{1,2})/(${DIGIT}{1,2})/(${DIGIT}{4})(?![0-9/])`, 'gu'),
    relative: new RegExp(
      `(?<![\\p{L}])(?:(?:(${alt(['أمس', 'بالأمس'])})|(${alt(['يوم', 'اليوم'])}))\\s+)?ال(${WEEKDAY})(?![\\p{L}])|(?<![\\p{L}])(${alt(['أمس', 'بالأمس'])})(?![\\p{L}])`,
      'gu',
    ),
  });
}

const YEAR = new RegExp(`${DIGIT}{4}`);

/**
 * Whether `text` may hold an exact date: every one has a four-digit year. A page's lead without
 * one is spared the date patterns, which cost a content script more to compile than the rest of
 * its date reading (1–3 ms on a page's first look).
 */
export const mayHoldExactDate = (text: string): boolean => YEAR.test(text);

/**
 * `relative`: false to leave out what is read relative to the article's date (a weekday, «أمس»),
 * which is never exact: a page's dateline asks only for an exact date, and the pattern for them is
 * the costliest to compile on a page's first look.
 */
export function extractDates(text: string, articleDate: string, relative = true): TextDate[] {
  const { full, numeric, relative: byArticleDate } = datePatterns();
  const found: TextDate[] = [];
  const taken = (s: number, e: number): boolean => found.some((d) => s < d.end && d.start < e);
  const add = (m: RegExpExecArray, date: string | null, status: TextDate['status']): void => {
    if (date === null || taken(m.index, m.index + m[0].length)) return;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], date, status });
  };

  for (const m of text.matchAll(full)) {
    const day = m[1] !== undefined ? digits(m[1]) : ordinal(m[2]!);
    const month = monthOf(m[3]!);
    if (m[4] !== undefined) add(m, iso(digits(m[4]), month, day), 'exact');
    else add(m, withoutYear(articleDate, month, day, m[5] !== undefined && !/ماض/.test(m[5])), 'inferred');
  }
  for (const m of text.matchAll(numeric)) {
    add(m, m[1] !== undefined ? iso(digits(m[1]), digits(m[2]!), digits(m[3]!)) : iso(digits(m[6]!), digits(m[5]!), digits(m[4]!)), 'exact');
  }
  if (relative) for (const m of text.matchAll(byArticleDate)) {
    if (m[4] !== undefined) add(m, addDays(articleDate, -1), 'inferred');
    else add(m, weekdayBefore(m[1] !== undefined ? addDays(articleDate, -1) : articleDate, weekdayOf(m[3]!)), 'inferred');
  }
  return found.sort((a, b) => a.start - b.start);
}

const digits = (s: string): number => Number(s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
const fold = (s: string): string => s.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ه(?=$|\s)/g, 'ة').replace(/\s+/g, ' ');

function ordinal(s: string): number {
  const key = fold(s);
  for (const [w, n] of ORDINALS) if (fold(w) === key) return n;
  throw new Error(`unknown ordinal ${s}`);
}

function monthOf(s: string): number {
  const first = fold(s.split('/')[0]!.trim());
  return MONTHS.findIndex((names) => names.some((n) => fold(n) === first)) + 1;
}

function weekdayOf(s: string): number {
  const key = fold(s);
  return WEEKDAYS.findIndex((names) => names.some((n) => fold(n) === key));
}

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : null;
}

/** «31 مايو»: the last such day on or before the article (or the next one after, for «المقبل»). */
function withoutYear(articleDate: string, month: number, day: number, future: boolean): string | null {
  const year = Number(articleDate.slice(0, 4));
  const same = iso(year, month, day);
  if (same === null) return null;
  if (future) return same >= articleDate ? same : iso(year + 1, month, day);
  return same <= articleDate ? same : iso(year - 1, month, day);
}

/** The latest date on or before `onOrBefore` falling on `weekday` (0 = Sunday). */
function weekdayBefore(onOrBefore: string, weekday: number): string {
  const d = new Date(`${onOrBefore}T00:00:00Z`);
  return addDays(onOrBefore, -((d.getUTCDay() - weekday + 7) % 7));
}

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
