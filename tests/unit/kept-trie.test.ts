/**
 * scan's kept trie: read back only when made from the same catalogue text by the same sources,
 * and finding what the compiled trie finds.
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
import { keptTrie } from '../../scripts/lib/kept-trie';

const root = resolve(import.meta.dirname, '..', '..');
const text = readFileSync(join(root, 'seeds', 'catalogue.json'), 'utf8');
const catalogue = parseCatalogue(text, 'catalogue.json');
const seeds = seedTexts(root).join('\n\n');

describe('keptTrie', () => {
  let dir: string;
  let cache: string;
  let compiled: number;
  const compile = (c: Catalogue): FormTrie => {
    compiled++;
    return compileTrie(c);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'siyaq-kept-trie-'));
    cache = join(dir, 'trie.bin');
    compiled = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is compiled once, then read back, and finds what the compiled trie finds', () => {
    const first = keptTrie(text, catalogue, compile, cache);
    const again = keptTrie(text, catalogue, compile, cache);
    expect(compiled).toBe(1);
    expect(again).not.toBe(first);
    const mentions = trieMatcher(first).scan(seeds);
    expect(mentions.length).toBeGreaterThan(400);
    expect(trieMatcher(again).scan(seeds)).toEqual(mentions);
  });

  it('is compiled again for another catalogue text', () => {
    keptTrie(text, catalogue, compile, cache);
    keptTrie(`${text}\n`, catalogue, compile, cache);
    expect(compiled).toBe(2);
  });

  it('is compiled again when a source it was made by has changed', () => {
    keptTrie(text, catalogue, compile, cache);
    const bytes = readFileSync(cache);
    const { meta, arrays } = unpackBytes<{ sources: Record<string, string> }>(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    expect(Object.keys(meta.sources)).toEqual(expect.arrayContaining(['src/match/catalogue.ts', 'src/match/form-trie.ts', 'src/match/clitics.ts']));
    writeFileSync(cache, packBytes({ ...meta, sources: { ...meta.sources, 'src/match/clitics.ts': 'another' } }, arrays));
    keptTrie(text, catalogue, compile, cache);
    expect(compiled).toBe(2);
  });

  it('is compiled again, without an error, from a kept file cut short', () => {
    keptTrie(text, catalogue, compile, cache);
    writeFileSync(cache, readFileSync(cache).subarray(0, 5000));
    const trie = keptTrie(text, catalogue, compile, cache);
    expect(compiled).toBe(2);
    expect(trieMatcher(trie).scan(seeds)).toEqual(trieMatcher(compileTrie(catalogue)).scan(seeds));
  });
});
