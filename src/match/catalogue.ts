/**
 * Reads and validates `seeds/catalogue.json`. Every problem is reported as `FILE:LINE: problem`,
 * with the line of the offending entity, form or property, so that a broken catalogue fails the
 * build with a message that says where to look.
 */
import {
  ENTITY_TYPES, FORM_KINDS, type Catalogue, type CatalogueEntity, type CatalogueForm, type EntityType, type FormGuard, type FormKind,
} from './catalogue-types';
import { JsonSyntaxError, parseJsonWithLines, type ObjectLines } from './json-lines';
import { foldedWords } from '../text/words';
import { CLITICS, isNisba, isProclitic } from '../text/proclitics';

export class CatalogueError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'CatalogueError';
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GUARD_LISTS = ['notBefore', 'notAfter', 'requireAfter', 'requireBefore'] as const;

type Json = Record<string, unknown>;

class Validator {
  constructor(
    private readonly file: string,
    private readonly lines: WeakMap<object, ObjectLines>,
  ) {}

  fail(line: number, problem: string): never {
    throw new CatalogueError(this.file, line, problem);
  }

  lineOf(obj: Json, key?: string): number {
    const info = this.lines.get(obj);
    return (key !== undefined ? info?.keys.get(key) : undefined) ?? info?.line ?? 1;
  }

  object(value: unknown, line: number, what: string, required: readonly string[], optional: readonly string[] = []): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.fail(line, `${what} must be an object`);
    const obj = value as Json;
    for (const key of Object.keys(obj)) {
      if (!required.includes(key) && !optional.includes(key)) this.fail(this.lineOf(obj, key), `unknown field "${key}" in ${what}`);
    }
    for (const key of required) {
      if (!(key in obj)) this.fail(this.lineOf(obj), `${what} is missing "${key}"`);
    }
    return obj;
  }

  string(obj: Json, key: string, what: string): string {
    const v = obj[key];
    if (typeof v !== 'string' || v.trim() === '') this.fail(this.lineOf(obj, key), `${what} "${key}" must be a non-empty string`);
    return v as string;
  }

  array(obj: Json, key: string, what: string): unknown[] {
    const v = obj[key];
    if (!Array.isArray(v) || v.length === 0) this.fail(this.lineOf(obj, key), `${what} "${key}" must be a non-empty array`);
    return v as unknown[];
  }

  strings(obj: Json, key: string, what: string): string[] {
    const items = this.array(obj, key, what);
    if (items.some((x) => typeof x !== 'string' || x.trim() === '')) this.fail(this.lineOf(obj, key), `${what} "${key}" must hold non-empty strings`);
    return items as string[];
  }

  guard(value: unknown, line: number, what: string): FormGuard {
    const obj = this.object(value, line, `guard of ${what}`, [], ['noProclitics', 'orQuoted', ...GUARD_LISTS]);
    if (Object.keys(obj).length === 0) this.fail(line, `guard of ${what} is empty`);
    const guard: FormGuard = {};
    if ('noProclitics' in obj) {
      guard.noProclitics = this.strings(obj, 'noProclitics', `guard of ${what}`);
      for (const p of guard.noProclitics) {
        if (!isProclitic(foldedWords(p).join(''))) this.fail(this.lineOf(obj, 'noProclitics'), `"${p}" in guard of ${what} is not a proclitic (${CLITICS.join(' ')})`);
      }
    }
    for (const key of GUARD_LISTS) {
      if (!(key in obj)) continue;
      const words = this.strings(obj, key, `guard of ${what}`);
      for (const w of words) {
        if (foldedWords(w).length !== 1) this.fail(this.lineOf(obj, key), `"${w}" in guard "${key}" of ${what} must be a single word`);
      }
      guard[key] = words;
    }
    if ('orQuoted' in obj) {
      if (obj.orQuoted !== true) this.fail(this.lineOf(obj, 'orQuoted'), `guard of ${what} "orQuoted" must be true or left out`);
      // Without a required context there is nothing for the quotes to stand in for.
      if (!guard.requireAfter && !guard.requireBefore) this.fail(this.lineOf(obj, 'orQuoted'), `guard of ${what} has "orQuoted" but no "requireAfter" or "requireBefore"`);
      guard.orQuoted = true;
    }
    return guard;
  }

  form(value: unknown, line: number, entity: string): CatalogueForm {
    const obj = this.object(value, line, `a form of "${entity}"`, ['text', 'kind'], ['guard']);
    const what = `form "${String(obj.text)}" of "${entity}"`;
    const text = this.string(obj, 'text', what);
    const words = foldedWords(text);
    if (words.length === 0) this.fail(this.lineOf(obj, 'text'), `${what} has no letters`);
    const kind = obj.kind;
    if (!FORM_KINDS.includes(kind as FormKind)) this.fail(this.lineOf(obj, 'kind'), `${what} has unknown kind ${JSON.stringify(kind)} (one of ${FORM_KINDS.join(', ')})`);
    if (kind === 'adjective' && !isNisba(words[words.length - 1]!)) {
      this.fail(this.lineOf(obj, 'text'), `adjective ${what} must be the masculine singular nisba, ending in ي`);
    }
    const form: CatalogueForm = { text, kind: kind as FormKind };
    if ('guard' in obj) form.guard = this.guard(obj.guard, this.lineOf(obj, 'guard'), what);
    return form;
  }

  entity(value: unknown, line: number): CatalogueEntity {
    const obj = this.object(value, line, 'an entity', ['id', 'type', 'ar', 'en', 'forms'], ['partOf']);
    const id = this.string(obj, 'id', 'entity');
    if (!ID.test(id)) this.fail(this.lineOf(obj, 'id'), `entity id "${id}" must be lowercase ASCII words joined by dashes`);
    const what = `entity "${id}"`;
    const type = obj.type;
    if (!ENTITY_TYPES.includes(type as EntityType)) this.fail(this.lineOf(obj, 'type'), `${what} has unknown type ${JSON.stringify(type)} (one of ${ENTITY_TYPES.join(', ')})`);
    const ar = this.string(obj, 'ar', what);
    const en = this.string(obj, 'en', what);
    const seen = new Set<string>();
    const forms = this.array(obj, 'forms', what).map((f) => {
      const form = this.form(f, typeof f === 'object' && f !== null ? this.lineOf(f as Json) : this.lineOf(obj, 'forms'), id);
      // Only exact repeats are errors: spellings that merely fold alike (كان 11 / كان ١١) are harmless.
      if (seen.has(form.text)) this.fail(this.lineOf(f as Json), `duplicate form "${form.text}" in ${what}`);
      seen.add(form.text);
      return form;
    });
    const arFolded = foldedWords(ar).join(' ');
    if (!forms.some((f) => foldedWords(f.text).join(' ') === arFolded)) this.fail(this.lineOf(obj, 'ar'), `${what}: its name "${ar}" is not among its forms`);
    const entity: CatalogueEntity = { id, type: type as EntityType, ar, en, forms };
    if ('partOf' in obj) entity.partOf = this.strings(obj, 'partOf', what);
    return entity;
  }

  catalogue(value: unknown): Catalogue {
    const top = this.object(value, 1, 'the catalogue', ['version', 'entities']);
    const version = top.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) this.fail(this.lineOf(top, 'version'), '"version" must be a positive integer');
    const raw = this.array(top, 'entities', 'the catalogue');
    const firstLine = new Map<string, number>();
    const entities = raw.map((e) => {
      const entity = this.entity(e, typeof e === 'object' && e !== null ? this.lineOf(e as Json) : this.lineOf(top, 'entities'));
      const line = this.lineOf(e as Json, 'id');
      const earlier = firstLine.get(entity.id);
      if (earlier !== undefined) this.fail(line, `duplicate entity id "${entity.id}" (first at line ${earlier})`);
      firstLine.set(entity.id, line);
      return entity;
    });
    raw.forEach((e, i) => {
      for (const parent of entities[i]!.partOf ?? []) {
        const line = this.lineOf(e as Json, 'partOf');
        if (parent === entities[i]!.id) this.fail(line, `entity "${parent}" cannot be part of itself`);
        if (!firstLine.has(parent)) this.fail(line, `entity "${entities[i]!.id}" is part of unknown entity "${parent}"`);
      }
    });
    this.unshadowed(raw, entities);
    return { version: version as number, entities };
  }

  /**
   * The matcher gives a span the first listed form that holds there, and prefers a form that asks
   * for a context (requireAfter, requireBefore). So when another entity listed the same form
   * earlier without asking for a context, a later form that does not ask either matches only
   * where the earlier one's guard turns the word away (القدس after روح): an outlet named like its
   * place (القدس the daily, القدس the city) must say where it is meant. An adjective is only
   * covered by an earlier adjective: a name does not take its inflections.
   */
  private unshadowed(raw: unknown[], entities: CatalogueEntity[]): void {
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
          const line = this.lineOf(((raw[i] as Json).forms as Json[])[j]!, 'text');
          this.fail(line, `form "${form.text}" of "${entity.id}" is shadowed by the same form of "${owner.id}"; give it a requireAfter or requireBefore`);
        }
        mine.push([folded, adjective]);
      });
      for (const [folded, adjective] of mine) {
        const owner = first.get(folded);
        if (owner === undefined || (adjective && !owner.adjective)) first.set(folded, { id: entity.id, adjective });
      }
    });
  }
}

export function parseCatalogue(jsonText: string, file: string): Catalogue {
  let parsed;
  try {
    parsed = parseJsonWithLines(jsonText);
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw new CatalogueError(file, err.line, err.message);
    throw err;
  }
  return new Validator(file, parsed.lines).catalogue(parsed.value);
}
