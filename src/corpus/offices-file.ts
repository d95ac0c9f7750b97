/**
 * Reads and validates seeds/offices.json at build time: every office's terms in order and never
 * overlapping, no end before its start, every holder a person of the catalogue, every fact with
 * a source (a seed passage that exists, or a public record with its date); any fault fails the
 * build naming file and line.
 */
import * as v from 'valibot';
import { isoDate } from './metadata';
import { JsonFile, jsonObject, nonEmptyString, type JsonPath } from '../json/json-file';
import type { Catalogue } from '../match/catalogue-types';
import { expandPhrase, type FactSource, type Offices } from '../dated/offices';

export const OFFICES_FILE = 'seeds/offices.json';
export const OFFICES_VERSION = 1;

const text = (field: string) => nonEmptyString(`${field} must be a non-empty string`);
const LINE = 'a line number must be a positive integer';
const lineNumber = v.pipe(v.number(LINE), v.integer(LINE), v.minValue(1, LINE));
const seedPassage = jsonObject({ seed: text('seed'), line: lineNumber }, 'a seed passage');
const source = v.union(
  [seedPassage, jsonObject({ reference: text('reference'), date: isoDate }, 'a public record')],
  'source must be a seed passage {seed, line} or a public record {reference, date}',
);
const id = v.pipe(text('id'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, (issue) => `id "${String(issue.input)}" must be lowercase ASCII words joined by dashes`));

const term = jsonObject(
  { person: id, start: isoDate, end: v.optional(isoDate), source, attested: v.optional(v.array(seedPassage, 'attested must be a list of seed passages')) },
  'a term',
);
const office = jsonObject(
  {
    id,
    ar: text('ar'),
    en: text('en'),
    phrases: v.pipe(v.array(text('phrase'), 'phrases must be a list'), v.minLength(1, 'an office needs a phrase')),
    holders: v.pipe(v.array(term, 'holders must be a list'), v.minLength(1, 'an office needs a holder')),
  },
  'an office',
);
const event = jsonObject({ person: id, date: isoDate, ar: text('ar'), en: text('en'), source }, 'an event');
const schema = jsonObject({
  version: v.literal(OFFICES_VERSION, `version must be ${OFFICES_VERSION}`),
  adjectives: v.record(v.pipe(v.string(), v.regex(/^[A-Z_]+$/, 'an adjective key is upper-case ASCII')), v.array(text('spelling'))),
  offices: v.array(office, 'offices must be a list'),
  events: v.array(event, 'events must be a list'),
});

/** The seed files with their line counts, for checking seed passages. */
export type SeedLines = ReadonlyMap<string, number>;

export function parseOffices(jsonText: string, file: string, catalogue: Catalogue, seeds: SeedLines): Offices {
  const json = JsonFile.parse(jsonText, file);
  const offices: Offices = json.check(schema);
  const people = new Set(catalogue.entities.filter((e) => e.type === 'person').map((e) => e.id));
  const checkPerson = (person: string, at: JsonPath): void => {
    if (!people.has(person)) json.fail(at, `"${person}" is not a person of the catalogue`);
  };
  const checkSeed = (s: { seed: string; line: number }, at: JsonPath): void => {
    const lines = seeds.get(s.seed);
    if (lines === undefined) json.fail([...at, 'seed'], `no seed file ${s.seed}`);
    if (s.line > lines!) json.fail([...at, 'line'], `${s.seed} has ${lines} lines, not ${s.line}`);
  };
  const checkSource = (s: FactSource, at: JsonPath): void => {
    if ('seed' in s) checkSeed(s, at);
  };

  const ids = new Set<string>();
  offices.offices.forEach((o, i) => {
    const at = (...path: (string | number)[]): JsonPath => ['offices', i, ...path];
    if (ids.has(o.id)) json.fail(at('id'), `duplicate office id "${o.id}"`);
    ids.add(o.id);
    o.phrases.forEach((p, k) => {
      try {
        expandPhrase(p, offices.adjectives);
      } catch (err) {
        json.fail(at('phrases', k), (err as Error).message);
      }
    });
    const terms = o.holders.map((t, k) => ({ t, k })).sort((a, b) => (a.t.start < b.t.start ? -1 : 1));
    terms.forEach(({ t, k }, n) => {
      checkPerson(t.person, at('holders', k, 'person'));
      checkSource(t.source, at('holders', k, 'source'));
      t.attested?.forEach((s, a) => checkSeed(s, at('holders', k, 'attested', a)));
      if (t.end !== undefined && t.end <= t.start) json.fail(at('holders', k, 'end'), `term of "${t.person}" ends ${t.end}, not after it starts ${t.start}`);
      const before = terms[n - 1]?.t;
      if (before && (before.end === undefined || before.end > t.start)) {
        json.fail(at('holders', k, 'start'), `term of "${t.person}" from ${t.start} overlaps "${before.person}"'s ${before.start}..${before.end ?? 'open'} in office "${o.id}"`);
      }
    });
  });
  offices.events.forEach((e, i) => {
    checkPerson(e.person, ['events', i, 'person']);
    checkSource(e.source, ['events', i, 'source']);
  });
  return offices;
}
