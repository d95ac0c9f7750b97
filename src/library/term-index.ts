/**
 * The term index in the database: a save's one tail record, the background sealing of the tail
 * into segments and clearing of dead ones, and what a search reads of a term. Segments and tail
 * records never change once written, so a library instance keeps those it has read and, after a
 * wake, reads only the records a question needs: nothing is rebuilt from every article.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { LibraryDb, LibrarySchema, SegmentRecord, SegmentSpan, TailRecord, TermIndexState, TermRecord } from './db';
import { packTerms, segmentPostings, hitsOf, type TermSources } from './postings';

/**
 * Articles a segment seals: more make fewer records a search reads (at 128, some 80 heads a term
 * at 10 000 articles), fewer a cheaper wake (the tail is read whole by the first search).
 */
export const SEGMENT_ARTICLES = 512;
/** Postings records written per transaction while sealing, so that a save never waits long behind one. */
const CHUNK = 256;
const STATE = 'terms';

/** A transaction over the stores each function names (the type can't say which without a list of its own). */
type Tx<M extends IDBTransactionMode> = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], M>;

const fresh = (): TermIndexState => ({ nextSeq: 1, nextSegment: 1, segments: [], dead: [], garbage: [] });

const within = (s: SegmentSpan, seq: number): boolean => seq >= s.from && seq <= s.to;
const deadIn = (state: TermIndexState, s: SegmentSpan): number => state.dead.filter((q) => within(s, q)).length;

export async function readState(tx: Tx<IDBTransactionMode>): Promise<TermIndexState> {
  return ((await tx.objectStore('meta').get(STATE)) as TermIndexState | undefined) ?? fresh();
}

/** The writes of one transaction to the term index; `commit` writes the state back. */
export function termWrites(tx: Tx<'readwrite'>, state: TermIndexState) {
  const tail = tx.objectStore('tail');
  return {
    /** Adds an article's terms to the tail; its number is what its summary keeps. */
    add(id: string, terms: TermRecord[]): { seq: number; bytes: number; done: Promise<unknown> } {
      const record: TailRecord = { seq: state.nextSeq++, id, ...packTerms(terms) };
      return { seq: record.seq, bytes: record.terms.length * 2 + (record.starts.length + record.offsets.length + record.hits.length) * 4, done: tail.put(record) };
    },
    /** Takes an article's terms out: from the tail where they are still there, else marked dead in their segment. */
    async drop(seq: number): Promise<void> {
      if ((await tail.count(seq)) > 0) await tail.delete(seq);
      else state.dead.push(seq);
    },
    /**
     * Writes the state back. A segment all of whose articles are dead is no longer listed (a
     * search would read it for nothing), and its records are left to {@link clearGarbage}.
     */
    commit(): Promise<unknown> {
      const gone = state.segments.filter((s) => deadIn(state, s) === s.size);
      if (gone.length > 0) {
        state.segments = state.segments.filter((s) => !gone.includes(s));
        state.dead = state.dead.filter((q) => !gone.some((s) => within(s, q)));
        state.garbage.push(...gone.map((s) => s.id));
      }
      return tx.objectStore('meta').put(state, STATE);
    },
  };
}

/**
 * The live articles of the segments at least half dead: indexed again, they go to the tail, and
 * the segment, all dead, is cleared (a half-dead segment's heads run out, and its dead postings
 * take room, for as long as it is listed).
 */
export async function halfDead(d: LibraryDb): Promise<string[]> {
  const tx = d.transaction(['meta', 'segments']);
  const state = await readState(tx);
  const dead = new Set(state.dead);
  const records = await Promise.all(state.segments.filter((s) => deadIn(state, s) * 2 >= s.size).map((s) => tx.objectStore('segments').get(s.id)));
  return records.flatMap((r) => {
    const ids = r!.ids.split('\n');
    return [...r!.seqs].flatMap((q, i) => (dead.has(q) ? [] : [ids[i]!]));
  });
}

/** Deletes the records of segments no longer listed, a chunk of terms a transaction. */
export async function clearGarbage(d: LibraryDb): Promise<void> {
  const [seg] = ((await d.get('meta', STATE)) as TermIndexState | undefined)?.garbage ?? [];
  if (seg === undefined) return;
  const terms = (await d.get('segmentTerms', seg))?.terms.split('\n') ?? [];
  for (let i = 0; i < terms.length; i += CHUNK) {
    const tx = d.transaction(['postings', 'allPostings'], 'readwrite');
    const keys = terms.slice(i, i + CHUNK).map((t): [string, number] => [t, seg]);
    await Promise.all([...keys.flatMap((k) => [tx.objectStore('postings').delete(k), tx.objectStore('allPostings').delete(k)]), tx.done]);
  }
  const tx = d.transaction(['meta', 'segments', 'segmentTerms'], 'readwrite');
  const state = await readState(tx);
  state.garbage = state.garbage.filter((g) => g !== seg);
  await Promise.all([tx.objectStore('segments').delete(seg), tx.objectStore('segmentTerms').delete(seg), tx.objectStore('meta').put(state, STATE), tx.done]);
  await clearGarbage(d);
}

/**
 * Seals the oldest tail articles into a segment, if there are a segment's worth: true when it
 * did. The postings are written before the segment is listed, a chunk a transaction; until the
 * last, searches read those articles from the tail. A seal cut short (the worker stopped) leaves
 * postings of a segment never listed, which no search reads and the next seal hands to
 * {@link clearGarbage} (only one seals at a time, so a claim still open at the next is dead).
 */
export async function sealSegment(d: LibraryDb, size: number): Promise<boolean> {
  // Counted first, read-only: this runs after every save, and most find the tail short.
  if ((await d.count('tail')) < size) return false;
  const claim = d.transaction(['meta', 'tail'], 'readwrite');
  const state = await readState(claim);
  const records = await claim.objectStore('tail').getAll(null, size);
  if (records.length < size) return false;
  const seg = state.nextSegment++;
  if (state.sealing !== undefined) state.garbage.push(state.sealing);
  state.sealing = seg;
  await Promise.all([claim.objectStore('meta').put(state, STATE), claim.done]);

  // Its terms before any of its postings: what clearing a seal cut short deletes.
  const postings = [...segmentPostings(records.map((r) => ({ seq: r.seq, id: r.id, terms: r })))];
  await d.put('segmentTerms', { id: seg, terms: postings.map(([term]) => term).join('\n') });

  for (let i = 0; i < postings.length; i += CHUNK) {
    const tx = d.transaction(['postings', 'allPostings'], 'readwrite');
    const writes = postings.slice(i, i + CHUNK).flatMap(([term, p]) => [
      tx.objectStore('postings').put({ term, seg, seqs: p.seqs, head: p.head, complete: p.all === null }),
      ...(p.all ? [tx.objectStore('allPostings').put({ term, seg, data: p.all })] : []),
    ]);
    await Promise.all([...writes, tx.done]);
  }

  const flip = d.transaction(['meta', 'tail', 'segments'], 'readwrite');
  const now = await readState(flip);
  delete now.sealing;
  const span: SegmentSpan = { id: seg, from: records[0]!.seq, to: records.at(-1)!.seq, size: records.length };
  const range = IDBKeyRange.bound(span.from, span.to);
  const kept = new Set(await flip.objectStore('tail').getAllKeys(range));
  // Deleted or saved again while this was sealing: in the segment, but no longer live.
  now.dead.push(...records.filter((r) => !kept.has(r.seq)).map((r) => r.seq));
  now.segments.push(span);
  const segment: SegmentRecord = { id: seg, seqs: Uint32Array.from(records, (r) => r.seq), ids: records.map((r) => r.id).join('\n') };
  await Promise.all([
    flip.objectStore('segments').put(segment),
    flip.objectStore('tail').delete(range),
    flip.objectStore('meta').put(now, STATE),
    flip.done,
  ]);
  return true;
}

/** What a search reads: the state, then each term's sources; the records already read are kept. */
export function termReader() {
  const tail = new Map<number, TailRecord>();
  /** Segments whose ids are in `ids`. */
  const read = new Set<number>();
  // An article number's id never changes: kept for good, so that a question still running on
  // the state before a seal finds the ids another one's reading has moved.
  const ids = new Map<number, string>();

  return {
    async open(tx: Tx<'readonly'>) {
      const [state, tailKeys] = await Promise.all([readState(tx), tx.objectStore('tail').getAllKeys()]);
      const listed = new Set(state.segments.map((s) => s.id));
      const kept = new Set(tailKeys);
      for (const k of tail.keys()) if (!kept.has(k)) tail.delete(k);
      // This state's tail, taken now: the cache may move on under a question still running.
      const [unsealed, newSegments] = await Promise.all([
        Promise.all(tailKeys.map((k) => tail.get(k) ?? tx.objectStore('tail').get(k).then((r) => r!))),
        Promise.all([...listed].filter((s) => !read.has(s)).map((s) => tx.objectStore('segments').get(s))),
      ]);
      for (const r of unsealed) {
        tail.set(r.seq, r);
        ids.set(r.seq, r.id);
      }
      for (const s of newSegments) if (s) {
        const list = s.ids.split('\n');
        read.add(s.id);
        s.seqs.forEach((q, i) => ids.set(q, list[i]!));
      }
      const dead = new Map<number, Set<number>>();
      for (const q of state.dead) {
        const s = state.segments.find((span) => within(span, q))!.id;
        dead.set(s, (dead.get(s) ?? new Set()).add(q));
      }
      const none = new Set<number>();
      const postings = tx.objectStore('postings');
      return {
        /** Live articles: counted from what was read, where counting the summaries walked every key. */
        articles: unsealed.length + state.segments.reduce((n, s) => n + s.size, 0) - state.dead.length,
        idOf: (seq: number): string => ids.get(seq)!,
        /** A term's heads in every segment, and the tail's hits of it. */
        async sources(term: string): Promise<TermSources> {
          const records = await postings.getAll(IDBKeyRange.bound([term, 0], [term, Infinity]));
          return {
            segments: records
              .filter((r) => listed.has(r.seg))
              .map((r) => ({ seg: r.seg, seqs: r.seqs, data: r.head, complete: r.complete, dead: dead.get(r.seg) ?? none })),
            tail: unsealed.flatMap((r) => {
              const hits = hitsOf(r, term);
              return hits ? [{ seq: r.seq, id: r.id, hits }] : [];
            }),
          };
        },
        /** The same, with every posting of these segments. */
        async complete(term: string, sources: TermSources, segs: number[]): Promise<TermSources> {
          const all = await Promise.all(segs.map((seg) => tx.objectStore('allPostings').get([term, seg])));
          const bySeg = new Map(all.map((r, i) => [segs[i]!, r!.data]));
          return { ...sources, segments: sources.segments.map((s) => (bySeg.has(s.seg) ? { ...s, data: bySeg.get(s.seg)!, complete: true } : s)) };
        },
      };
    },
  };
}
