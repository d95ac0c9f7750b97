/**
 * The reader's own actors as entities the engine finds like the catalogue's: the Arabic name is
 * the form, and the matcher gives it the same clitic and spelling rules (وبـ…, للـ…, hamza and ya
 * variants). They are matched apart from the catalogue (a small matcher the background compiles),
 * and their mentions merged with the catalogue's, the longer winning where two overlap.
 */
import type { UserActor } from '../library/types';
import type { CatalogueEntity } from './catalogue-types';
import type { Mention } from './matcher';

export function actorEntities(actors: readonly UserActor[]): CatalogueEntity[] {
  // No English name is none: the card and sidebar leave the line out rather than repeat the Arabic.
  return actors.map((a) => ({ id: a.id, type: a.type, ar: a.ar, en: a.en ?? '', forms: [{ text: a.ar, kind: 'name' as const }] }));
}

/** Two mention lists, each in order and non-overlapping, as one: leftmost first, then longest. */
export function mergeMentions(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  if (b.length === 0) return [...a];
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const out: Mention[] = [];
  for (const m of all) {
    const last = out.at(-1);
    if (!last || m.start >= last.end) out.push(m);
    else if (m.start === last.start && m.end > last.end) out[out.length - 1] = m;
  }
  return out;
}
