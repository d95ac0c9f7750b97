/**
 * Turns the mentions of one page into what the reader is shown, reading them in page order:
 * a role phrase («الرئيس الأمريكي», «رئيس الوزراء القطري السابق») becomes its holder on the
 * page's date, a role written before its holder's name («الرئيس الأمريكي جو بايدن») becomes one
 * mention of the name, and an anaphor («الحركة», «القطاع») becomes its antecedent where its rule
 * holds. A role nobody (or more than one person) held that day, or an anaphor whose rule does
 * not hold, is dropped, and the plain mentions it covered stand.
 *
 * The page is read block by block; the resolver remembers, between blocks, what the page has
 * named so far.
 */
import { foldWord } from '../text/fold';
import { headWord, headWordStarts } from './head-words';
import { holderOn, officeOf, type Offices } from '../dated/offices';
import { anaphorOf, type AnaphoraRule } from './anaphora';
import type { Mention } from './matcher';

/**
 * What may stand between a role and the name it introduces: spaces, a comma, an acronym in
 * brackets («مدير وكالة المخابرات المركزية (سي آي إيه) ويليام بيرنز»), a courtesy title.
 */
const ROLE_NAME_GAP = /^[\s\u00a0،,]*(?:\([^()]{1,24}\)[\s\u00a0،,]*)?(?:(?:الشيخ|السيد|الدكتور|المستشار)[\s\u00a0]+)?$/u;

export interface PageContext {
  /** The page's date, YYYY-MM-DD. */
  date: string;
  offices: Offices;
  /** The catalogue's people: only a person's name merges with the role before it. */
  people: ReadonlySet<string>;
  /** The anaphora table (anaphora.ts; shipped to the page in its data, not its script). */
  rules: readonly AnaphoraRule[];
}

export interface Resolver {
  /**
   * The mentions to show in one block's text, from the plain matcher's and the role and anaphor
   * matcher's, both in order and each non-overlapping.
   */
  resolve(text: string, plain: Mention[], derived: Mention[]): Mention[];
}

const covers = (outer: Mention, inner: Mention): boolean => outer.start <= inner.start && inner.end <= outer.end;
const crosses = (a: Mention, b: Mention): boolean => a.start < b.end && b.start < a.end && !covers(a, b);

/** A head word written at `at` that disarms `rule`. */
interface HeadAt {
  at: number;
  rule: AnaphoraRule;
}

export function createResolver(ctx: PageContext): Resolver {
  const { rules } = ctx;
  const offices = new Map(ctx.offices.offices.map((o) => [o.id, o]));
  /** The rules with a head word, each with the word's search. */
  const heads = rules.filter((r) => r.head).map((rule) => ({ rule, word: headWord(foldWord(rule.head!)) }));
  /** Rules whose antecedent the page has named, and not another of its kind since. */
  const armed = new Set<string>();
  /** Entity id → the rules a mention of it arms. */
  const arming = new Map<string, AnaphoraRule[]>();
  /** Entity id → the rules of a page about it that a mention of it arms, in this block too. */
  const about = new Map<string, string[]>();
  for (const r of rules) {
    for (const id of r.after) {
      arming.set(id, [...(arming.get(id) ?? []), r]);
      if (r.pageAbout) about.set(id, [...(about.get(id) ?? []), r.id]);
    }
  }
  const arm = (m: Mention): void => arming.get(m.id)?.forEach((r) => armed.add(r.id));

  /** Each role's holder on the page's date (null where none), worked out once per page. */
  const holders = new Map<string, string | null>();

  /** The holder or antecedent a derived mention stands for here, or null. */
  function meaning(m: Mention): string | null {
    if (holders.has(m.id)) return holders.get(m.id)!;
    const role = officeOf(m.id);
    if (role) {
      const holder = holderOn(role.offices.map((id) => offices.get(id)!).filter(Boolean), ctx.date, role.former);
      holders.set(m.id, holder);
      return holder;
    }
    const rule = anaphorOf(m.id, rules);
    return rule && armed.has(rule.id) ? rule.antecedent : null;
  }

  /**
   * Head words (حركة, محكمة) written other than inside the antecedent's own name. A head word
   * only disarms its rule: where the rule is not armed, and no plain mention of this block arms
   * it, its head words change nothing and are not looked for.
   */
  function headSteps(text: string, plain: Mention[]): HeadAt[] {
    const live = heads.filter(({ rule }) => armed.has(rule.id) || plain.some((m) => arming.get(m.id)?.includes(rule)));
    if (live.length === 0) return [];
    const out: HeadAt[] = [];
    headWordStarts(text, live.map((h) => h.word)).forEach((starts, k) => {
      const { rule } = live[k]!;
      for (const index of starts) {
        const inside = plain.find((m) => m.start <= index && index < m.end);
        if (inside?.id !== rule.antecedent) out.push({ at: index, rule });
      }
    });
    // In page order; two rules' head words at one offset in the order of the rules.
    return out.sort((a, b) => a.at - b.at);
  }

  return {
    resolve(text, plain, derived) {
      const headsHere = headSteps(text, plain);
      // Most blocks have no role, anaphor or head word: their plain mentions are shown as they
      // are, and only arm the rules they are antecedents of.
      if (derived.length === 0 && headsHere.length === 0) {
        plain.forEach(arm);
        return plain;
      }
      // A page about Gaza is one that names it, in this block as much as before it.
      for (const m of plain) {
        const ids = about.get(m.id);
        if (ids) for (const id of ids) armed.add(id);
      }
      // In page order, so that what the page has named so far decides each anaphor; at one
      // offset a role or anaphor is weighed first, then a head word, then the plain mention a
      // role or anaphor would replace. Each list is in page order already: they are merged.
      const shown: Mention[] = [];
      let coveredTo = -1;
      let d = 0;
      let h = 0;
      for (let p = 0; d < derived.length || h < headsHere.length || p < plain.length; ) {
        const dAt = d < derived.length ? derived[d]!.start : Infinity;
        const hAt = h < headsHere.length ? headsHere[h]!.at : Infinity;
        const pAt = p < plain.length ? plain[p]!.start : Infinity;
        if (dAt <= hAt && dAt <= pAt) {
          const m = derived[d++]!;
          const id = meaning(m);
          // A plain mention running past it (a longer name) keeps its place.
          if (id === null || plain.some((n) => crosses(m, n))) continue;
          shown.push({ ...m, id });
          coveredTo = m.end;
        } else if (hAt <= pAt) {
          armed.delete(headsHere[h++]!.rule.id);
        } else {
          const m = plain[p++]!;
          if (m.end <= coveredTo) continue;
          shown.push(m);
          arm(m);
        }
      }
      const roleStarts = new Set(derived.filter((d) => officeOf(d.id)).map((d) => d.start));
      return mergeRolesWithNames(text, withoutAppositions(text, shown, roleStarts, plain), roleStarts, ctx.people);
    },
  };
}

/**
 * «جون كيربي، المتحدث باسم مجلس الأمن القومي»: a role right after its holder's name says again
 * who the name is; the name is the mention, and what the role phrase names (the council, the
 * White House) stands as the plain mentions it is.
 */
function withoutAppositions(text: string, shown: Mention[], roleStarts: ReadonlySet<number>, plain: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of shown) {
    const before = out.at(-1);
    if (roleStarts.has(m.start) && before?.id === m.id && ROLE_NAME_GAP.test(text.slice(before.end, m.start))) {
      out.push(...plain.filter((p) => covers(m, p)));
    } else out.push(m);
  }
  return out;
}

/**
 * «الرئيس الأمريكي جو بايدن»: a resolved role followed by a person's name is one mention of
 * that person (the name wins where it names someone else than the date's holder).
 */
function mergeRolesWithNames(text: string, shown: Mention[], roleStarts: ReadonlySet<number>, people: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < shown.length; i++) {
    const m = shown[i]!;
    if (roleStarts.has(m.start)) {
      // The name, past an acronym in brackets that may itself be a mention («(سي آي إيه)»).
      const skip = shown[i + 1] && !people.has(shown[i + 1]!.id) && /^[\s\u00a0]*\($/u.test(text.slice(m.end, shown[i + 1]!.start)) ? 1 : 0;
      const next = shown[i + 1 + skip];
      if (next && people.has(next.id) && ROLE_NAME_GAP.test(text.slice(m.end, next.start))) {
        out.push({ ...next, start: m.start, text: text.slice(m.start, next.end) });
        i += 1 + skip;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
