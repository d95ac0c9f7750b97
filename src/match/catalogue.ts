/**
 * Reads and validates `seeds/catalogue.json`. Every problem is reported as `FILE:LINE: problem`,
 * with the line of the offending entity, form or property, so that a broken catalogue fails the
 * build with a message that says where to look.
 */
import * as v from 'valibot';
import {
  ENTITY_TYPES, FORM_KINDS, type Catalogue, type CatalogueEntity, type FormGuard,
} from './catalogue-types';
import { JsonFile, JsonFileError, jsonObject, nonEmptyString, type JsonPath } from '../json/json-file';
import { foldedWords } from '../text/words';
import { CLITICS, isNisba, isProclitic } from '../text/proclitics';

/** A fault of the catalogue file, at its line: the scan tells it from an unreadable file by its class. */
export class CatalogueError extends JsonFileError {
  constructor(file: string, line: number, problem: string) {
    super(file, line, problem);
    this.name = 'CatalogueError';
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GUARD_LISTS = ['notBefore', 'notAfter', 'requireAfter', 'requireBefore'] as const;

// Messages name what is at fault: `{a}` an entity, a form of "gaza"; `{the}` entity "gaza",
// form "غزة" of "gaza"; `{key}` the field. placeholders() fills them in from the path.
const STRING = '{the} "{key}" must be a non-empty string';
const LIST = '{the} "{key}" must be a non-empty array';

const words = v.pipe(
  v.array(v.unknown(), LIST),
  v.minLength(1, LIST),
  // Checked on the whole list, so that the problem is reported on the line of its key.
  v.check((list) => list.every((w) => typeof w === 'string' && w.trim() !== ''), '{the} "{key}" must hold non-empty strings'),
  v.transform((list) => list as string[]),
);

const guardSchema = v.pipe(
  jsonObject(
    {
      noProclitics: v.optional(words),
      notBefore: v.optional(words),
      notAfter: v.optional(words),
      requireAfter: v.optional(words),
      requireBefore: v.optional(words),
      orQuoted: v.optional(v.literal(true, '{the} "{key}" must be true or left out')),
    },
    '{a}',
  ),
  v.check((guard) => Object.keys(guard).length > 0, '{a} is empty'),
);

const formSchema = jsonObject(
  {
    text: v.pipe(nonEmptyString(STRING), v.check((text) => foldedWords(text).length > 0, '{the} has no letters')),
    kind: v.picklist(FORM_KINDS, (issue) => `{the} has unknown kind ${JSON.stringify(issue.input)} (one of ${FORM_KINDS.join(', ')})`),
    guard: v.optional(guardSchema),
  },
  '{a}',
);

const entitySchema = jsonObject(
  {
    id: v.pipe(
      nonEmptyString('entity "id" must be a non-empty string'),
      v.regex(ID, (issue) => `entity id "${String(issue.input)}" must be lowercase ASCII words joined by dashes`),
    ),
    type: v.picklist(ENTITY_TYPES, (issue) => `{the} has unknown type ${JSON.stringify(issue.input)} (one of ${ENTITY_TYPES.join(', ')})`),
    ar: nonEmptyString(STRING),
    en: nonEmptyString(STRING),
    forms: v.pipe(v.array(formSchema, LIST), v.minLength(1, LIST)),
    partOf: v.optional(words),
  },
  '{a}',
);

const VERSION = '"version" must be a positive integer';
const catalogueSchema = jsonObject(
  {
    version: v.pipe(v.number(VERSION), v.integer(VERSION), v.minValue(1, VERSION)),
    entities: v.pipe(v.array(entitySchema, LIST), v.minLength(1, LIST)),
  },
  '{a}',
);

/** What `{a}`, `{the}` and `{key}` stand for at `path`: the catalogue, an entity, a form or a guard. */
function placeholders(path: JsonPath, value: unknown): Record<string, string> {
  const at = (p: JsonPath): Record<string, unknown> | undefined =>
    p.reduce<unknown>((node, step) => (typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[step] : undefined), value) as Record<string, unknown> | undefined;
  const [entities, i, forms, j, guard] = path;
  if (entities !== 'entities' || typeof i !== 'number') return { a: 'the catalogue', the: 'the catalogue', key: String(path[0]) };
  const id = String(at(['entities', i])?.id);
  if (forms !== 'forms' || typeof j !== 'number') return { a: 'an entity', the: `entity "${id}"`, key: String(path[2]) };
  const form = `form "${String(at(['entities', i, 'forms', j])?.text)}" of "${id}"`;
  if (guard !== 'guard') return { a: `a form of "${id}"`, the: form, key: String(path[4]) };
  return { a: `guard of ${form}`, the: `guard of ${form}`, key: String(path[5]) };
}

/** The rules of a catalogue that fits the schema which are about more than one field. */
function checkRules(json: JsonFile, catalogue: Catalogue): void {
  // Each id's first entity, by index: its line is looked up only for a duplicate's message, as
  // a line per entity was a fifth of reading the catalogue.
  const firstAt = new Map<string, number>();
  catalogue.entities.forEach((entity, i) => {
    const at = (...rest: (string | number)[]): JsonPath => ['entities', i, ...rest];
    const what = `entity "${entity.id}"`;
    const seen = new Set<string>();
    entity.forms.forEach((form, j) => {
      const formWhat = `form "${form.text}" of "${entity.id}"`;
      const folded = foldedWords(form.text);
      if (form.kind === 'adjective' && !isNisba(folded[folded.length - 1]!)) {
        json.fail(at('forms', j, 'text'), `adjective ${formWhat} must be the masculine singular nisba, ending in ي`);
      }
      if (form.guard) checkGuard(json, form.guard, at('forms', j, 'guard'), formWhat);
      // Only exact repeats are errors: spellings that merely fold alike (كان 11 / كان ١١) are harmless.
      if (seen.has(form.text)) json.fail(at('forms', j), `duplicate form "${form.text}" in ${what}`);
      seen.add(form.text);
    });
    const arFolded = foldedWords(entity.ar).join(' ');
    if (!entity.forms.some((f) => foldedWords(f.text).join(' ') === arFolded)) json.fail(at('ar'), `${what}: its name "${entity.ar}" is not among its forms`);
    const earlier = firstAt.get(entity.id);
    if (earlier !== undefined) json.fail(at('id'), `duplicate entity id "${entity.id}" (first at line ${json.lineOf(['entities', earlier, 'id'])})`);
    firstAt.set(entity.id, i);
  });
  catalogue.entities.forEach((entity, i) => {
    for (const parent of entity.partOf ?? []) {
      if (parent === entity.id) json.fail(['entities', i, 'partOf'], `entity "${parent}" cannot be part of itself`);
      if (!firstAt.has(parent)) json.fail(['entities', i, 'partOf'], `entity "${entity.id}" is part of unknown entity "${parent}"`);
    }
  });
  unshadowed(json, catalogue.entities);
}

function checkGuard(json: JsonFile, guard: FormGuard, path: JsonPath, formWhat: string): void {
  for (const p of guard.noProclitics ?? []) {
    if (!isProclitic(foldedWords(p).join(''))) json.fail([...path, 'noProclitics'], `"${p}" in guard of ${formWhat} is not a proclitic (${CLITICS.join(' ')})`);
  }
  for (const key of GUARD_LISTS) {
    for (const w of guard[key] ?? []) {
      if (foldedWords(w).length !== 1) json.fail([...path, key], `"${w}" in guard "${key}" of ${formWhat} must be a single word`);
    }
  }
  // Without a required context there is nothing for the quotes to stand in for.
  if (guard.orQuoted && !guard.requireAfter && !guard.requireBefore) {
    json.fail([...path, 'orQuoted'], `guard of ${formWhat} has "orQuoted" but no "requireAfter" or "requireBefore"`);
  }
}

/**
 * The matcher gives a span the first listed form that holds there, and prefers a form that asks
 * for a context (requireAfter, requireBefore). So when another entity listed the same form
 * earlier without asking for a context, a later form that does not ask either matches only
 * where the earlier one's guard turns the word away (القدس after روح): an outlet named like its
 * place (القدس the daily, القدس the city) must say where it is meant. An adjective is only
 * covered by an earlier adjective: a name does not take its inflections.
 */
function unshadowed(json: JsonFile, entities: CatalogueEntity[]): void {
  const first = new Map<string, { id: string; adjective: boolean }>();
  entities.forEach((entity, i) => {
    const mine: Array<[string, boolean]> = [];
    entity.forms.forEach((form, j) => {
      const folded = foldedWords(form.text).join(' ');
      const adjective = form.kind === 'adjective';
      const asksContext = form.guard?.requireAfter !== undefined || form.guard?.requireBefore !== undefined;
      if (asksContext) return;
      const owner = first.get(folded);
      if (owner !== undefined && (owner.adjective || !adjective)) {
        json.fail(['entities', i, 'forms', j, 'text'], `form "${form.text}" of "${entity.id}" is shadowed by the same form of "${owner.id}"; give it a requireAfter or requireBefore`);
      }
      mine.push([folded, adjective]);
    });
    for (const [folded, adjective] of mine) {
      const owner = first.get(folded);
      if (owner === undefined || (adjective && !owner.adjective)) first.set(folded, { id: entity.id, adjective });
    }
  });
}

export function parseCatalogue(jsonText: string, file: string): Catalogue {
  const json = JsonFile.parse(jsonText, file, CatalogueError);
  const catalogue: Catalogue = json.check(catalogueSchema, placeholders);
  checkRules(json, catalogue);
  return catalogue;
}
