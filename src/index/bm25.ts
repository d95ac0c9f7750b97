/**
 * BM25 over the corpus sentences: postings are built once at index time, scoring is a walk
 * over the postings of the query's terms.
 */
const K1 = 1.2;
const B = 0.75;

export interface Postings {
  postings: Record<string, number[]>;
  lengths: number[];
}

export function buildPostings(docs: string[][]): Postings {
  const postings = new Map<string, number[]>();
  docs.forEach((terms, d) => {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      const list = postings.get(t) ?? [];
      postings.set(t, list);
      list.push(d, n);
    }
  });
  return { postings: Object.fromEntries(postings), lengths: docs.map((d) => d.length) };
}

/**
 * The term-frequency part of a document's BM25 score for one term (its idf left out): the
 * library stores it per sentence at save time, against a fixed average length, since the
 * average of a growing library is not known when an article is saved.
 */
export function termWeight(tf: number, length: number, averageLength: number): number {
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
}

/** The BM25 idf of a term found in `df` of `n` documents. */
export const idf = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

export interface Bm25 {
  /** Whether any document has the term. */
  has(term: string): boolean;
  /** Documents scoring above zero for the terms, best first. */
  score(terms: string[]): { doc: number; score: number }[];
}

export function bm25(p: Postings): Bm25 {
  // The index arrives as JSON, whose postings object inherits Object.prototype: a query term is
  // asked of its own entries only («constructor» is a word, not Object).
  const postings = new Map(Object.entries(p.postings));
  const n = p.lengths.length;
  const avg = p.lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  return {
    has: (term) => postings.has(term),
    score(terms) {
      const scores = new Map<number, number>();
      for (const t of new Set(terms)) {
        const list = postings.get(t);
        if (!list) continue;
        const weight = idf(n, list.length / 2);
        for (let i = 0; i < list.length; i += 2) {
          const d = list[i]!;
          scores.set(d, (scores.get(d) ?? 0) + weight * termWeight(list[i + 1]!, p.lengths[d]!, avg));
        }
      }
      return [...scores].map(([doc, score]) => ({ doc, score })).sort((a, b) => b.score - a.score || a.doc - b.doc);
    },
  };
}
