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
  /** The words stand for the antecedent wherever the page names it, here or later in the same block. */
  pageAbout?: boolean;
  /** Words right after that give the anaphor another sense («القطاع الخاص», «المحكمة العليا»). */
  notBefore?: string[];
}

export const ANAPHORA: readonly AnaphoraRule[] = [
  {
    id: 'movement',
    words: ['الحركة'],
    antecedent: 'hamas',
    after: ['hamas'],
    head: 'حركة',
    notBefore: ['الأسيرة', 'الإسلامية', 'الوطنية', 'الصهيونية', 'الطلابية', 'الاحتجاجية', 'التجارية', 'الاقتصادية', 'السياحية'],
  },
  {
    id: 'court',
    words: ['المحكمة'],
    antecedent: 'icj',
    after: ['icj'],
    head: 'محكمة',
    notBefore: ['العليا', 'الجنائية', 'المركزية', 'الإدارية', 'الدستورية', 'العسكرية', 'المركزية', 'الابتدائية'],
  },
  {
    id: 'strip',
    words: ['القطاع'],
    antecedent: 'gaza-strip',
    // A page about the war, Rafah or the Gaza ceasefire is a page about the Strip.
    after: ['gaza-strip', 'gaza-city', 'gaza-war', 'rafah', 'rafah-operation', 'gaza-ceasefire', 'gaza-city-occupation-plan'],
    pageAbout: true,
    notBefore: ['الخاص', 'العام', 'المصرفي', 'الصحي', 'الزراعي', 'النفطي', 'السياحي', 'التجاري', 'الصناعي', 'التعليمي', 'العقاري', 'الخدمي', 'غير'],
  },
  {
    id: 'ceasefire',
    words: ['وقف إطلاق النار', 'وقف لإطلاق النار', 'وقف النار', 'الهدنة', 'التهدئة'],
    antecedent: 'gaza-ceasefire',
    after: ['gaza-strip', 'gaza-city', 'gaza-war', 'rafah', 'rafah-operation', 'gaza-city-occupation-plan'],
    pageAbout: true,
  },
];

const PREFIX = 'anaphor:';

/** The anaphors as entities the matcher finds like any other (`anaphor:ID`). */
export function anaphorEntities(rules: readonly AnaphoraRule[] = ANAPHORA) {
  return rules.map((r) => ({
    id: PREFIX + r.id,
    type: 'organization' as const,
    ar: r.words[0]!,
    en: r.id,
    forms: r.words.map((text) => ({ text, kind: 'name' as const, ...(r.notBefore ? { guard: { notBefore: r.notBefore } } : {}) })),
  }));
}

export function anaphorOf(id: string, rules: readonly AnaphoraRule[]): AnaphoraRule | null {
  return id.startsWith(PREFIX) ? (rules.find((r) => r.id === id.slice(PREFIX.length)) ?? null) : null;
}
