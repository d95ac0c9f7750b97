/**
 * Dated facts: who held which office when (seeds/offices.json), and the life events that end a
 * role. Terms run from `start` to the day before `end` (the day the next holder takes over), so
 * a date never falls in two terms of one office. Pure: shared by the build (which validates the
 * file), the content script (role phrases resolved on the page's date) and the background (roles
 * as of the page's date on the card and in the sidebar).
 */
import type { CatalogueEntity } from '../match/catalogue-types';

/** Where a dated fact comes from: a seed passage, or a public record. */
export type FactSource = { seed: string; line: number } | { reference: string; date: string };

export interface Term {
  person: string;
  start: string;
  /** Exclusive; absent while the term runs. */
  end?: string;
  source: FactSource;
  /** Seed passages that name the holder in the office. */
  attested?: { seed: string; line: number }[];
}

export interface Office {
  id: string;
  /** The office as a role, in the masculine singular: «رئيس الوزراء الإسرائيلي». */
  ar: string;
  en: string;
  /** How pages write the office; {KEY} stands for each spelling of adjective KEY. */
  phrases: string[];
  holders: Term[];
}

export interface LifeEvent {
  person: string;
  date: string;
  ar: string;
  en: string;
  source: FactSource;
}

export interface Offices {
  version: number;
  adjectives: Record<string, string[]>;
  offices: Office[];
  events: LifeEvent[];
}

/** What a page may write after a role to mean its previous holder. */
export const FORMER = 'السابق';

/** Every spelling of a phrase, each {KEY} replaced by each spelling of that adjective. */
export function expandPhrase(phrase: string, adjectives: Record<string, string[]>): string[] {
  const slot = /\{([A-Z_]+)\}/.exec(phrase);
  if (!slot) return [phrase];
  const spellings = adjectives[slot[1]!];
  if (!spellings) throw new Error(`unknown adjective {${slot[1]}} in "${phrase}"`);
  return spellings.flatMap((s) => expandPhrase(phrase.replace(slot[0], s), adjectives));
}

const ROLE_PREFIX = 'role:';
const FORMER_PREFIX = 'former:';

/**
 * The offices as entities the matcher finds like any other: `role:ID` for the phrase, and
 * `former:ID` for the phrase followed by «السابق». Their mentions are resolved to a holder on
 * the page's date before anything shows them (see resolve-mentions.ts).
 */
export function officeEntities(offices: Offices): CatalogueEntity[] {
  return offices.offices.flatMap((office) => {
    const phrases = office.phrases.flatMap((p) => expandPhrase(p, offices.adjectives));
    return [
      { id: ROLE_PREFIX + office.id, type: 'person' as const, ar: office.ar, en: office.en, forms: phrases.map((text) => ({ text, kind: 'name' as const })) },
      {
        id: FORMER_PREFIX + office.id,
        type: 'person' as const,
        ar: `${office.ar} ${FORMER}`,
        en: `former ${office.en}`,
        forms: phrases.map((text) => ({ text: `${text} ${FORMER}`, kind: 'name' as const })),
      },
    ];
  });
}

/** The office a matched id stands for, and whether it was written as the former holder. */
export function officeOf(id: string): { office: string; former: boolean } | null {
  if (id.startsWith(ROLE_PREFIX)) return { office: id.slice(ROLE_PREFIX.length), former: false };
  if (id.startsWith(FORMER_PREFIX)) return { office: id.slice(FORMER_PREFIX.length), former: true };
  return null;
}

const inTerm = (t: Term, date: string): boolean => t.start <= date && (t.end === undefined || date < t.end);

/**
 * Who a role phrase names on `date`: the one holder then, or, written as former, the holder of
 * the last term ended by then. Null where nobody, or more than one person, fits: an ambiguous
 * role is left unresolved rather than guessed.
 */
export function holderOn(office: Office, date: string, former: boolean): string | null {
  if (former) {
    const ended = office.holders.filter((t) => t.end !== undefined && t.end <= date).sort((a, b) => (a.end! < b.end! ? 1 : -1));
    const current = new Set(office.holders.filter((t) => inTerm(t, date)).map((t) => t.person));
    const previous = ended.find((t) => !current.has(t.person));
    return previous?.person ?? null;
  }
  const people = new Set(office.holders.filter((t) => inTerm(t, date)).map((t) => t.person));
  return people.size === 1 ? [...people][0]! : null;
}

export interface DatedRole {
  office: string;
  ar: string;
  en: string;
  start: string;
  end?: string;
  source: FactSource;
}

/** A person's roles as of a date: held then, ended by then, and begun or ended after it. */
export interface RolesOn {
  current: DatedRole[];
  former: DatedRole[];
  /** What changed after the date: terms that began, or ended, later. */
  later: { role: DatedRole; change: 'began' | 'ended'; date: string }[];
  /** A life event on or before the date that ended the person's roles (killed, died). */
  event: LifeEvent | null;
  /** Life events after the date. */
  laterEvents: LifeEvent[];
}

export function rolesOn(offices: Offices, person: string, date: string): RolesOn {
  const out: RolesOn = { current: [], former: [], later: [], event: null, laterEvents: [] };
  for (const office of offices.offices) {
    for (const term of office.holders) {
      if (term.person !== person) continue;
      const role: DatedRole = { office: office.id, ar: office.ar, en: office.en, start: term.start, end: term.end, source: term.source };
      if (term.start > date) out.later.push({ role, change: 'began', date: term.start });
      else if (inTerm(term, date)) {
        out.current.push(role);
        if (term.end !== undefined) out.later.push({ role, change: 'ended', date: term.end });
      } else out.former.push(role);
    }
  }
  for (const e of offices.events) {
    if (e.person !== person) continue;
    if (e.date <= date) out.event = e;
    else out.laterEvents.push(e);
  }
  // The most recent first: the last office held is the one a reader needs.
  out.former.sort((a, b) => (a.end! < b.end! ? 1 : -1));
  out.later.sort((a, b) => (a.date < b.date ? -1 : 1));
  return out;
}
