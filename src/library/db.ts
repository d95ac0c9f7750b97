/**
 * The library's IndexedDB database: the saved articles, what the index keeps of each (per-entity
 * mention rows, and a term index of packed postings, so a query reads the records it needs and
 * never the whole library), and the reader's actors. The schema is versioned; each upgrade step
 * brings a database of the version before it up to the next, so a reader's library survives updates.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { PackedTerms } from './postings';
import type { SavedArticle, SavedArticleSummary, UserActor } from './types';

export const DB_NAME = 'siyaq-library';
export const DB_VERSION = 3;

/** A saved article, with where its sentences are: `[start, end, start, end, ...]` in `text`. */
export interface ArticleRecord extends SavedArticle {
  sentences: number[];
}

/** What the options page lists, kept apart from the text so that listing reads no article text. */
export interface SummaryRecord extends SavedArticleSummary {
  /** What its records take, as the sum of their JSON sizes (where the browser gives no estimate). */
  bytes: number;
  /**
   * Its number in the term index, new at each save (an updated article's old postings may still
   * be in a segment, marked dead). Absent on a summary of version 2 until it is indexed again.
   */
  seq?: number;
}

/** One sentence of a saved article naming one entity, as the indexer gives it (stored in a {@link MentionsRecord}). */
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

/**
 * An article's mention rows, each written as a key of the store's multi-entry indexes, so that a
 * dossier reads what it needs from the index keys alone, best or latest first, and a save is one
 * request however many sentences name an entity (a request a row, each updating three indexes,
 * was most of a save's time). The keys sort as version 2's indexes did: by rank or recency, then
 * article and sentence.
 */
export interface MentionsRecord {
  article: string;
  /** `[entity, rank, article, sentence, ...spans]`. */
  ranked: RankedKey[];
  /** `[entity, recency, article, sentence, date, inferred ? 1 : 0]` (a boolean is not a key). */
  recent: RecentKey[];
}
export type RankedKey = [string, number, string, number, ...number[]];
export type RecentKey = [string, number, string, number, string, number];

export const rankedKey = (m: MentionRecord): RankedKey => [m.entity, m.rank, m.article, m.sentence, ...m.spans];
export const recentKey = (m: MentionRecord): RecentKey => [m.entity, m.recency, m.article, m.sentence, m.date, m.inferred ? 1 : 0];

/** The mention rows of a record, as the indexer gave them (what deleting it takes from the entities' totals). */
export function mentionRows(r: MentionsRecord): MentionRecord[] {
  const dated = new Map(r.recent.map(([entity, recency, , sentence, date, inferred]) => [`${entity}\u0000${sentence}`, { recency, date, inferred: inferred === 1 }]));
  return r.ranked.map(([entity, rank, article, sentence, ...spans]) => ({ entity, article, sentence, spans, rank, ...dated.get(`${entity}\u0000${sentence}`)! }));
}

/** One search term of one saved article, as the indexer gives it (stored packed, see {@link TailRecord}). */
export interface TermRecord {
  term: string;
  article: string;
  /** `[sentence, weight, ...]`: the term's BM25 term-frequency part in each sentence having it. */
  hits: number[];
  /** Minus the best weight: the articles where the term counts most, first. */
  rank: number;
}

/** What a dossier shows of a mention row, its spans aside: the sentence, the ones around it, and its article's citation. */
export interface ShownRow {
  text: string;
  articleId: string;
  title: string;
  outlet: string;
  url: string;
  date: string;
  dateStatus: 'printed' | 'inferred';
  before: string | null;
  after: string | null;
}

/**
 * What a dossier shows of an entity's first keys (`article \u0000 sentence` → row), kept apart
 * from its totals and written only when those keys change: a dossier reads it instead of some 30
 * whole articles, which after a wake was most of its time.
 */
export interface ShownRecord {
  entity: string;
  rows: Record<string, ShownRow>;
}

/** What the saved articles say of one entity as a whole. */
export interface EntityStats {
  entity: string;
  mentions: number;
  /** Other entity id → sentences naming both. */
  related: Record<string, number>;
  /**
   * The first keys of the rank and the recency index for the entity, kept with its totals (which
   * every save writes anyway), so that a dossier reads one record where it walked two cursors.
   */
  ranked: RankedKey[];
  recent: RecentKey[];
}

/**
 * The term index. A save writes its article's terms as one record of the tail; once the tail
 * holds a segment's worth of articles they are sealed, in the background, into a segment: one
 * record of postings a term, which no save rewrites. A search reads one record a segment for each
 * of its terms, and the tail; a save, whatever the library's size, writes one record.
 */
export interface TailRecord extends PackedTerms {
  seq: number;
  id: string;
}

/** A sealed segment's articles: `ids` are `\n`-joined, in the order of `seqs`. */
export interface SegmentRecord {
  id: number;
  seqs: Uint32Array;
  ids: string;
}

/**
 * One term in one segment, as a search first reads it: which articles have it, and its best
 * postings (`[seq, best weight, hit count, ...hits]` a posting, best first).
 */
export interface PostingsRecord {
  term: string;
  seg: number;
  seqs: Uint32Array;
  head: Uint32Array;
  /** Whether `head` is every posting; if not, they are all in `allPostings`. */
  complete: boolean;
}

/** Every posting of a term in a segment, where the head does not hold them all. */
export interface AllPostingsRecord {
  term: string;
  seg: number;
  data: Uint32Array;
}

/** A listed segment: its articles are numbered `from` to `to` (no other segment's between). */
export interface SegmentSpan {
  id: number;
  from: number;
  to: number;
  size: number;
}

/** Where the term index stands (meta `terms`): read first by every search. */
export interface TermIndexState {
  nextSeq: number;
  nextSegment: number;
  /** Sealed segments a search reads, in sealing order. */
  segments: SegmentSpan[];
  /** Articles deleted or saved again whose postings are still in a listed segment. */
  dead: number[];
  /** Segments no longer listed whose records are still to be deleted. */
  garbage: number[];
  /** The segment being sealed, until it is listed. */
  sealing?: number;
}

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: ArticleRecord };
  actors: { key: string; value: UserActor };
  summaries: { key: string; value: SummaryRecord };
  mentions: { key: string; value: MentionsRecord; indexes: { rank: RankedKey; recency: RecentKey } };
  tail: { key: number; value: TailRecord };
  segments: { key: number; value: SegmentRecord };
  postings: { key: [string, number]; value: PostingsRecord };
  allPostings: { key: [string, number]; value: AllPostingsRecord };
  /** A segment's terms, `\n`-joined: what clearing it deletes. */
  segmentTerms: { key: number; value: { id: number; terms: string } };
  entities: { key: string; value: EntityStats };
  shown: { key: string; value: ShownRecord };
  /**
   * `reindex`: ids of articles saved before the index knew of them, indexed on next open;
   * `rules`: what the index was made with (see indexRules), every article indexed again when it
   * differs; `rulesProgress`: how far that has come;
   * `terms`: the {@link TermIndexState}.
   */
  meta: { key: string; value: unknown };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

/**
 * The upgrade steps, one per version: step i takes a database at version i to version i + 1.
 * Version 1 kept the articles and actors alone; version 2 adds the index; version 3 keeps an
 * article's mentions in one record, and the search terms packed in a tail and segments, instead
 * of a row per mention and per term (a save wrote some 600 rows, 40–60 ms of requests; now a few).
 */
type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

const STEPS: ((db: LibraryDb, tx: UpgradeTx) => void)[] = [
  (db) => {
    db.createObjectStore('articles', { keyPath: 'id' });
    db.createObjectStore('actors', { keyPath: 'id' });
  },
  (typed, tx) => {
    // Version 2's stores as they were then, not as the schema types now describe them.
    const db = typed as unknown as IDBPDatabase;
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
  (typed, tx) => {
    const db = typed as unknown as IDBPDatabase;
    db.deleteObjectStore('terms');
    db.deleteObjectStore('mentions');
    const mentions = db.createObjectStore('mentions', { keyPath: 'article' });
    mentions.createIndex('rank', 'ranked', { multiEntry: true });
    mentions.createIndex('recency', 'recent', { multiEntry: true });
    db.createObjectStore('tail', { keyPath: 'seq' });
    db.createObjectStore('segments', { keyPath: 'id' });
    db.createObjectStore('postings', { keyPath: ['term', 'seg'] });
    db.createObjectStore('allPostings', { keyPath: ['term', 'seg'] });
    db.createObjectStore('segmentTerms', { keyPath: 'id' });
    db.createObjectStore('shown', { keyPath: 'entity' });
    // Indexed anew, as version 1's articles were: listed here, indexed when the library opens,
    // which counts the entities' totals again from nothing.
    void tx.objectStore('entities').clear();
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
