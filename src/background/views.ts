/**
 * Turns the corpus query's answers into what the card and the sidebar show: the shapes of the
 * message protocol, so the UI never depends on the index's internals.
 */
import type { Background, CorpusQuery, SearchResult, SentenceRef } from '../corpus/query';
import { rolesOn, type Offices, type RolesOn } from '../dated/offices';
import type { CardSummary, EntityBackground, PassageRef, PassageView, SearchResults } from '../messages/protocol';

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

/**
 * What the corpus says the entity is, with the sentence it says it in; nothing where the corpus
 * says nothing (the card and sidebar already show the name and type the fallback would repeat).
 */
function description(bg: Background): EntityBackground['description'] {
  const { text, source, sentence } = bg.description;
  return source === 'corpus' && sentence ? { text, source: passageRef(sentence) } : null;
}

function cardSummary(bg: Background, roles: RolesOn | null): CardSummary {
  const first = bg.passages[0];
  return { id: bg.entity.id, description: description(bg)?.text ?? null, passage: first ? passageRef(first) : null, roles };
}

function entityBackground(bg: Background, roles: RolesOn | null): EntityBackground {
  return {
    datedRoles: roles,
    ...bg.entity,
    description: description(bg),
    // A role is listed when it changes: four articles calling Netanyahu prime minister are one entry.
    roles: bg.roles
      .filter((r, i) => i === 0 || r.text !== bg.roles[i - 1]!.text)
      .map((r) => ({ text: r.text, date: r.date, dateStatus: r.dateStatus, title: r.sentence.title, titleStatus: r.sentence.titleStatus })),
    passages: bg.passages.map((p) => passageView(p, p.mentions.map((m) => [m.start, m.end]), p.before, p.after)),
    related: bg.related.map(({ id, type, ar, en, shared }) => ({ id, type, ar, en, shared })),
    timeline: bg.timeline.map((item) => ({
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
    entities: result.entities.map(({ id, type, ar, en }) => ({ id, type, ar, en })),
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
      const bg = query.background(id, { passages: 1 });
      return bg ? cardSummary(bg, datedRoles(offices, id, date)) : null;
    },
    background: (id: string, date: string): EntityBackground | null => {
      const bg = query.background(id, { passages: SIDEBAR_PASSAGES });
      return bg ? entityBackground(bg, datedRoles(offices, id, date)) : null;
    },
    search: (text: string): SearchResults => searchResults(query.search(text, { passages: SIDEBAR_PASSAGES })),
  };
}
