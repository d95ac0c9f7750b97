/**
 * Turns the corpus query's answers into what the card and the sidebar show: the shapes of the
 * message protocol, so the UI never depends on the index's internals.
 */
import type { Dossier, CorpusQuery, SearchResult, SentenceRef } from '../index/query';
import { rolesOn, type Offices, type RolesOn } from '../dated/offices';
import type { CardSummary, EntityDossier, PassageRef, PassageView, SearchResults } from '../messages/protocol';

// The sidebar shows this many passages; the card, one.
export const SIDEBAR_PASSAGES = 8;

const passageRef = (s: SentenceRef): PassageRef => ({
  text: s.text,
  title: s.title,
  titleStatus: s.titleStatus,
  outlet: s.outlet,
  date: s.date,
  dateStatus: s.dateStatus,
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
