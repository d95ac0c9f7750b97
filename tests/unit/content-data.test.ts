/**
 * The content script's data file: the matchers the build precompiles find exactly what the
 * catalogue compiled in place finds, on every seed, and the page-level resolution on top of them
 * too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContentData, derivedCatalogue } from '../../src/match/data-build';
import { readContentData } from '../../src/match/data-read';
import { OFFICES_FILE, parseOffices } from '../../src/corpus/offices-file';
import { parseCatalogue } from '../../src/match/catalogue';
import { compileMatcher } from '../../src/match/matcher';
import { pageMatcher } from '../../src/match/page-matcher';

const root = resolve(import.meta.dirname, '../..');
const seedNames = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
const seeds = seedNames.map((f) => [f, readFileSync(join(root, 'seeds', f), 'utf8')] as const);
const catalogue = parseCatalogue(readFileSync(join(root, 'seeds/catalogue.json'), 'utf8'), 'seeds/catalogue.json');
const offices = parseOffices(readFileSync(join(root, OFFICES_FILE), 'utf8'), OFFICES_FILE, catalogue, new Map(seeds.map(([f, t]) => [f, t.split('\n').length])));

const bytes = buildContentData(catalogue, offices);
// A copy, as a fetch would give it: its own buffer, nothing shared with the build's arrays.
const data = readContentData(bytes.slice().buffer);
const plain = compileMatcher(catalogue);
const derived = compileMatcher(derivedCatalogue(catalogue, offices));

describe('precompiled matchers', () => {
  it.each(seeds)('find what the compiled catalogue finds in %s', (_, text) => {
    expect(data.plain.scan(text)).toEqual(plain.scan(text));
    expect(data.derived.scan(text)).toEqual(derived.scan(text));
    expect(plain.scan(text).length).toBeGreaterThan(0);
  });

  it.each(seeds)('resolve role phrases and anaphors alike in %s', (_, text) => {
    const page = { date: '2024-06-01', offices, rules: data.rules, people: data.people };
    const shipped = pageMatcher(data.plain, data.derived, page);
    const compiled = pageMatcher(plain, derived, page);
    for (const block of text.split('\n')) expect(shipped.scan(block)).toEqual(compiled.scan(block));
  });

  it('carry every entity, its type and names, and the offices', () => {
    expect([...data.entities.values()]).toEqual(catalogue.entities.map(({ id, type, ar, en }) => ({ id, type, ar, en })));
    expect(data.offices).toEqual(offices);
    expect(data.people).toEqual(new Set(catalogue.entities.filter((e) => e.type === 'person').map((e) => e.id)));
  });

  it('are compact: typed arrays, not JSON', () => {
    // Base64 JSON of the same tables was 800 KiB; the word tables' slots and filters are ~70 KiB.
    expect(bytes.length).toBeLessThan(500 * 1024);
  });
});
