/**
 * The library's search postings, packed into typed arrays: IndexedDB copies a typed array as one
 * block of memory, where a list of numbers is cloned number by number (a 250 000-number list
 * took 12 ms to read, the same numbers in a Uint32Array under 2). Two shapes: an article's own
 * terms (what a save writes, one record), and one term's postings in a segment of many articles
 * (what a search reads, one record a segment), in the order a search takes them.
 */
import type { TermRecord } from './db';

/** Weights are kept to three decimals (the indexer's rounding): as whole thousandths they pack exactly. */
const MILLI = 1000;

/** An article's terms: `terms` is `\n`-delimited, term k's hits are `hits[offsets[k]..offsets[k + 1]]`. */
export interface PackedTerms {
  terms: string;
  /** Where each term starts in `terms`. */
  starts: Uint32Array;
  offsets: Uint32Array;
  /** `[sentence, weight in thousandths, ...]`. */
  hits: Uint32Array;
}

export function packTerms(records: TermRecord[]): PackedTerms {
  const starts = new Uint32Array(records.length);
  const offsets = new Uint32Array(records.length + 1);
  let length = 1;
  let hitCount = 0;
  records.forEach((r, k) => {
    starts[k] = length;
    length += r.term.length + 1;
    offsets[k] = hitCount;
    hitCount += r.hits.length;
  });
  offsets[records.length] = hitCount;
  const hits = new Uint32Array(hitCount);
  let h = 0;
  for (const r of records) for (let i = 0; i < r.hits.length; i += 2, h += 2) {
    hits[h] = r.hits[i]!;
    hits[h + 1] = Math.round(r.hits[i + 1]! * MILLI);
  }
  return { terms: `\n${records.map((r) => r.term).join('\n')}\n`, starts, offsets, hits };
}

/** The hits of one term in an article, or null where it has none; a string search, no map built. */
export function hitsOf(p: PackedTerms, term: string): Uint32Array | null {
  const at = p.terms.indexOf(`\n${term}\n`) + 1;
  if (at === 0) return null;
  let lo = 0;
  let hi = p.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return p.hits.subarray(p.offsets[lo], p.offsets[lo + 1]);
}

/** The terms of an article, in its order. */
export const termsOf = (p: PackedTerms): string[] => p.terms.slice(1, -1).split('\n');

const bestOf = (hits: Uint32Array): number => {
  let best = 0;
  for (let i = 1; i < hits.length; i += 2) best = Math.max(best, hits[i]!);
  return best;
};

/** One article's hits of a term, as postings are merged and ranked. */
export interface Posting {
  seq: number;
  id: string;
  best: number;
  hits: Uint32Array;
}

/** Where the term weighs most first; equal weights in article id order (as the index of version 2 read them). */
const before = (a: { best: number; id: string }, b: { best: number; id: string }): boolean => a.best > b.best || (a.best === b.best && a.id < b.id);
const byRank = (a: Posting, b: Posting): number => (before(a, b) ? -1 : before(b, a) ? 1 : 0);

/**
 * A segment's postings of each term: `[seq, best, hit count, ...hits]` a posting, in rank order,
 * so that a search stops reading a term once it has the articles it takes.
 */
export function segmentPostings(articles: { seq: number; id: string; terms: PackedTerms }[]): Map<string, { n: number; data: Uint32Array }> {
  const byTerm = new Map<string, Posting[]>();
  for (const { seq, id, terms } of articles) {
    termsOf(terms).forEach((term, k) => {
      const hits = terms.hits.subarray(terms.offsets[k], terms.offsets[k + 1]);
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      list.push({ seq, id, best: bestOf(hits), hits });
    });
  }
  const out = new Map<string, { n: number; data: Uint32Array }>();
  for (const [term, list] of byTerm) {
    list.sort(byRank);
    const data = new Uint32Array(list.reduce((n, p) => n + 3 + p.hits.length, 0));
    let at = 0;
    for (const p of list) {
      data.set([p.seq, p.best, p.hits.length], at);
      data.set(p.hits, at + 3);
      at += 3 + p.hits.length;
    }
    out.set(term, { n: list.length, data });
  }
  return out;
}

/** The postings of a segment record, in its order. */
function* readSegment(data: Uint32Array, idOf: (seq: number) => string): Generator<Posting> {
  for (let at = 0; at < data.length; at += 3 + data[at + 2]!) {
    yield { seq: data[at]!, id: idOf(data[at]!), best: data[at + 1]!, hits: data.subarray(at + 3, at + 3 + data[at + 2]!) };
  }
}

/** A term's postings where a search finds them: the segments' records, and the unsealed articles having it. */
export interface TermSources {
  segments: { n: number; data: Uint32Array; dead: Set<number> }[];
  tail: { seq: number; id: string; hits: Uint32Array }[];
}

/**
 * The term's `limit` best postings of live articles, in rank order, and in how many live
 * articles it is (its document frequency): each segment is read only as far as it must be.
 */
export function topPostings(sources: TermSources, idOf: (seq: number) => string, limit: number): { df: number; top: Posting[] } {
  let df = sources.tail.length;
  const live = (dead: Set<number>, it: Generator<Posting>): Generator<Posting> | Iterator<Posting> =>
    dead.size === 0 ? it : (function* () {
      for (const p of it) if (!dead.has(p.seq)) yield p;
    })();
  const streams: Iterator<Posting>[] = [];
  for (const s of sources.segments) {
    if (s.dead.size === 0) df += s.n;
    else for (const p of readSegment(s.data, idOf)) if (!s.dead.has(p.seq)) df++;
    streams.push(live(s.dead, readSegment(s.data, idOf)));
  }
  streams.push(sources.tail.map((t) => ({ ...t, best: bestOf(t.hits) })).sort(byRank)[Symbol.iterator]());
  const heads = streams.map((s) => s.next());
  const top: Posting[] = [];
  while (top.length < limit) {
    let pick = -1;
    heads.forEach((h, i) => {
      if (!h.done && (pick < 0 || before(h.value, (heads[pick] as IteratorYieldResult<Posting>).value))) pick = i;
    });
    if (pick < 0) break;
    top.push((heads[pick] as IteratorYieldResult<Posting>).value);
    heads[pick] = streams[pick]!.next();
  }
  return { df, top };
}

/** Every live article having the term, whatever its weight there. */
export function articlesOf(sources: TermSources, idOf: (seq: number) => string): string[] {
  const ids = sources.tail.map((t) => t.id);
  for (const s of sources.segments) for (const p of readSegment(s.data, idOf)) if (!s.dead.has(p.seq)) ids.push(p.id);
  return ids;
}

export const weightOf = (milli: number): number => milli / MILLI;
