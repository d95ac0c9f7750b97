/**
 * Dates a statement: the date written where the actor is named if there is one, else the first
 * date in the sentence that places the event itself, else the article's date.
 */
import type { TextDate } from '../text/dates';
import type { DateStatus, Span } from '../index/types';

/** Words after which a date is a reference point, not when the statement happened. */
const NOT_EVENT_TIME = /(?:منذ|أحداث|احداث|قبل|بعد|حتى|هجوم)\s*$/;

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
  const eventTime = onName ?? dates.find((d) => !NOT_EVENT_TIME.test(sentence.slice(Math.max(0, d.start - 8), d.start)));
  if (eventTime) return { date: eventTime.date, inferred: eventTime.status === 'inferred' };
  return { date: article.date, inferred: article.dateStatus === 'inferred' };
}
