/**
 * The shape of `seeds/catalogue.json`, the curated list of actors and events the corpus knows.
 * Shared by the build (which validates it), the matcher and the corpus index.
 */
export const ENTITY_TYPES = ['person', 'organization', 'state', 'place', 'event', 'media'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * How a written form relates to its entity. `adjective` forms are nisba adjectives given in the
 * masculine singular (إسرائيلي); the matcher derives their inflections (ـية ـيين ـيون ـيات ...).
 */
export const FORM_KINDS = ['name', 'surname', 'alias', 'adjective'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/**
 * A guard keeps a form that is also an ordinary word (حماس "enthusiasm", كان "was", بار, فتح)
 * from matching where it means the ordinary word. All word lists hold words as written; the
 * matcher folds them. Every condition given must hold.
 */
export interface FormGuard {
  /** The match is rejected when it carries one of these proclitic strings (e.g. "ب" for بحماس). */
  noProclitics?: string[];
  /** The match is rejected when the next word is one of these (حماس شديد). */
  notBefore?: string[];
  /** The match is rejected when the previous word is one of these. */
  notAfter?: string[];
  /** The match is kept only when the previous word is one of these (قناة كان). */
  requireAfter?: string[];
  /** The match is kept only when the next word is one of these (كان 11). */
  requireBefore?: string[];
  /**
   * `requireAfter`/`requireBefore` also count as met when the match stands alone in quotation
   * marks: news names an outlet that is also a phrase («إسرائيل اليوم» "Israel today") either
   * after a title word (صحيفة إسرائيل اليوم) or quoted (نقلت «إسرائيل اليوم»).
   */
  orQuoted?: boolean;
}

export interface CatalogueForm {
  text: string;
  kind: FormKind;
  guard?: FormGuard;
}

/** Who or what an entity is, as every part from the index to the UI names it. */
export interface EntityRef {
  /** Stable, lowercase ASCII with dashes: "netanyahu", "rafah-operation". */
  id: string;
  type: EntityType;
  /** Canonical Arabic name, as a reader would expect to see it. */
  ar: string;
  /** English name. */
  en: string;
}

/** Just the `EntityRef` of a larger object, for a message or a view that must not carry the rest. */
export const entityRef = ({ id, type, ar, en }: EntityRef): EntityRef => ({ id, type, ar, en });

export interface CatalogueEntity extends EntityRef {
  /** Every written form; the canonical name is listed here too. */
  forms: CatalogueForm[];
  /** Optional ids of entities this one is part of (qassam-brigades → hamas). */
  partOf?: string[];
}

export interface Catalogue {
  version: number;
  entities: CatalogueEntity[];
}
