/**
 * The catalogue's trie for scan, kept compiled between runs (see source-cache.ts): compiling
 * expands the catalogue's forms into thousands of written forms, 60-80 ms of every scan's
 * start, where reading the kept trie takes a few. It is kept with a hash of the catalogue's text
 * and of every source the parse and the compile run, and compiled again when one differs; a
 * kept file that cannot be read is compiled again too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalogue } from '../../src/match/catalogue-types';
import type { FormTrie } from '../../src/match/form-trie';
import { packBytes, packTrie, unpackBytes, unpackTrie, type TrieMeta } from '../../src/match/packed-trie';
import { bundle, CACHE_DIR, digest, keep, unchanged, type Sources } from './source-cache';

const CACHE = join(CACHE_DIR, 'catalogue-trie.bin');

interface Kept {
  /** The hash of the catalogue's text. */
  catalogue: string;
  sources: Sources;
  trie: TrieMeta;
}

/** What parses and compiles the catalogue: the sources a kept trie depends on. */
const COMPILER = ['../../src/match/catalogue.ts', '../../src/match/form-trie.ts'].map((f) => fileURLToPath(new URL(f, import.meta.url)));

function read(cache: string, catalogue: string): FormTrie | null {
  try {
    const bytes = readFileSync(cache);
    const { meta, arrays } = unpackBytes<Kept>(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    return meta.catalogue === catalogue && unchanged(meta.sources) ? unpackTrie(meta.trie, arrays) : null;
  } catch {
    return null;
  }
}

/**
 * The trie of `catalogue`, parsed from `text`: the kept one when it was made from this text by
 * these sources, else `compile`'s, then kept. `cache`: where it is kept.
 */
export function keptTrie(text: string, catalogue: Catalogue, compile: (c: Catalogue) => FormTrie, cache = CACHE): FormTrie {
  const hash = digest(text);
  const kept = read(cache, hash);
  if (kept) return kept;
  const trie = compile(catalogue);
  let sources: Sources;
  try {
    sources = bundle(...COMPILER).sources;
  } catch {
    // Without its sources' hashes a trie cannot be told stale: none is kept.
    return trie;
  }
  const arrays: Parameters<typeof packTrie>[1] = [];
  const meta: Kept = { catalogue: hash, sources, trie: packTrie(trie, arrays) };
  keep(cache, packBytes(meta, arrays));
  return trie;
}
