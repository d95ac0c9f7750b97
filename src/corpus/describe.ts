/**
 * Chooses, among the roles the corpus writes next to an actor's name, the one that describes it
 * best overall and the one each article gives. A role also counts as support for every longer
 * role it begins (وزير الخارجية → وزير الخارجية الأميركي), so the fullest common wording wins.
 */
import { foldWord } from '../text/fold';

export interface RoleSighting {
  text: string;
  article: number;
  sentence: number;
}

export function bestRole(sightings: RoleSighting[]): RoleSighting | null {
  const folded = sightings.map((s) => foldWord(s.text));
  let best = -1;
  let bestSupport = 0;
  let bestWords = 0;
  folded.forEach((me, i) => {
    const support = folded.filter((f) => f === me || me.startsWith(`${f} `)).length;
    const words = me.split(' ').length;
    if (support > bestSupport || (support === bestSupport && words > bestWords)) [best, bestSupport, bestWords] = [i, support, words];
  });
  return best < 0 ? null : sightings[best]!;
}

/** The best role of each article that gives one, ordered by the articles' dates. */
export function rolesByArticle(sightings: RoleSighting[], dateOf: (article: number) => string): RoleSighting[] {
  const articles = [...new Set(sightings.map((s) => s.article))];
  return articles
    .map((a) => bestRole(sightings.filter((s) => s.article === a))!)
    .sort((x, y) => dateOf(x.article).localeCompare(dateOf(y.article)) || x.sentence - y.sentence);
}
