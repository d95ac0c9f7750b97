/**
 * Actors that share sentences with an actor, weighted tf-idf style: a shared sentence with a
 * rare actor (Burns) tells more than one with an actor named everywhere (Gaza, Israel).
 */
const MAX_RELATED = 10;

export interface Related {
  entity: number;
  score: number;
  shared: number;
}

/**
 * @param sentencesOf for each entity, the sentences naming it
 * @param total number of sentences in the corpus
 */
export function relatedActors(entity: number, sentencesOf: Set<number>[], total: number): Related[] {
  const mine = sentencesOf[entity]!;
  const out: Related[] = [];
  sentencesOf.forEach((theirs, other) => {
    if (other === entity || theirs.size === 0) return;
    let shared = 0;
    for (const s of mine) if (theirs.has(s)) shared++;
    if (shared > 0) out.push({ entity: other, shared, score: shared * Math.log(total / theirs.size) });
  });
  return out
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || b.shared - a.shared || a.entity - b.entity)
    .slice(0, MAX_RELATED);
}
