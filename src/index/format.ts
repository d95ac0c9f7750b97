/**
 * The corpus index: one compact, versioned, JSON-serialisable object built from the seeds and
 * read by the extension. Rows are tuples to keep the bundled file small; offsets are UTF-16 into
 * the seed file (`fs.readFileSync(file, 'utf8')`), except where said "in the sentence".
 */
import type { EntityRef } from '../match/catalogue-types';
import type { ArticleInfo } from './types';

export const INDEX_FORMAT = 'siyaq-corpus';
// 3: no sentence dates, passage and related scores or timeline date sources, which nothing read.
export const INDEX_VERSION = 3;

export interface IndexArticle extends ArticleInfo {
  /** The article's sentences are `sentences[first .. first + count)`. */
  first: number;
  count: number;
}

/** [article index, start, end, text]. */
export type IndexSentence = [number, number, number, string];

/** [sentence, then mention start, end pairs in the sentence]. */
export type IndexPassage = number[];

/** [article index, role text, sentence]. */
export type IndexRole = [number, string, number];

/** [entity index, shared passages]. */
export type IndexRelated = [number, number];

/** [ISO date, sentence, 1 if the date is inferred else 0]. */
export type IndexTimelineEntry = [string, number, 0 | 1];

export interface IndexEntity extends EntityRef {
  /** Search terms of each written form (stems joined by a space). */
  forms: string[];
  /** The role the corpus gives most often, and the sentence it was read from. */
  description: [string, number] | null;
  /** The role each article gives, in date order. */
  roles: IndexRole[];
  /** Every sentence naming it, best first, near-duplicates left out. */
  passages: IndexPassage[];
  /** How often the corpus names it: ranks actors a search finds equally well. */
  mentionCount: number;
  /** Related actors, most telling first. */
  related: IndexRelated[];
  timeline: IndexTimelineEntry[];
}

export interface CorpusIndex {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  articles: IndexArticle[];
  sentences: IndexSentence[];
  entities: IndexEntity[];
  /** BM25 postings over sentences: term → [sentence, term frequency, sentence, tf, ...]. */
  postings: Record<string, number[]>;
  /** Terms per sentence, for BM25 length normalisation. */
  lengths: number[];
}
