/**
 * The pieces of a source line (outlet, title, date), each in its own <bdi>: an Arabic outlet
 * name beside a date in the UI's language, or an English date beside an Arabic title, otherwise
 * run together by the bidi algorithm into one jumbled line ("July · عربي بوست … 8, 2024").
 */
import { Fragment, type ComponentChildren } from 'preact';
import type { DateStatus, TitleStatus } from '../../index/types';
import { formatDate } from './format';
import { t } from './i18n';

export function Outlet({ outlet }: { outlet: string | null }) {
  return outlet === null ? <bdi>{t('outletUnknown')}</bdi> : <bdi lang="ar">{outlet}</bdi>;
}

/**
 * The outlet's headline is a citation's title, in <cite>. A title the project supplied for a
 * page that printed none is not: it goes in plain type after an «[untitled]» tag, the way an
 * editor marks words of their own inside a citation, so no one quotes it as the outlet's.
 */
export function ArticleTitle({ title, titleStatus }: { title: string; titleStatus: TitleStatus }) {
  if (titleStatus === 'printed') {
    return (
      <cite>
        <bdi lang="ar">{title}</bdi>
      </cite>
    );
  }
  return (
    <span class="supplied-title">
      <bdi>{t('titleSupplied')}</bdi> <bdi lang="ar">{title}</bdi>
    </span>
  );
}

export function ArticleDate({ date, dateStatus }: { date: string; dateStatus: DateStatus }) {
  return (
    <bdi>
      <time dateTime={date}>{formatDate(date, dateStatus)}</time>
    </bdi>
  );
}

/** Pieces of one source line, with a separator that reads the same in either direction. */
export function SourcePieces({ children }: { children: ComponentChildren[] }) {
  return (
    <>
      {children.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 ? ' · ' : null}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
