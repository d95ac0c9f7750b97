/**
 * The corpus index: one compact, versioned, JSON-serialisable object built from the seeds and
 * read by the extension. Rows are tuples to keep the bundled file small; offsets are UTF-16 into
 * the seed file (`fs.readFileSync(file, 'utf8')`), except where said "in the sentence".
 */
import type { EntityType } from '../match/catalogue-types';
import type { ArticleInfo } from './types';

export const INDEX_FORMAT = 'siyaq-corpus';
// 2: articles say whether their title is printed or supplied.
export const INDEX_VERSION = 2;

export interface IndexArticle extends ArticleInfo {
  /** The article's sentences are `sentences[first .. first + count)`. */
  first: number;
  count: number;
}

/** [article index, start, end, text]. */
export type IndexSentence = [number, number, number, string];

/** [sentence, start in the sentence, end in the sentence, ISO date, 1 if exact else 0]. */
export type IndexDate = [number, number, number, string, 0 | 1];

/** [sentence, score × 100, then mention start, end pairs in the sentence]. */
export type IndexPassage = number[];

/** [article index, role text, sentence]. */
export type IndexRole = [number, string, number];

/** [entity index, score × 100, shared passages]. */
export type IndexRelated = [number, number, number];

/** [ISO date, sentence, 1 if the date is inferred else 0, 1 if written in the sentence else 0]. */
export type IndexTimelineEntry = [string, number, 0 | 1, 0 | 1];

export interface IndexEntity {
  id: string;
  type: EntityType;
  ar: string;
  en: string;
  /** Search terms of each written form (stems joined by a space). */
  forms: string[];
  /** The role the corpus gives most often, and the sentence it was read from. */
  description: [string, number] | null;
  /** The role each article gives, in date order. */
  roles: IndexRole[];
  /** Every sentence naming it, best first, near-duplicates left out. */
  passages: IndexPassage[];
  mentionCount: number;
  related: IndexRelated[];
  timeline: IndexTimelineEntry[];
}

export interface CorpusIndex {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  articles: IndexArticle[];
  sentences: IndexSentence[];
  dates: IndexDate[];
  entities: IndexEntity[];
  /** BM25 postings over sentences: term → [sentence, term frequency, sentence, tf, ...]. */
  postings: Record<string, number[]>;
  /** Terms per sentence, for BM25 length normalisation. */
  lengths: number[];
}
