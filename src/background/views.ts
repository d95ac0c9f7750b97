/**
 * Turns the corpus query's answers into what the card and the sidebar show: the shapes of the
 * message protocol, so the UI never depends on the index's internals.
 */
import type { Dossier, CorpusQuery, SearchResult, SentenceRef } from '../index/query';
import { rolesOn, type Offices, type RolesOn } from '../dated/offices';
import type { CardSummary, EntityDossier, PassageRef, PassageView, RelatedEntity, SearchResults, TimelineItem } from '../messages/protocol';
import { entityRef, type EntityRef } from '../match/catalogue-types';
import { foldedWords } from '../text/words';
import { KEPT_MOMENTS, type SavedDossier, type SavedPassage, type SavedTimelineItem } from '../library/library';
import type { UserActor } from '../library/types';

// The sidebar shows this many passages; the card, one.
export const SIDEBAR_PASSAGES = 8;

const passageRef = (s: SentenceRef): PassageRef => ({
  text: s.text,
  title: s.title,
  titleStatus: s.titleStatus,
  outlet: s.outlet,
  date: s.date,
  dateStatus: s.dateStatus,
  url: null,
});

const passageView = (s: SentenceRef, mentions: [number, number][], before: SentenceRef | null, after: SentenceRef | null): PassageView => ({
  ...passageRef(s),
  articleId: s.articleId,
  mentions,
  before: before?.text ?? null,
  after: after?.text ?? null,
});

function cardSummary(dossier: Dossier, roles: RolesOn | null): CardSummary {
  const first = dossier.passages[0];
  return { id: dossier.entity.id, description: dossier.description?.text ?? null, passage: first ? passageRef(first) : null, roles };
}

function entityDossier(dossier: Dossier, roles: RolesOn | null): EntityDossier {
  return {
    datedRoles: roles,
    ...dossier.entity,
    description: dossier.description && { text: dossier.description.text, source: passageRef(dossier.description.sentence) },
    // A role is listed when it changes: four articles calling Netanyahu prime minister are one entry.
    roles: dossier.roles
      .filter((r, i) => i === 0 || r.text !== dossier.roles[i - 1]!.text)
      .map((r) => ({ text: r.text, date: r.date, dateStatus: r.dateStatus, title: r.sentence.title, titleStatus: r.sentence.titleStatus })),
    passages: dossier.passages.map((p) => passageView(p, p.mentions.map((m) => [m.start, m.end]), p.before, p.after)),
    related: dossier.related,
    // A moment the passages already quote word for word is not told twice.
    timeline: dossier.timeline.filter((item) => !dossier.passages.some((p) => p.text === item.sentence.text)).map((item) => ({
      date: item.date,
      inferred: item.inferred,
      text: item.sentence.text,
      title: item.sentence.title,
      titleStatus: item.sentence.titleStatus,
      outlet: item.sentence.outlet,
      url: null,
    })),
  };
}

function searchResults(result: SearchResult): SearchResults {
  return {
    entities: result.entities,
    passages: result.passages.map((p) => passageView(p, [], null, null)),
  };
}

/** A person's dated offices on `date`, or null where the dated facts say nothing of them. */
function datedRoles(offices: Offices, id: string, date: string): RolesOn | null {
  const roles = rolesOn(offices, id, date);
  const known = roles.current.length + roles.former.length + roles.later.length + roles.laterEvents.length > 0 || roles.event !== null;
  return known ? roles : null;
}

/** The protocol's corpus questions, answered from an opened index and the dated offices. */
export function corpusAnswers(query: CorpusQuery, offices: Offices) {
  return {
    summary: (id: string, date: string): CardSummary | null => {
      const dossier = query.dossier(id, { passages: 1 });
      return dossier ? cardSummary(dossier, datedRoles(offices, id, date)) : null;
    },
    dossier: (id: string, date: string): EntityDossier | null => {
      const dossier = query.dossier(id, { passages: SIDEBAR_PASSAGES });
      return dossier ? entityDossier(dossier, datedRoles(offices, id, date)) : null;
    },
    search: (text: string): SearchResults => searchResults(query.search(text, { passages: SIDEBAR_PASSAGES })),
  };
}

/** The reader's library as the answers need it: its rows for an entity, its search, its actors. */
export interface SavedAnswers {
  dossier(entity: string, opts: { passages: number; timeline: number }): Promise<SavedDossier | null>;
  search(text: string, opts: { passages: number }): Promise<SavedPassage[]>;
  listActors(): Promise<UserActor[]>;
}

// The latest moments of the saved articles the timeline adds to the corpus's: all the library keeps.
const SAVED_TIMELINE = KEPT_MOMENTS;
const MAX_RELATED = 10;

const savedView = (p: SavedPassage): PassageView => ({ ...p, titleStatus: 'printed' });
const savedRef = ({ text, title, outlet, date, dateStatus, url }: SavedPassage): PassageRef => ({ text, title, titleStatus: 'printed', outlet, date, dateStatus, url });
const savedMoment = (t: SavedTimelineItem): TimelineItem => ({ ...t, titleStatus: 'printed' });

/** Both packs' passages taken in turn, the library's first: neither crowds the other out. */
function alternate<T>(saved: T[], bundled: T[], limit: number): T[] {
  const out: T[] = [];
  for (let i = 0; out.length < limit && (i < saved.length || i < bundled.length); i++) {
    if (i < saved.length) out.push(saved[i]!);
    if (i < bundled.length && out.length < limit) out.push(bundled[i]!);
  }
  return out;
}

const actorRef = (a: UserActor): EntityRef => ({ id: a.id, type: a.type, ar: a.ar, en: a.en ?? '' });

/**
 * The answers over both packs: the bundled corpus's, with what the reader's saved articles say
 * taken in, each labelled with its outlet, date and URL. With nothing saved about an entity the
 * answer is the corpus's alone, unchanged.
 */
export function packAnswers(bundled: ReturnType<typeof corpusAnswers>, saved: SavedAnswers, refOf: (id: string) => EntityRef | null) {
  const known = async (id: string, actors: Promise<UserActor[]>): Promise<EntityRef | null> => {
    const actor = refOf(id) ? null : (await actors).find((a) => a.id === id);
    return refOf(id) ?? (actor ? actorRef(actor) : null);
  };
  return {
    async summary(id: string, date: string): Promise<CardSummary | null> {
      const base = bundled.summary(id, date);
      if (base?.passage) return base;
      const mine = await saved.dossier(id, { passages: 1, timeline: 0 });
      if (!mine) return base;
      return { id, description: base?.description ?? null, passage: savedRef(mine.passages[0]!), roles: base?.roles ?? null };
    },

    async dossier(id: string, date: string): Promise<EntityDossier | null> {
      const base = bundled.dossier(id, date);
      const mine = await saved.dossier(id, { passages: SIDEBAR_PASSAGES, timeline: SAVED_TIMELINE });
      if (!mine) return base;
      const actors = saved.listActors();
      const ref = base ?? (await known(id, actors));
      if (!ref) return null;
      const shell: EntityDossier = base ?? { ...entityRef(ref), description: null, roles: [], passages: [], related: [], timeline: [], datedRoles: null };
      const passages = alternate(mine.passages.map(savedView), shell.passages, SIDEBAR_PASSAGES);
      const quoted = new Set(passages.map((p) => p.text));
      const related = new Map(shell.related.map((r): [string, RelatedEntity] => [r.id, { ...r }]));
      for (const r of mine.related) {
        const entry = related.get(r.id);
        if (entry) entry.shared += r.shared;
        else {
          const other = await known(r.id, actors);
          if (other) related.set(r.id, { ...entityRef(other), shared: r.shared });
        }
      }
      return {
        ...shell,
        passages,
        related: [...related.values()].sort((a, b) => b.shared - a.shared).slice(0, Math.max(shell.related.length, MAX_RELATED)),
        timeline: [...shell.timeline, ...mine.timeline.map(savedMoment).filter((t) => !quoted.has(t.text))].sort((a, b) => a.date.localeCompare(b.date)),
      };
    },

    async search(text: string): Promise<SearchResults> {
      const base = bundled.search(text);
      const [mine, actors] = await Promise.all([saved.search(text, { passages: SIDEBAR_PASSAGES }), saved.listActors()]);
      const asked = new Set(foldedWords(text));
      // An actor of the reader's is found when every word of its name is asked, as a catalogue entity by its forms.
      const named = actors.filter((a) => foldedWords(a.ar).every((w) => asked.has(w))).map(actorRef);
      return { entities: [...named, ...base.entities], passages: alternate(mine.map(savedView), base.passages, SIDEBAR_PASSAGES) };
    },
  };
}
