/**
 * Dates a statement: the date written where the actor is named if there is one, else a date
 * written next to the actor's name (in the same clause, a few words off: «بلينكن يوم الاثنين»,
 * «بايدن كان قد أعلن في 31 مايو»), else the article's date. A date further off in the sentence
 * most often belongs to another event it mentions («الغارة لتحرير الرهائن يوم السبت ... جهود
 * بلينكن»), not to what the actor did.
 */
import type { TextDate } from '../text/dates';
import type { DateStatus, Span } from './types';

/** Words after which a date is a reference point, not when the statement happened. */
const NOT_EVENT_TIME = /(?:منذ|أحداث|احداث|قبل|بعد|حتى|هجوم)\s*$/;
/**
 * At most this many words between the actor's name and a date that tells when it acted: a date
 * after the name follows what the actor did (بلينكن أكد خلال اجتماعه مع نتنياهو مساء أمس الاثنين);
 * one before it only when it opens the clause the name is in (يوم الاثنين قال بلينكن).
 */
const WORDS_AFTER = 8;
const WORDS_BEFORE = 3;
const CLAUSE_BREAK = /[،,؛;:.!?«»"“”()–-]/;

/** A date in the same clause as the name, and close enough to it. */
function nearName(sentence: string, date: TextDate, name: Span): boolean {
  const between = date.start >= name.end ? sentence.slice(name.end, date.start) : sentence.slice(date.end, name.start);
  if (date.start < name.end && name.start < date.end) return true;
  if (CLAUSE_BREAK.test(between)) return false;
  return between.split(/\s+/).filter(Boolean).length <= (date.start >= name.end ? WORDS_AFTER : WORDS_BEFORE);
}

export interface StatementDate {
  date: string;
  inferred: boolean;
}

export function statementDate(
  sentence: string,
  dates: TextDate[],
  mentions: Span[],
  article: { date: string; dateStatus: DateStatus },
): StatementDate {
  const onName = dates.find((d) => mentions.some((m) => m.start < d.end && d.start < m.end));
  const eventTime =
    onName ?? dates.find((d) => mentions.some((m) => nearName(sentence, d, m)) && !NOT_EVENT_TIME.test(sentence.slice(Math.max(0, d.start - 8), d.start)));
  if (eventTime) return { date: eventTime.date, inferred: eventTime.status === 'inferred' };
  return { date: article.date, inferred: article.dateStatus === 'inferred' };
}
