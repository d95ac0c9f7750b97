import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueError, parseCatalogue } from '../../src/match/catalogue';

const entity = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'gaza',
  type: 'place',
  ar: 'غزة',
  en: 'Gaza',
  forms: [{ text: 'غزة', kind: 'name' }],
  ...over,
});
const doc = (entities: unknown[], version: unknown = 1): string => JSON.stringify({ version, entities }, null, 2);

function errorOf(text: string): string {
  try {
    parseCatalogue(text, 'cat.json');
  } catch (err) {
    expect(err).toBeInstanceOf(CatalogueError);
    return (err as Error).message;
  }
  throw new Error('no error');
}

/** The 1-based line of the first line of `text` containing `needle` (and, when given, after `after`). */
function lineOf(text: string, needle: string, after = ''): number {
  const from = after ? text.indexOf(after) : 0;
  return text.slice(0, text.indexOf(needle, from)).split('\n').length;
}

describe('parseCatalogue', () => {
  it('accepts a valid catalogue and keeps its fields', () => {
    const text = doc([
      entity({ partOf: ['palestine'] }),
      entity({ id: 'palestine', type: 'state', ar: 'فلسطين', en: 'Palestine', forms: [{ text: 'فلسطين', kind: 'name' }, { text: 'فلسطيني', kind: 'adjective', guard: { noProclitics: ['ب'], notBefore: ['شديد'] } }] }),
      entity({ id: 'felesteen', type: 'media', ar: 'فلسطين', en: 'Felesteen', forms: [{ text: 'فلسطين', kind: 'name', guard: { requireAfter: ['صحيفة'] } }] }),
      entity({ id: 'palestine-today', type: 'media', ar: 'فلسطين اليوم', en: 'Palestine Today', forms: [{ text: 'فلسطين اليوم', kind: 'name', guard: { requireAfter: ['قناة'], orQuoted: true } }] }),
    ]);
    const cat = parseCatalogue(text, 'cat.json');
    expect(cat).toEqual(JSON.parse(text));
  });

  it('reports bad JSON with its line', () => {
    expect(errorOf('{\n  "version": 1,\n  "entities": [\n    {"id": "x",}\n  ]\n}')).toBe("cat.json:4: invalid JSON: expected a string, found '}'");
    expect(errorOf('{\n  "version": 1\n')).toBe('cat.json:3: invalid JSON: expected \'}\', found end of file');
    expect(errorOf('{"version": 1, "version": 2}')).toBe('cat.json:1: duplicate key "version"');
    expect(errorOf('{\n  "version": 1, // one\n  "entities": []\n}')).toBe("cat.json:2: invalid JSON: comments are not JSON, found '/'");
    expect(errorOf('{\n  "version": 1,\n  "entities": [1,]\n}')).toBe("cat.json:3: invalid JSON: expected a value, found ']'");
    expect(errorOf('{\n  "version": 1,\n  "entities": ["a\tb"]\n}')).toMatch(/^cat\.json:3: invalid JSON: control character in string/);
  });

  it.each([
    ['duplicate id', [entity(), entity()], 'gaza', 'duplicate entity id "gaza" (first at line 5)', '"id": "gaza"', '"en"'],
    ['empty form', [entity({ forms: [{ text: ' ', kind: 'name' }] })], 'gaza', 'form " " of "gaza" "text" must be a non-empty string', '"text"', ''],
    ['form without letters', [entity({ forms: [{ text: '«»', kind: 'name' }] })], 'gaza', 'form "«»" of "gaza" has no letters', '"text"', ''],
    ['unknown type', [entity({ type: 'city' })], 'gaza', 'entity "gaza" has unknown type "city" (one of person, organization, state, place, event, media)', '"type"', ''],
    ['unknown kind', [entity({ forms: [{ text: 'غزة', kind: 'nickname' }] })], 'gaza', 'form "غزة" of "gaza" has unknown kind "nickname" (one of name, surname, alias, adjective)', '"kind"', ''],
    ['missing field', [{ id: 'gaza', type: 'place', ar: 'غزة', forms: [{ text: 'غزة', kind: 'name' }] }], 'gaza', 'an entity is missing "en"', '{', '"entities"'],
    ['unknown field', [entity({ wiki: 'x' })], 'gaza', 'unknown field "wiki" in an entity', '"wiki"', ''],
    ['bad id', [entity({ id: 'Gaza City' })], 'Gaza City', 'entity id "Gaza City" must be lowercase ASCII words joined by dashes', '"id"', ''],
    ['name not among forms', [entity({ ar: 'قطاع غزة' })], 'gaza', 'entity "gaza": its name "قطاع غزة" is not among its forms', '"ar"', ''],
    ['exact duplicate form', [entity({ forms: [{ text: 'غزة', kind: 'name' }, { text: 'غزة', kind: 'alias' }] })], 'gaza', 'duplicate form "غزة" in entity "gaza"', '{\n          "text": "غزة",\n          "kind": "alias"', ''],
    ['adjective not a nisba', [entity({ forms: [{ text: 'غزة', kind: 'name' }, { text: 'غزاوية', kind: 'adjective' }] })], 'gaza', 'adjective form "غزاوية" of "gaza" must be the masculine singular nisba, ending in ي', '"غزاوية"', ''],
    ['empty guard', [entity({ forms: [{ text: 'غزة', kind: 'name', guard: {} }] })], 'gaza', 'guard of form "غزة" of "gaza" is empty', '"guard"', ''],
    ['unknown guard field', [entity({ forms: [{ text: 'غزة', kind: 'name', guard: { before: ['x'] } }] })], 'gaza', 'unknown field "before" in guard of form "غزة" of "gaza"', '"before"', ''],
    ['bad proclitic', [entity({ forms: [{ text: 'غزة', kind: 'name', guard: { noProclitics: ['من'] } }] })], 'gaza', '"من" in guard of form "غزة" of "gaza" is not a proclitic (و ف ب ل ك ال)', '"noProclitics"', ''],
    ['guard word of two words', [entity({ forms: [{ text: 'غزة', kind: 'name', guard: { notAfter: ['قطاع غزة'] } }] })], 'gaza', '"قطاع غزة" in guard "notAfter" of form "غزة" of "gaza" must be a single word', '"notAfter"', ''],
    ['guard list empty', [entity({ forms: [{ text: 'غزة', kind: 'name', guard: { notAfter: [] } }] })], 'gaza', 'guard of form "غزة" of "gaza" "notAfter" must be a non-empty array', '"notAfter"', ''],
    ['orQuoted not true', [entity({ forms: [{ text: 'غزة', kind: 'name', guard: { requireAfter: ['صحيفة'], orQuoted: false } }] })], 'gaza', 'guard of form "غزة" of "gaza" "orQuoted" must be true or left out', '"orQuoted"', ''],
    ['orQuoted with nothing required', [entity({ forms: [{ text: 'غزة', kind: 'name', guard: { notAfter: ['قطاع'], orQuoted: true } }] })], 'gaza', 'guard of form "غزة" of "gaza" has "orQuoted" but no "requireAfter" or "requireBefore"', '"orQuoted"', ''],
    ['a form shadowed by the same form of an earlier entity', [entity(), entity({ id: 'gaza-daily', type: 'media', forms: [{ text: 'غزه', kind: 'name', guard: { notAfter: ['مدينة'] } }] })], 'gaza-daily', 'form "غزه" of "gaza-daily" is shadowed by the same form of "gaza"; give it a requireAfter or requireBefore', '"غزه"', ''],
    ['unknown parent', [entity({ partOf: ['palestine'] })], 'gaza', 'entity "gaza" is part of unknown entity "palestine"', '"partOf"', ''],
    ['no forms', [entity({ forms: [] })], 'gaza', 'entity "gaza" "forms" must be a non-empty array', '"forms"', ''],
    ['a guard list that is a string', [entity({ forms: [{ text: 'غزة', kind: 'name' }, { text: 'قطاع غزة', kind: 'alias', guard: { notAfter: 'مدينة' } }] })], 'gaza', 'guard of form "قطاع غزة" of "gaza" "notAfter" must be a non-empty array', '"notAfter"', ''],
    ['a form text that is a number', [entity({ forms: [{ text: 'غزة', kind: 'name' }, { text: 7, kind: 'alias' }] })], 'gaza', 'form "7" of "gaza" "text" must be a non-empty string', '"text": 7', ''],
    ['a misspelt field, not also a missing one', [entity({ forms: undefined, form: [{ text: 'غزة', kind: 'name' }] })], 'gaza', 'unknown field "form" in an entity', '"form"', ''],
  ])('reports %s on the offending line', (_, entities, _id, problem, needle, after) => {
    const text = doc(entities);
    expect(errorOf(text)).toBe(`cat.json:${lineOf(text, needle, after)}: ${problem}`);
  });

  it('reports a bad version and a missing entity list', () => {
    expect(errorOf(doc([entity()], 0))).toBe('cat.json:2: "version" must be a positive integer');
    expect(errorOf('{"version": 1}')).toBe('cat.json:1: the catalogue is missing "entities"');
    expect(errorOf('[]')).toBe('cat.json:1: the catalogue must be an object');
  });

  it('parses strings like JSON.parse', () => {
    const text = JSON.stringify({ version: 1, entities: [entity({ en: 'a\\"b\u00e9\ud83d\ude00\n\t/' })] });
    expect(parseCatalogue(text, 'cat.json')).toEqual(JSON.parse(text));
  });

  const real = resolve(import.meta.dirname, '..', '..', 'seeds', 'catalogue.json');
  it('accepts seeds/catalogue.json', () => {
    expect(parseCatalogue(readFileSync(real, 'utf8'), 'seeds/catalogue.json').entities.length).toBeGreaterThan(0);
  });
});
