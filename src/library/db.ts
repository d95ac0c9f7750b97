/**
 * The library's IndexedDB database: the saved articles, what the index keeps of each (per-entity
 * mention rows and per-term postings, so a query reads the rows it needs and never the whole
 * library), and the reader's actors. The schema is versioned; each upgrade step brings a
 * database of the version before it up to the next, so a reader's library survives updates.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SavedArticle, SavedArticleSummary, UserActor } from './types';

export const DB_NAME = 'siyaq-library';
export const DB_VERSION = 2;

/** A saved article, with where its sentences are: `[start, end, start, end, ...]` in `text`. */
export interface ArticleRecord extends SavedArticle {
  sentences: number[];
}

/** What the options page lists, kept apart from the text so that listing reads no article text. */
export interface SummaryRecord extends SavedArticleSummary {
  /** What its records take, as the sum of their JSON sizes (where the browser gives no estimate). */
  bytes: number;
}

/** One sentence of a saved article naming one entity. */
export interface MentionRecord {
  entity: string;
  article: string;
  /** Sentence number in the article. */
  sentence: number;
  /** `[start, end, ...]` of each mention, in the sentence. */
  spans: number[];
  /** Minus the passage score: IndexedDB reads keys in ascending order only, best first this way. */
  rank: number;
  /** When what it says happened: a date written next to the name, else the article's date. */
  date: string;
  inferred: boolean;
  /** Minus the days since 1970 of `date`: latest first in ascending key order. */
  recency: number;
}

/** One search term of one saved article. */
export interface TermRecord {
  term: string;
  article: string;
  /** `[sentence, weight, ...]`: the term's BM25 term-frequency part in each sentence having it. */
  hits: number[];
  /** Minus the best weight: the articles where the term counts most, first. */
  rank: number;
}

/** What the saved articles say of one entity as a whole. */
export interface EntityStats {
  entity: string;
  mentions: number;
  /** Other entity id → sentences naming both. */
  related: Record<string, number>;
}

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: ArticleRecord };
  actors: { key: string; value: UserActor };
  summaries: { key: string; value: SummaryRecord };
  mentions: {
    key: [string, string, number];
    value: MentionRecord;
    indexes: { article: string; rank: [string, number]; recency: [string, number] };
  };
  terms: { key: [string, string]; value: TermRecord; indexes: { article: string; rank: [string, number] } };
  entities: { key: string; value: EntityStats };
  /** `reindex`: ids of articles saved before the index knew of them, indexed on next open. */
  meta: { key: string; value: unknown };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

/**
 * The upgrade steps, one per version: step i takes a database at version i to version i + 1.
 * Version 1 kept the articles and actors alone; version 2 adds the index.
 */
type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

const STEPS: ((db: LibraryDb, tx: UpgradeTx) => void)[] = [
  (db) => {
    db.createObjectStore('articles', { keyPath: 'id' });
    db.createObjectStore('actors', { keyPath: 'id' });
  },
  (db, tx) => {
    db.createObjectStore('summaries', { keyPath: 'id' });
    const mentions = db.createObjectStore('mentions', { keyPath: ['entity', 'article', 'sentence'] });
    mentions.createIndex('article', 'article');
    mentions.createIndex('rank', ['entity', 'rank']);
    mentions.createIndex('recency', ['entity', 'recency']);
    const terms = db.createObjectStore('terms', { keyPath: ['term', 'article'] });
    terms.createIndex('article', 'article');
    terms.createIndex('rank', ['term', 'rank']);
    db.createObjectStore('entities', { keyPath: 'entity' });
    db.createObjectStore('meta');
    // Articles of version 1 have no index yet; it takes the engine to build one, which the
    // upgrade transaction cannot wait for: they are listed, and indexed when the library opens.
    void tx.objectStore('articles').getAllKeys().then((ids) => tx.objectStore('meta').put(ids, 'reindex'));
  },
];

/**
 * Opens (creating or upgrading) the library database, or one of another name (for tests);
 * `closed` is told when the connection was given up for another page's upgrade.
 */
export function openLibraryDb(name = DB_NAME, version = DB_VERSION, closed?: () => void): Promise<LibraryDb> {
  return openDB<LibrarySchema>(name, version, {
    upgrade(db, from, _to, tx) {
      for (let v = from; v < version; v++) STEPS[v]!(db, tx);
    },
    // Another page (the options page, or a newer background) wants to upgrade: let it.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      closed?.();
    },
  });
}
