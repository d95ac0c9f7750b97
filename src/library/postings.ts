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
 * Postings kept at the head of a term's record in a segment: a search takes the best 200 of a
 * term across the segments (some 80 at 10 000 articles), a few from each, and reads the rest of
 * a segment's only when its head runs out first (a common word's whole list, in every segment,
 * was megabytes a search; heads of 8 ran out in most segments, a second read each).
 */
export const HEAD_POSTINGS = 24;

/** A term's postings in a segment: `[seq, best, hit count, ...hits]` a posting, in rank order. */
export interface SegmentTerm {
  n: number;
  /** Every article of the segment having the term, ascending: its document frequency without the postings. */
  seqs: Uint32Array;
  /** The first {@link HEAD_POSTINGS} postings. */
  head: Uint32Array;
  /** All of them, where there are more than the head holds. */
  all: Uint32Array | null;
}

/** A segment's postings of each term, in rank order, so that a search stops reading a term once it has the articles it takes. */
export function segmentPostings(articles: { seq: number; id: string; terms: PackedTerms }[]): Map<string, SegmentTerm> {
  const byTerm = new Map<string, Posting[]>();
  for (const { seq, id, terms } of articles) {
    termsOf(terms).forEach((term, k) => {
      const hits = terms.hits.subarray(terms.offsets[k], terms.offsets[k + 1]);
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      list.push({ seq, id, best: bestOf(hits), hits });
    });
  }
  const out = new Map<string, SegmentTerm>();
  for (const [term, list] of byTerm) {
    list.sort(byRank);
    const data = new Uint32Array(list.reduce((n, p) => n + 3 + p.hits.length, 0));
    let at = 0;
    let head = 0;
    list.forEach((p, k) => {
      data.set([p.seq, p.best, p.hits.length], at);
      data.set(p.hits, at + 3);
      at += 3 + p.hits.length;
      if (k < HEAD_POSTINGS) head = at;
    });
    const seqs = Uint32Array.from(list, (p) => p.seq).sort();
    out.set(term, { n: list.length, seqs, head: data.slice(0, head), all: list.length > HEAD_POSTINGS ? data : null });
  }
  return out;
}

/** The postings of a segment record, in its order. */
function* readSegment(data: Uint32Array, idOf: (seq: number) => string): Generator<Posting> {
  for (let at = 0; at < data.length; at += 3 + data[at + 2]!) {
    yield { seq: data[at]!, id: idOf(data[at]!), best: data[at + 1]!, hits: data.subarray(at + 3, at + 3 + data[at + 2]!) };
  }
}

/** One segment's record of a term as a search has it: the head alone (`complete` false) or every posting. */
export interface SegmentSource {
  seg: number;
  seqs: Uint32Array;
  data: Uint32Array;
  complete: boolean;
  /** The segment's articles deleted or saved again since it was sealed. */
  dead: Set<number>;
}

/** A term's postings where a search finds them: the segments' records, and the unsealed articles having it. */
export interface TermSources {
  segments: SegmentSource[];
  tail: { seq: number; id: string; hits: Uint32Array }[];
}

/** The live articles of a segment having the term. */
const liveSeqs = (s: SegmentSource): number[] => (s.dead.size === 0 ? [...s.seqs] : [...s.seqs].filter((q) => !s.dead.has(q)));

/**
 * The term's `limit` best postings of live articles, in rank order, and in how many live
 * articles it is (its document frequency). Where a segment's head ran out before the best were
 * all taken, `needs` names the segments whose every posting must be read to take them.
 */
export function topPostings(sources: TermSources, idOf: (seq: number) => string, limit: number): { df: number; top: Posting[]; needs: number[] } {
  const df = sources.tail.length + sources.segments.reduce((n, s) => n + (s.dead.size === 0 ? s.seqs.length : liveSeqs(s).length), 0);
  const streams: Iterator<Posting>[] = sources.segments.map((s) => {
    const all = readSegment(s.data, idOf);
    return s.dead.size === 0 ? all : (function* () {
      for (const p of all) if (!s.dead.has(p.seq)) yield p;
    })();
  });
  streams.push(sources.tail.map((t) => ({ ...t, best: bestOf(t.hits) })).sort(byRank)[Symbol.iterator]());
  const heads = streams.map((s) => s.next());
  const top: Posting[] = [];
  while (top.length < limit) {
    const needs = sources.segments.filter((s, i) => heads[i]!.done && !s.complete).map((s) => s.seg);
    if (needs.length > 0) return { df, top: [], needs };
    let pick = -1;
    heads.forEach((h, i) => {
      if (!h.done && (pick < 0 || before(h.value, (heads[pick] as IteratorYieldResult<Posting>).value))) pick = i;
    });
    if (pick < 0) break;
    top.push((heads[pick] as IteratorYieldResult<Posting>).value);
    heads[pick] = streams[pick]!.next();
  }
  return { df, top, needs: [] };
}

/** Every live article having the term, whatever its weight there. */
export function articlesOf(sources: TermSources, idOf: (seq: number) => string): string[] {
  return [...sources.tail.map((t) => t.id), ...sources.segments.flatMap((s) => liveSeqs(s).map(idOf))];
}

export const weightOf = (milli: number): number => milli / MILLI;
