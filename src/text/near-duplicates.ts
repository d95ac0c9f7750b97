/**
 * Near-duplicate sentences (the same wire copy in two articles, a lead restated) by Jaccard
 * similarity of their word-pair shingles.
 */
const THRESHOLD = 0.5;

export function shingles(terms: string[]): Set<string> {
  const out = new Set<string>();
  if (terms.length === 1) out.add(terms[0]!);
  for (let i = 0; i + 1 < terms.length; i++) out.add(`${terms[i]} ${terms[i + 1]}`);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Keeps, in order, each item not near-identical to one kept before it. */
export function dropNearDuplicates<T>(ranked: T[], shinglesOf: (item: T) => Set<string>): T[] {
  const kept: { item: T; sh: Set<string> }[] = [];
  for (const item of ranked) {
    const sh = shinglesOf(item);
    if (!kept.some((k) => jaccard(k.sh, sh) >= THRESHOLD)) kept.push({ item, sh });
  }
  return kept.map((k) => k.item);
}
