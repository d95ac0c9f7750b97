/**
 * The reader's library: saving, listing, deleting, exporting and importing articles, the
 * reader's actors, and the questions the background asks of it (an entity's saved passages,
 * related actors and timeline; search). Works wherever IndexedDB of the extension's origin does:
 * the background and the options page alike. Every write is one transaction, so a failure (a
 * full disk) leaves the library as it was before it.
 */
import { unwrap } from 'idb';
import * as v from 'valibot';
import { ARTICLE_CAPTURE, USER_ACTOR } from '../messages/schemas';
import { idf } from '../index/bm25';
import { dropNearDuplicates, shingles } from '../text/near-duplicates';
import { PROCLITIC_CHAINS } from '../text/proclitics';
import { foldedWords } from '../text/words';
import { readings, tokenize } from '../text/tokens';
import type { EntityType } from '../match/catalogue-types';
import {
  DB_NAME, DB_VERSION, mentionRows, openLibraryDb, rankedKey, recentKey,
  type ArticleRecord, type EntityStats, type LibraryDb, type MentionRecord, type RankedKey, type RecentKey, type ShownRow, type SummaryRecord,
} from './db';
import { indexArticle, indexRules, libraryMatcher } from './indexer';
import { sha256Hex } from './sha256-hex';
import { articlesOf, topPostings, weightOf } from './postings';
import { clearGarbage, halfDead, readState, sealSegment, SEGMENT_ARTICLES, termReader, termWrites } from './term-index';
import { actorId, checkActorName, LibraryError } from './actors';
import type { ArticleCapture, ImportReport, LibraryPack, SavedArticle, SavedArticleSummary, UserActor } from './types';

export { LibraryError } from './actors';

/** Largest pack file taken: a full library of 10 000 articles (50 M characters) is about 60 M. */
export const MAX_PACK_CHARS = 80_000_000;
export const MAX_PACK_ARTICLES = 20_000;
export const MAX_PACK_ACTORS = 5_000;
/** Articles written per transaction when many are written at once (import). */
const BATCH = 100;
/**
 * Articles indexed again per transaction in the background's upkeep: indexing takes some 12 ms
 * an article, and the worker answers nothing else meanwhile (a page's scan, a card), so a batch
 * holds them up for a tenth of a second rather than a whole one.
 */
const REINDEX_BATCH = 10;
/** Candidates read for a dossier's passages, so that near-duplicates can be left out. */
const CANDIDATES = 24;
/** The latest moments an entity's totals keep, and so the most a dossier's timeline gives. */
export const KEPT_MOMENTS = 12;
/** Articles read per search term, those where it weighs most. */
const PER_TERM = 200;
const MAX_RELATED = 10;

export interface SavedPassage extends ShownRow {
  mentions: [number, number][];
}

export interface SavedTimelineItem {
  date: string;
  inferred: boolean;
  text: string;
  title: string;
  outlet: string;
  url: string;
}

/** What the saved articles say of one entity. */
export interface SavedDossier {
  passages: SavedPassage[];
  /** The latest moments, in date order. */
  timeline: SavedTimelineItem[];
  related: { id: string; shared: number }[];
}

export interface ActorFields {
  type: EntityType;
  ar: string;
  en: string | null;
}

const SAVED_ARTICLE = v.strictObject({
  ...ARTICLE_CAPTURE.entries,
  id: v.string(),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
});

const PACK = v.object({
  format: v.literal('siyaq-library', 'it is not a Siyaq library (its "format" is not "siyaq-library")'),
  version: v.literal(1, 'it is a library of a version this Siyaq does not read'),
  articles: v.pipe(v.array(v.unknown(), '"articles" must be a list'), v.maxLength(MAX_PACK_ARTICLES, `it holds more than ${MAX_PACK_ARTICLES} articles`)),
  actors: v.pipe(v.array(v.unknown(), '"actors" must be a list'), v.maxLength(MAX_PACK_ACTORS, `it holds more than ${MAX_PACK_ACTORS} actors`)),
});

const problem = (issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string => {
  const first = issues[0];
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
};

/** The id of the article at a URL: saving the same URL again finds it. */
export async function articleId(url: string): Promise<string> {
  return `a${await sha256Hex(url, 10)}`;
}

const sizeOf = (value: unknown): number => JSON.stringify(value).length * 2;

function isQuotaError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'QuotaExceededError';
}

/**
 * Runs the writes of a transaction and waits for it to commit: on any failure, thrown or
 * reported, the transaction is aborted whole, and a full disk is told as such.
 */
async function committed(tx: { done: Promise<void>; abort(): void }, writes: (pending: Promise<unknown>[]) => Promise<void>): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    await writes(pending);
    await Promise.all([...pending, tx.done]);
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure itself.
    }
    await Promise.allSettled([...pending, tx.done]);
    if (isQuotaError(e)) throw new LibraryError('the browser has no more room for the library: nothing of this was written, and everything saved before is kept; delete some saved articles to make room');
    throw e;
  }
}

/** What a write changes of an entity: its totals, the rows it adds, the articles whose rows it takes away. */
interface EntityDelta {
  entity: string;
  mentions: number;
  related: Record<string, number>;
  added: MentionRecord[];
  gone: Set<string>;
}

/** A mention row's sentence, as a key: its article and its sentence's number. */
const rowKey = (article: string, sentence: number): string => `${article}\u0000${sentence}`;

/** Adds (sign 1) or takes away (-1) what one article's mention rows say of their entities. */
function tally(stats: Map<string, EntityDelta>, rows: MentionRecord[], sign: 1 | -1): void {
  const bySentence = new Map<string, MentionRecord[]>();
  for (const r of rows) {
    const key = rowKey(r.article, r.sentence);
    const together = bySentence.get(key);
    if (together) together.push(r);
    else bySentence.set(key, [r]);
  }
  const of = (entity: string): EntityDelta => {
    let s = stats.get(entity);
    if (!s) stats.set(entity, (s = { entity, mentions: 0, related: {}, added: [], gone: new Set() }));
    return s;
  };
  for (const together of bySentence.values()) {
    for (const r of together) {
      const s = of(r.entity);
      s.mentions += (sign * r.spans.length) / 2;
      if (sign > 0) s.added.push(r);
      else s.gone.add(r.article);
      for (const other of together) if (other.entity !== r.entity) s.related[other.entity] = (s.related[other.entity] ?? 0) + sign;
    }
  }
}

type WriteTx = ReturnType<typeof writeTx>;
const writeTx = (d: LibraryDb) => d.transaction(['articles', 'summaries', 'mentions', 'tail', 'meta', 'entities', 'shown'], 'readwrite');

const sentenceOf = (a: ArticleRecord, n: number): string | null =>
  n < 0 || 2 * n >= a.sentences.length ? null : a.text.slice(a.sentences[2 * n], a.sentences[2 * n + 1]);

/** Sentence `n` of an article as a passage shows it, with the sentences around it where `context`. */
const shownRow = (a: ArticleRecord, n: number, context: boolean): ShownRow => ({
  text: sentenceOf(a, n)!,
  articleId: a.id,
  title: a.title,
  outlet: a.outlet,
  url: a.url,
  date: a.date,
  dateStatus: a.dateSource === 'today' ? 'inferred' : 'printed',
  before: context ? sentenceOf(a, n - 1) : null,
  after: context ? sentenceOf(a, n + 1) : null,
});

const listed = (s: EntityStats): string => [...s.ranked, ...s.recent].map((k) => rowKey(k[2], k[3])).join('\u0001');
type TermWrites = ReturnType<typeof termWrites>;

/** Takes an article's index rows out, counting what they said into `stats`. */
async function unindex(tx: WriteTx, old: SummaryRecord, terms: TermWrites, stats: Map<string, EntityDelta>, pending: Promise<unknown>[]): Promise<void> {
  const mentions = tx.objectStore('mentions');
  const [record] = await Promise.all([mentions.get(old.id), old.seq === undefined ? null : terms.drop(old.seq)]);
  if (record) tally(stats, mentionRows(record), -1);
  pending.push(mentions.delete(old.id));
}

/**
 * The first `limit` keys of one entity, in its index's order: by rank or recency, then article,
 * then sentence (unique to a row). In script: the browser's indexedDB.cmp, a call out of script
 * a comparison, was half a save's time.
 */
const firstOf = <K extends RankedKey | RecentKey>(keys: K[], limit: number): K[] =>
  keys.sort((a, b) => a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0) || a[3] - b[3]).slice(0, limit);

/**
 * Writes the entities' new totals, leaving out those no saved article names any more, and their
 * first index keys: the new rows merged in, or, where an article among them was taken away,
 * read again from the indexes (this transaction's own writes are in them by then); then what a
 * dossier shows of those keys, where they changed. `written`: the articles this write saves.
 */
async function writeStats(tx: WriteTx, delta: Map<string, EntityDelta>, written: Map<string, ArticleRecord>, pending: Promise<unknown>[]): Promise<void> {
  const store = tx.objectStore('entities');
  const mentions = tx.objectStore('mentions');
  const current = await Promise.all([...delta.keys()].map((e) => store.get(e)));
  const stale: EntityStats[] = [];
  const changed: EntityStats[] = [];
  [...delta.values()].forEach((d, i) => {
    const s = current[i] ?? { entity: d.entity, mentions: 0, related: {}, ranked: [], recent: [] };
    s.mentions += d.mentions;
    for (const [other, n] of Object.entries(d.related)) {
      const shared = (s.related[other] ?? 0) + n;
      if (shared > 0) s.related[other] = shared;
      else delete s.related[other];
    }
    if (s.mentions <= 0) return void pending.push(store.delete(d.entity), tx.objectStore('shown').delete(d.entity));
    if ([...s.ranked, ...s.recent].some((k) => d.gone.has(k[2]))) return void stale.push(s);
    const was = listed(s);
    s.ranked = firstOf([...s.ranked, ...d.added.map(rankedKey)], CANDIDATES);
    s.recent = firstOf([...s.recent, ...d.added.map(recentKey)], KEPT_MOMENTS);
    if (listed(s) !== was) changed.push(s);
    pending.push(store.put(s));
  });
  await Promise.all(
    stale.map(async (s) => {
      [s.ranked, s.recent] = await Promise.all([
        firstKeys<RankedKey>(unwrap(mentions.index('rank')), keyRange(s.entity), CANDIDATES),
        firstKeys<RecentKey>(unwrap(mentions.index('recency')), keyRange(s.entity), KEPT_MOMENTS),
      ]);
      pending.push(store.put(s));
    }),
  );
  await Promise.all([...changed.map((s) => writeShown(tx, s, written, false, pending)), ...stale.map((s) => writeShown(tx, s, written, true, pending))]);
}

/**
 * Writes what a dossier shows of an entity's first keys: rows already shown are kept (unless
 * `fresh`, when an article among them was taken away or saved again), new ones cut from the
 * articles being written or, where none is, read.
 */
async function writeShown(tx: WriteTx, s: EntityStats, written: Map<string, ArticleRecord>, fresh: boolean, pending: Promise<unknown>[]): Promise<void> {
  const old = fresh ? undefined : await tx.objectStore('shown').get(s.entity);
  const wanted = [...s.ranked, ...s.recent].map((k) => ({ article: k[2], sentence: k[3], key: rowKey(k[2], k[3]) }));
  const missing = [...new Set(wanted.filter((w) => !old?.rows[w.key] && !written.has(w.article)).map((w) => w.article))];
  const read = await Promise.all(missing.map((id) => tx.objectStore('articles').get(id)));
  const articles = new Map([...written, ...read.filter((a) => a !== undefined).map((a): [string, ArticleRecord] => [a.id, a])]);
  const rows: Record<string, ShownRow> = {};
  for (const w of wanted) rows[w.key] = old?.rows[w.key] ?? shownRow(articles.get(w.article)!, w.sentence, true);
  pending.push(tx.objectStore('shown').put({ entity: s.entity, rows }));
}

/**
 * Indexes and writes articles in one transaction; one already saved keeps its first save time.
 * `asRead`: the articles are stored ones read before the transaction, indexed again; one deleted
 * or saved anew since is left as it now is.
 */
async function writeArticles(d: LibraryDb, articles: SavedArticle[], asRead = false): Promise<{ id: string; updated: boolean }[]> {
  const matcher = libraryMatcher(await d.getAll('actors'));
  const built = articles.map((a) => ({ a, index: indexArticle(a, matcher) }));
  const tx = writeTx(d);
  const out: { id: string; updated: boolean }[] = [];
  await committed(tx, async (pending) => {
    const terms = termWrites(tx, await readState(tx));
    const delta = new Map<string, EntityDelta>();
    const written = new Map<string, ArticleRecord>();
    for (const { a, index } of built) {
      if (asRead && (await tx.objectStore('articles').get(a.id))?.updatedAt !== a.updatedAt) continue;
      const old = await tx.objectStore('summaries').get(a.id);
      if (old) await unindex(tx, old, terms, delta, pending);
      const record: ArticleRecord = { ...a, savedAt: old?.savedAt ?? a.savedAt, sentences: index.sentences };
      written.set(a.id, record);
      const packed = terms.add(a.id, index.terms);
      const summary: SummaryRecord = {
        id: a.id, url: a.url, title: a.title, outlet: a.outlet, date: a.date, savedAt: record.savedAt, chars: a.text.length,
        bytes: sizeOf(record) + sizeOf(index.mentions) + packed.bytes, seq: packed.seq,
      };
      pending.push(tx.objectStore('articles').put(record), tx.objectStore('summaries').put(summary), packed.done);
      pending.push(tx.objectStore('mentions').put({ article: a.id, ranked: index.mentions.map(rankedKey), recent: index.mentions.map(recentKey) }));
      tally(delta, index.mentions, 1);
      out.push({ id: a.id, updated: old !== undefined });
    }
    await writeStats(tx, delta, written, pending);
    pending.push(terms.commit());
  });
  return out;
}

/**
 * Indexes again, with the matcher as it now is, the stored articles of these ids, a batch a
 * transaction: the reader's own saves and deletes may come between two, and are kept.
 */
async function reindex(d: LibraryDb, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += REINDEX_BATCH) {
    const records = await Promise.all(ids.slice(i, i + REINDEX_BATCH).map((id) => d.get('articles', id)));
    await reindexRecords(d, records.filter((r) => r !== undefined));
  }
}

/** Indexes again these stored articles, as read, in one transaction. */
async function reindexRecords(d: LibraryDb, records: ArticleRecord[]): Promise<void> {
  if (records.length > 0) await writeArticles(d, records.map(({ sentences: _, ...a }) => a), true);
}

/** How far indexing every article again with new rules has come: the last id done, in key order. */
interface RulesProgress {
  rules: string;
  after: string;
}

/**
 * Indexes every article again when the index was made with other rules than today's (see
 * indexRules), a batch at a time in id order, and notes today's once all are done. A worker may
 * be stopped at any moment (Chromium stops an idle one after 30 s, and a library of 10,000
 * articles takes minutes): how far it came is noted after each batch, and the next open goes on
 * from there. Whether anything was written.
 */
async function followRules(d: LibraryDb): Promise<boolean> {
  const rules = await indexRules();
  if ((await d.get('meta', 'rules')) === rules) return false;
  const progress = (await d.get('meta', 'rulesProgress')) as RulesProgress | undefined;
  let after = progress?.rules === rules ? progress.after : undefined;
  for (;;) {
    const records = await d.getAll('articles', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), REINDEX_BATCH);
    if (records.length === 0) break;
    await reindexRecords(d, records);
    after = records.at(-1)!.id;
    await d.put('meta', { rules, after } satisfies RulesProgress, 'rulesProgress');
  }
  await d.put('meta', rules, 'rules');
  await d.delete('meta', 'rulesProgress');
  return true;
}

/** Every index key starting with `first`: the second part of each is a number. */
const keyRange = (first: string) => IDBKeyRange.bound([first, -Infinity], [first, Infinity]);

/**
 * The first index keys of a range, in order: the rows a dossier needs are the keys themselves.
 * The raw cursor, since a promise a step (idb's) cost more than the reads at a few dozen keys.
 */
function firstKeys<K>(index: IDBIndex, range: IDBKeyRange, limit: number): Promise<K[]> {
  return new Promise((resolve, reject) => {
    const out: K[] = [];
    if (limit <= 0) return resolve(out);
    const request = index.openKeyCursor(range);
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor) out.push(cursor.key as K);
      if (cursor && out.length < limit) cursor.continue();
      else resolve(out);
    };
    request.onerror = () => reject(request.error);
  });
}
const readTx = (d: LibraryDb) => d.transaction(['meta', 'tail', 'segments', 'postings', 'allPostings'], 'readonly');
type Terms = ReturnType<typeof termReader>;

/**
 * The saved articles that may name an actor called `name`: those with a term for every word of
 * it, in any way the search tokenizer may have stored it (less a proclitic, or with one kept).
 */
async function articlesWithWords(d: LibraryDb, terms: Terms, name: string): Promise<Set<string>> {
  const index = await terms.open(readTx(d));
  let found: Set<string> | undefined;
  for (const word of foldedWords(name)) {
    const spellings = new Set([...readings(word), ...PROCLITIC_CHAINS.map((c) => c.written + word)]);
    const ids = await Promise.all([...spellings].map(async (s) => articlesOf(await index.sources(s), index.idOf)));
    const here = new Set(ids.flat());
    found = found === undefined ? here : new Set([...found].filter((a: string) => here.has(a)));
    if (found.size === 0) break;
  }
  return found ?? new Set();
}

/** Runs `job` alone among the extension's pages and workers (the options page writes too), where the browser can tell. */
function exclusive<T>(name: string, job: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request(name, job) as Promise<T>) : job();
}

export type Library = ReturnType<typeof openLibrary>;

/** The library in the database of this name (another name keeps a test's apart; smaller segments, a test's few articles). */
export function openLibrary(name = DB_NAME, { segmentArticles = SEGMENT_ARTICLES } = {}) {
  let handle: Promise<LibraryDb> | null = null;
  const terms = termReader();
  let sealing: Promise<void> | null = null;
  let again = false;

  /**
   * Seals the tail into segments, indexes again the live articles of half-dead ones, and clears
   * those all dead: after the writes that called for it and apart from them; a write meanwhile
   * runs it again.
   */
  const seal = (): Promise<void> => {
    if (sealing) {
      again = true;
      return sealing;
    }
    sealing = (async () => {
      const d = await db();
      do {
        again = false;
        await exclusive(`siyaq-terms-${name}`, async () => {
          while (await sealSegment(d, segmentArticles));
          const live = await halfDead(d);
          if (live.length > 0) {
            await reindex(d, live);
            again = true;
          }
          await clearGarbage(d);
          // After an update, the articles are indexed again here, apart from the questions,
          // which the index as it was answers meanwhile: a large library takes a while.
          if (await followRules(d)) again = true;
        });
      } while (again);
    })().finally(() => (sealing = null));
    return sealing;
  };
  const sealLater = (): void => void seal().catch(() => undefined);

  const db = (): Promise<LibraryDb> => {
    handle ??= openLibraryDb(name, DB_VERSION, () => (handle = null)).then(async (d) => {
      // Articles an upgrade found without an index are indexed before anything is asked. An
      // upgrade lists every article, so the index is then made with today's rules.
      const pending = await d.get('meta', 'reindex');
      if (Array.isArray(pending)) {
        await reindex(d, pending as string[]);
        await d.put('meta', await indexRules(), 'rules');
        await d.delete('meta', 'reindex');
      }
      // A seal cut short by a stopped worker is taken up again, and so is indexing with new rules.
      setTimeout(sealLater);
      return d;
    });
    handle.catch(() => (handle = null));
    return handle;
  };

  const write = async (articles: SavedArticle[]): Promise<{ id: string; updated: boolean }[]> => {
    const out = await writeArticles(await db(), articles);
    sealLater();
    return out;
  };

  /** After an actor was added, renamed or removed: index again the articles where it was or may be named. */
  const reindexActor = async (d: LibraryDb, names: string[], entity: string, skip: Set<string> = new Set()): Promise<void> => {
    const ids = new Set(await d.getAllKeysFromIndex('mentions', 'rank', keyRange(entity)));
    for (const n of names) for (const id of await articlesWithWords(d, terms, n)) ids.add(id);
    await reindex(d, [...ids].filter((id) => !skip.has(id)));
    sealLater();
  };

  const readArticles = async (d: LibraryDb, ids: Iterable<string>): Promise<Map<string, ArticleRecord>> => {
    const tx = d.transaction('articles');
    const unique = [...new Set(ids)];
    const records = await Promise.all(unique.map((id) => tx.store.get(id)));
    return new Map(records.filter((r) => r !== undefined).map((r) => [r.id, r]));
  };

  const pairs = (spans: number[]): [number, number][] => spans.flatMap((x, i) => (i % 2 === 0 ? [[x, spans[i + 1]!] as [number, number]] : []));

  const library = {
    /** Opens the database now, so that a caller can have it opening while it does something else. */
    async open(): Promise<void> {
      await db();
    },

    async saveArticle(capture: ArticleCapture): Promise<{ id: string; updated: boolean }> {
      const [result] = await library.saveArticles([capture]);
      return result!;
    },

    /** Saves many at once, in one transaction: all or, on a failure, none. */
    async saveArticles(captures: ArticleCapture[]): Promise<{ id: string; updated: boolean }[]> {
      const now = new Date().toISOString();
      const articles = await Promise.all(
        captures.map(async (c) => {
          const checked = v.safeParse(ARTICLE_CAPTURE, c);
          if (!checked.success) throw new LibraryError(`this article cannot be saved: ${problem(checked.issues)}`);
          return { ...checked.output, id: await articleId(c.url), savedAt: now, updatedAt: now };
        }),
      );
      return write(articles);
    },

    /**
     * Resolves once every article is indexed with today's rules, the tail holds less than a
     * segment's worth of articles and no dead segment is left (a bench or a test waits for it).
     */
    async indexed(): Promise<void> {
      await seal();
    },

    async deleteArticles(ids: string[]): Promise<void> {
      const tx = writeTx(await db());
      await committed(tx, async (pending) => {
        const delta = new Map<string, EntityDelta>();
        const terms = termWrites(tx, await readState(tx));
        for (const id of ids) {
          const old = await tx.objectStore('summaries').get(id);
          if (!old) continue;
          await unindex(tx, old, terms, delta, pending);
          pending.push(tx.objectStore('articles').delete(id), tx.objectStore('summaries').delete(id));
        }
        await writeStats(tx, delta, new Map(), pending);
        pending.push(terms.commit());
      });
    },

    /** Newest saved first; `query` matches title, outlet or URL, in any spelling folding makes one. */
    async listArticles({ query = '', offset = 0, limit = 50 }: { query?: string; offset?: number; limit?: number } = {}): Promise<{ articles: SavedArticleSummary[]; total: number; bytes: number }> {
      const all = await (await db()).getAll('summaries');
      const wanted = foldedWords(query).join(' ');
      const matching = wanted === '' ? all : all.filter((s) => foldedWords(`${s.title} ${s.outlet}`).join(' ').includes(wanted) || s.url.toLowerCase().includes(query.trim().toLowerCase()));
      matching.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id));
      return {
        articles: matching.slice(offset, offset + limit).map(({ bytes: _, ...summary }) => summary),
        total: matching.length,
        bytes: (await library.storageUsed()) ?? all.reduce((n, s) => n + s.bytes, 0),
      };
    },

    /** What the browser says the extension's storage takes, where it says. */
    async storageUsed(): Promise<number | null> {
      const estimate = typeof navigator !== 'undefined' ? await navigator.storage?.estimate?.() : undefined;
      return estimate?.usage ?? null;
    },

    async exportPack(): Promise<LibraryPack> {
      const d = await db();
      const [articles, actors] = await Promise.all([d.getAll('articles'), d.getAll('actors')]);
      return { format: 'siyaq-library', version: 1, exportedAt: new Date().toISOString(), articles: articles.map(({ sentences: _, ...a }) => a), actors };
    },

    /**
     * Adds a pack's articles and actors to the library, each record checked: one that fails is
     * left out and said why; a file that is not a pack at all changes nothing.
     */
    async importPack(text: string): Promise<ImportReport> {
      if (text.length > MAX_PACK_CHARS) throw new LibraryError(`this file is ${Math.round(text.length / 1e6)} M characters; a library file is at most ${MAX_PACK_CHARS / 1e6} M`);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new LibraryError('this file is not JSON, so not a Siyaq library');
      }
      const pack = v.safeParse(PACK, json);
      if (!pack.success) throw new LibraryError(`this file is not a library Siyaq can read: ${problem(pack.issues)}`);
      const d = await db();
      const report: ImportReport = { articles: { added: 0, updated: 0 }, actors: { added: 0, updated: 0 }, skipped: [] };

      const actors = await d.getAll('actors');
      const changed: { actor: UserActor; names: string[] }[] = [];
      pack.output.actors.forEach((raw, i) => {
        const checked = v.safeParse(USER_ACTOR, raw);
        if (!checked.success) return void report.skipped.push(`actors[${i}]: ${problem(checked.issues)}`);
        const actor = checked.output;
        try {
          checkActorName(actor.ar, actors, actor.id);
        } catch (e) {
          return void report.skipped.push(`actors[${i}]: ${(e as Error).message}`);
        }
        const k = actors.findIndex((a) => a.id === actor.id);
        if (k >= 0) {
          changed.push({ actor, names: [actors[k]!.ar, actor.ar] });
          actors[k] = actor;
          report.actors.updated++;
        } else {
          changed.push({ actor, names: [actor.ar] });
          actors.push(actor);
          report.actors.added++;
        }
      });

      const articles: SavedArticle[] = [];
      const urls = new Set<string>();
      for (const [i, raw] of pack.output.articles.entries()) {
        const checked = v.safeParse(SAVED_ARTICLE, raw);
        if (!checked.success) report.skipped.push(`articles[${i}]: ${problem(checked.issues)}`);
        else if (urls.has(checked.output.url)) report.skipped.push(`articles[${i}]: the same URL as an article before it`);
        else {
          urls.add(checked.output.url);
          articles.push({ ...checked.output, id: await articleId(checked.output.url) });
        }
      }

      if (changed.length > 0) {
        const tx = d.transaction('actors', 'readwrite');
        await committed(tx, async (pending) => void pending.push(...changed.map((c) => tx.store.put(c.actor))));
      }
      let written = 0;
      try {
        for (let i = 0; i < articles.length; i += BATCH) {
          for (const r of await write(articles.slice(i, i + BATCH))) report.articles[r.updated ? 'updated' : 'added']++;
          written = i + BATCH;
        }
      } catch (e) {
        if (e instanceof LibraryError) throw new LibraryError(`${e.message} (${Math.min(written, articles.length)} of the file's ${articles.length} articles were imported)`);
        throw e;
      }
      const imported = new Set(articles.map((a) => a.id));
      for (const c of changed) await reindexActor(d, c.names, c.actor.id, imported);
      return report;
    },

    async listActors(): Promise<UserActor[]> {
      return (await db()).getAll('actors');
    },

    async addActor({ type, ar, en }: ActorFields): Promise<UserActor> {
      const d = await db();
      const actors = await d.getAll('actors');
      checkActorName(ar, actors);
      const name = ar.trim();
      const english = en?.trim() || null;
      const actor = v.parse(USER_ACTOR, { id: actorId(name, english, new Set(actors.map((a) => a.id))), type, ar: name, en: english, addedAt: new Date().toISOString() });
      await d.put('actors', actor);
      await reindexActor(d, [actor.ar], actor.id);
      return actor;
    },

    async updateActor(id: string, { type, ar, en }: ActorFields): Promise<UserActor> {
      const d = await db();
      const actors = await d.getAll('actors');
      const old = actors.find((a) => a.id === id);
      if (!old) throw new LibraryError(`there is no actor ${id}`);
      checkActorName(ar, actors, id);
      const actor = v.parse(USER_ACTOR, { ...old, type, ar: ar.trim(), en: en?.trim() || null });
      await d.put('actors', actor);
      if (actor.ar !== old.ar) await reindexActor(d, [old.ar, actor.ar], id);
      return actor;
    },

    async removeActor(id: string): Promise<void> {
      const d = await db();
      const old = await d.get('actors', id);
      if (!old) return;
      await d.delete('actors', id);
      await reindexActor(d, [old.ar], id);
    },

    /** What the saved articles say of an entity (at most {@link KEPT_MOMENTS} moments); null where none names it. */
    async dossier(entity: string, opts: { passages: number; timeline: number }): Promise<SavedDossier | null> {
      const tx = (await db()).transaction(['entities', 'shown']);
      const [stats, shown] = await Promise.all([tx.objectStore('entities').get(entity), tx.objectStore('shown').get(entity)]);
      if (!stats || !shown || stats.ranked.length === 0) return null;
      const views = stats.ranked.map(([, , article, sentence, ...spans]) => ({ ...shown.rows[rowKey(article, sentence)]!, mentions: pairs(spans) }));
      const passages = dropNearDuplicates(views, (p) => shingles(tokenize(p.text).map((t) => t.stem))).slice(0, opts.passages);
      const timeline = stats.recent
        .slice(0, opts.timeline)
        .map(([, , article, sentence, date, inferred]) => {
          const { text, title, outlet, url } = shown.rows[rowKey(article, sentence)]!;
          return { date, inferred: inferred === 1, text, title, outlet, url };
        })
        .sort((a, b) => a.date.localeCompare(b.date));
      const related = Object.entries(stats.related)
        .map(([id, shared]) => ({ id, shared }))
        .sort((a, b) => b.shared - a.shared || a.id.localeCompare(b.id))
        .slice(0, MAX_RELATED);
      return { passages, timeline, related };
    },

    /** BM25 over the saved sentences, each term read from the articles where it weighs most. */
    async search(text: string, opts: { passages: number }): Promise<(SavedPassage & { score: number })[]> {
      const d = await db();
      const tx = readTx(d);
      const index = await terms.open(tx);
      const n = index.articles;
      const asked = [...new Set(tokenize(text).flatMap((t) => readings(t.folded)))];
      const found = await Promise.all(
        asked.map(async (term) => {
          let sources = await index.sources(term);
          for (;;) {
            const { df, top, needs } = topPostings(sources, index.idOf, PER_TERM);
            if (needs.length === 0) return top.map((p) => ({ p, weight: idf(n, df) }));
            sources = await index.complete(term, sources, needs);
          }
        }),
      );
      const scores = new Map<string, { article: string; sentence: number; score: number }>();
      for (const { p, weight } of found.flat()) {
        for (let i = 0; i < p.hits.length; i += 2) {
          const key = rowKey(p.id, p.hits[i]!);
          const s = scores.get(key) ?? { article: p.id, sentence: p.hits[i]!, score: 0 };
          s.score += weight * weightOf(p.hits[i + 1]!);
          scores.set(key, s);
        }
      }
      const best = [...scores.values()].sort((a, b) => b.score - a.score || a.article.localeCompare(b.article) || a.sentence - b.sentence).slice(0, opts.passages);
      const articles = await readArticles(d, best.map((b) => b.article));
      return best.filter((b) => articles.has(b.article)).map((b) => ({ ...shownRow(articles.get(b.article)!, b.sentence, false), mentions: [], score: b.score }));
    },

    /** Closes the connection (a test deleting its database; the next call opens it again). */
    async close(): Promise<void> {
      const open = handle;
      handle = null;
      if (open) (await open).close();
    },
  };
  return library;
}
