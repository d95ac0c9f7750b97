/**
 * Shapes of the corpus build: seed metadata and cleaned articles. Offsets are UTF-16 code units
 * into a seed file's text, end exclusive.
 */
import type { ArticleInfo, DateStatus, Span } from '../index/types';

/** A place in a seed file: a line and, where a line glues two page elements, a marker in it. */
export interface LinePoint {
  line: number;
  marker?: string;
}

export interface ArticleMeta {
  id: string;
  file: string;
  start: LinePoint;
  end: LinePoint;
  /** Line holding the printed title; absent when the page printed none and the title is ours. */
  titleLine?: number;
  title: string;
  outlet: string | null;
  byline?: string;
  dateline?: string;
  date: string;
  dateStatus: DateStatus;
  /** For inferred dates: the window the evidence allows. */
  dateRange?: [string, string];
  dateEvidence?: string;
  /** For printed dates: where the file prints it. */
  datePrinted?: { line: number; text: string };
  /** Lines inside the article that are page furniture no rule recognises. */
  boilerplateLines?: number[];
}

export interface Paragraph extends Span {
  kind: 'text' | 'heading';
  text: string;
}

export interface Sentence extends Span {
  text: string;
}

export interface CleanArticle extends ArticleInfo {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}
