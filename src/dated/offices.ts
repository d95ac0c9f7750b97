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
const JOIN = '|';

/**
 * The offices as entities the matcher finds like any other: `role:IDS` for a phrase and
 * `former:IDS` for the phrase followed by «السابق», where IDS lists every office the phrase can
 * name («المبعوث الأمريكي» is the envoy to the Middle East, to Lebanon and to Syria). Their
 * mentions are resolved to a holder on the page's date before anything shows them.
 */
export function officeEntities(offices: Offices): CatalogueEntity[] {
  const byPhrase = new Map<string, string[]>();
  for (const office of offices.offices) {
    for (const phrase of office.phrases.flatMap((p) => expandPhrase(p, offices.adjectives))) {
      const ids = byPhrase.get(phrase) ?? [];
      if (!ids.includes(office.id)) ids.push(office.id);
      byPhrase.set(phrase, ids);
    }
  }
  const byOffices = new Map<string, string[]>();
  for (const [phrase, ids] of byPhrase) byOffices.set(ids.join(JOIN), [...(byOffices.get(ids.join(JOIN)) ?? []), phrase]);
  const names = new Map(offices.offices.map((o) => [o.id, o]));
  return [...byOffices].flatMap(([ids, phrases]) => {
    const first = names.get(ids.split(JOIN)[0]!)!;
    return [
      { id: ROLE_PREFIX + ids, type: 'person' as const, ar: first.ar, en: first.en, forms: phrases.map((text) => ({ text, kind: 'name' as const })) },
      {
        id: FORMER_PREFIX + ids,
        type: 'person' as const,
        ar: `${first.ar} ${FORMER}`,
        en: `former ${first.en}`,
        forms: phrases.map((text) => ({ text: `${text} ${FORMER}`, kind: 'name' as const })),
      },
    ];
  });
}

/** The offices a matched id stands for, and whether it was written as the former holder. */
export function officeOf(id: string): { offices: string[]; former: boolean } | null {
  if (id.startsWith(ROLE_PREFIX)) return { offices: id.slice(ROLE_PREFIX.length).split(JOIN), former: false };
  if (id.startsWith(FORMER_PREFIX)) return { offices: id.slice(FORMER_PREFIX.length).split(JOIN), former: true };
  return null;
}

const inTerm = (t: Term, date: string): boolean => t.start <= date && (t.end === undefined || date < t.end);

/**
 * Who a role phrase names on `date`: the one holder then of the offices it can name, or,
 * written as former, the holder of the last term ended by then. Null where nobody, or more than
 * one person, fits: an ambiguous role is left unresolved rather than guessed.
 */
export function holderOn(offices: Office[], date: string, former: boolean): string | null {
  const terms = offices.flatMap((o) => o.holders);
  const current = new Set(terms.filter((t) => inTerm(t, date)).map((t) => t.person));
  if (!former) return current.size === 1 ? [...current][0]! : null;
  const ended = terms.filter((t) => t.end !== undefined && t.end <= date && !current.has(t.person));
  const lastEnd = ended.reduce((max, t) => (t.end! > max ? t.end! : max), '');
  const previous = new Set(ended.filter((t) => t.end === lastEnd).map((t) => t.person));
  return previous.size === 1 ? [...previous][0]! : null;
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
