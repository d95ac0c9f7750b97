/**
 * Words that name an actor already named: «الحركة» for Hamas, «المحكمة» for the ICJ, «القطاع»
 * for the Gaza Strip, «الهدنة» for the Gaza ceasefire. Each rule is data: the words, what they
 * stand for, what the page must have named first, and the head word that, written before
 * another name («حركة فتح», «محكمة الجنايات»), means the next anaphor may be that other one.
 */
export interface AnaphoraRule {
  id: string;
  /** How pages write it (the matcher adds the clitics). */
  words: string[];
  /** The entity it stands for. */
  antecedent: string;
  /** It stands for the antecedent only once the page has named one of these. */
  after: string[];
  /**
   * A head word of the antecedent's kind: written other than as part of the antecedent's own
   * name, it names another of that kind, and the anaphor no longer resolves until the
   * antecedent is named again.
   */
  head?: string;
}

export const ANAPHORA: readonly AnaphoraRule[] = [
  { id: 'movement', words: ['الحركة'], antecedent: 'hamas', after: ['hamas'], head: 'حركة' },
  { id: 'court', words: ['المحكمة'], antecedent: 'icj', after: ['icj'], head: 'محكمة' },
  { id: 'strip', words: ['القطاع'], antecedent: 'gaza-strip', after: ['gaza-strip', 'gaza-city'] },
  {
    id: 'ceasefire',
    words: ['وقف إطلاق النار', 'وقف لإطلاق النار', 'وقف النار', 'الهدنة', 'التهدئة'],
    antecedent: 'gaza-ceasefire',
    after: ['gaza-strip', 'gaza-city', 'gaza-war'],
  },
];

const PREFIX = 'anaphor:';

/** The anaphors as entities the matcher finds like any other (`anaphor:ID`). */
export function anaphorEntities(rules: readonly AnaphoraRule[] = ANAPHORA) {
  return rules.map((r) => ({ id: PREFIX + r.id, type: 'organization' as const, ar: r.words[0]!, en: r.id, forms: r.words.map((text) => ({ text, kind: 'name' as const })) }));
}

export function anaphorOf(id: string, rules: readonly AnaphoraRule[] = ANAPHORA): AnaphoraRule | null {
  return id.startsWith(PREFIX) ? (rules.find((r) => r.id === id.slice(PREFIX.length)) ?? null) : null;
}
