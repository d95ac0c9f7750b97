/**
 * scan's kept catalogue and trie: read back only when made from the same catalogue text by the
 * same sources, and giving what the parse and the compiled trie give.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTexts } from '../../bench/lib/seeds';
import { parseCatalogue } from '../../src/match/catalogue';
import type { Catalogue } from '../../src/match/catalogue-types';
import { compileTrie, type FormTrie } from '../../src/match/form-trie';
import { trieMatcher } from '../../src/match/matcher';
import { packBytes, unpackBytes } from '../../src/match/packed-trie';
import { keptCatalogue } from '../../scripts/lib/kept-trie';

const root = resolve(import.meta.dirname, '..', '..');
const text = readFileSync(join(root, 'seeds', 'catalogue.json'), 'utf8');
const catalogue = parseCatalogue(text, 'catalogue.json');
const seeds = seedTexts(root).join('\n\n');

describe('keptCatalogue', () => {
  let dir: string;
  let cache: string;
  let parsed: number;
  let compiled: number;
  const parse = (t: string): Catalogue => {
    parsed++;
    return parseCatalogue(t, 'catalogue.json');
  };
  const compile = (c: Catalogue): FormTrie => {
    compiled++;
    return compileTrie(c);
  };
  const keptTrie = (t: string): FormTrie => keptCatalogue(t, parse, compile, cache).trie;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'siyaq-kept-trie-'));
    cache = join(dir, 'trie.bin');
    parsed = 0;
    compiled = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is compiled once, then read back, and finds what the compiled trie finds', () => {
    const first = keptTrie(text);
    const again = keptTrie(text);
    expect(compiled).toBe(1);
    expect(again).not.toBe(first);
    const mentions = trieMatcher(first).scan(seeds);
    expect(mentions.length).toBeGreaterThan(400);
    expect(trieMatcher(again).scan(seeds)).toEqual(mentions);
  });

  it('is parsed once, then read back as the parse gave it', () => {
    const first = keptCatalogue(text, parse, compile, cache).catalogue;
    const again = keptCatalogue(text, parse, compile, cache).catalogue;
    expect(parsed).toBe(1);
    expect(again).not.toBe(first);
    expect(again).toEqual(catalogue);
  });

  it('is parsed and compiled again for another catalogue text, whose problems are reported', () => {
    keptTrie(text);
    keptTrie(`${text}\n`);
    expect([parsed, compiled]).toEqual([2, 2]);
    const broken = text.replace('"type": "person"', '"type": "human"');
    expect(broken).not.toBe(text);
    expect(() => keptTrie(broken)).toThrow(/catalogue\.json:\d+: .*unknown type "human"/);
    expect(parsed).toBe(3);
  });

  // The lockfile stands for the files of packages esbuild cannot see (jsonc-parser's parser).
  it.each(['src/match/clitics.ts', 'package-lock.json'])('is made again when %s, which it was made by, has changed', (source) => {
    keptTrie(text);
    const bytes = readFileSync(cache);
    const { meta, arrays } = unpackBytes<{ sources: Record<string, string> }>(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    expect(Object.keys(meta.sources)).toEqual(expect.arrayContaining(['src/match/catalogue.ts', 'src/match/form-trie.ts', source]));
    writeFileSync(cache, packBytes({ ...meta, sources: { ...meta.sources, [source]: 'another' } }, arrays));
    keptTrie(text);
    expect([parsed, compiled]).toEqual([2, 2]);
  });

  it('is made again from a kept file whose sources leave out one it is now made by (one of an older format)', () => {
    keptTrie(text);
    const bytes = readFileSync(cache);
    const { meta, arrays } = unpackBytes<{ sources: Record<string, string> }>(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    expect(Object.keys(meta.sources)).toContain('scripts/lib/kept-trie.ts');
    const { 'scripts/lib/kept-trie.ts': _, ...older } = meta.sources;
    writeFileSync(cache, packBytes({ ...meta, sources: older }, arrays));
    expect(keptCatalogue(text, parse, compile, cache).catalogue).toEqual(catalogue);
    expect([parsed, compiled]).toEqual([2, 2]);
  });

  it('is compiled again, without an error, from a kept file cut short', () => {
    keptTrie(text);
    writeFileSync(cache, readFileSync(cache).subarray(0, 5000));
    const trie = keptTrie(text);
    expect(compiled).toBe(2);
    expect(trieMatcher(trie).scan(seeds)).toEqual(trieMatcher(compileTrie(catalogue)).scan(seeds));
  });
});
