/**
 * The catalogue and its trie for scan, kept parsed and compiled between runs (see
 * source-cache.ts): compiling expands the catalogue's forms into thousands of written forms,
 * 60-80 ms of every scan's start, and parsing it with its checks 20-50 ms more, where reading
 * both back takes a few. They are kept with a hash of the catalogue's text and of every source
 * the parse and the compile run, and made again when one differs: the same text read by the same
 * checks passes them again, so a kept catalogue needs no checking. A kept file that cannot be
 * read is made again too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../../src/match/catalogue-types';
import type { FormTrie } from '../../src/match/form-trie';
import { packBytes, packTrie, unpackBytes, unpackTrie, type TrieMeta } from '../../src/match/packed-trie';
import { bundle, CACHE_DIR, digest, keep, sourceHash, unchanged, type Sources } from './source-cache';

const CACHE = join(CACHE_DIR, 'catalogue-trie.bin');

interface Kept {
  /** The hash of the catalogue's text. */
  catalogue: string;
  sources: Sources;
  /** The catalogue as the parse gave it. */
  parsed: Catalogue;
  trie: TrieMeta;
}

/**
 * What parses and compiles the catalogue, and this file, which says what a kept file holds: the
 * sources a kept one depends on, relative to the project's root as the kept sources name them.
 */
const COMPILER = ['src/match/catalogue.ts', 'src/match/form-trie.ts', 'scripts/lib/kept-trie.ts'];
/**
 * The lockfile, kept among the sources too: jsonc-parser's UMD build loads its parser from files
 * esbuild cannot see, and the lockfile changes with any package's version.
 */
const LOCKFILE = 'package-lock.json';
/** A kept file whose sources leave one of these out is stale. */
const ENTRIES = [...COMPILER, LOCKFILE];

export interface ParsedCatalogue {
  catalogue: Catalogue;
  trie: FormTrie;
}

function read(cache: string, catalogue: string): ParsedCatalogue | null {
  try {
    const bytes = readFileSync(cache);
    const { meta, arrays } = unpackBytes<Kept>(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const current = meta.catalogue === catalogue && ENTRIES.every((f) => f in meta.sources) && unchanged(meta.sources);
    return current ? { catalogue: meta.parsed, trie: unpackTrie(meta.trie, arrays) } : null;
  } catch {
    return null;
  }
}

/**
 * The catalogue in `text` and its trie: the kept ones when they were made from this text by
 * these sources, else `parse`'s (which throws on a bad catalogue) and `compile`'s, then kept.
 * `cache`: where they are kept.
 */
export function keptCatalogue(text: string, parse: (text: string) => Catalogue, compile: (c: Catalogue) => FormTrie, cache = CACHE): ParsedCatalogue {
  const hash = digest(text);
  const kept = read(cache, hash);
  if (kept) return kept;
  const catalogue = parse(text);
  const trie = compile(catalogue);
  let sources: Sources;
  try {
    sources = { ...bundle(...COMPILER).sources, [LOCKFILE]: sourceHash(LOCKFILE) };
  } catch {
    // Without its sources' hashes nothing kept could be told stale: nothing is kept.
    return { catalogue, trie };
  }
  const arrays: Parameters<typeof packTrie>[1] = [];
  const meta: Kept = { catalogue: hash, sources, parsed: catalogue, trie: packTrie(trie, arrays) };
  keep(cache, packBytes(meta, arrays));
  return { catalogue, trie };
}
