/**
 * Shapes the corpus build and the shipped side (query, protocol, UI) share: what an article is
 * cited as, and spans. Offsets are UTF-16 code units into a seed file's text, end exclusive.
 */
export type DateStatus = 'printed' | 'inferred';
/** `supplied`: the page printed no headline, and the title is one the project wrote for it. */
export type TitleStatus = 'printed' | 'supplied';

export interface Span {
  start: number;
  end: number;
}

/** What a reader is told of an article when it is cited: which, by whom, and when. */
export interface ArticleInfo {
  id: string;
  file: string;
  title: string;
  titleStatus: TitleStatus;
  outlet: string | null;
  date: string;
  dateStatus: DateStatus;
  dateEvidence?: string;
}
