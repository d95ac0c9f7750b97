/**
 * A compiled trie as bytes: the build compiles the catalogue once and ships the result, so a
 * page loads the matcher as views over one buffer instead of expanding 273 forms into thousands
 * of written forms on every visit. Layout: a little-endian u32 length, that many bytes of UTF-8
 * JSON (what is not numbers, and where each typed array lies), then the arrays, each aligned to
 * 4 bytes so that they are read in place.
 */
import type { FormTrie, Ints } from './form-trie';
import { WordTable, type PackedWords } from './word-table';

type Numbers = Uint32Array | Int32Array | Int16Array | Uint16Array | Uint8Array;
const KINDS = { u32: Uint32Array, i32: Int32Array, i16: Int16Array, u16: Uint16Array, u8: Uint8Array } as const;
type Kind = keyof typeof KINDS;

const kindOf = (a: Numbers): Kind =>
  a instanceof Uint32Array ? 'u32' : a instanceof Int32Array ? 'i32' : a instanceof Int16Array ? 'i16' : a instanceof Uint16Array ? 'u16' : 'u8';

/** JSON `meta` and typed arrays as one buffer; `meta` can refer to array i as its index. */
export function packBytes(meta: unknown, arrays: readonly Numbers[]): Uint8Array {
  const layout: [Kind, number][] = arrays.map((a) => [kindOf(a), a.length]);
  const head = new TextEncoder().encode(JSON.stringify({ meta, layout }));
  const align = (n: number): number => (n + 3) & ~3;
  let size = align(4 + head.length);
  for (const a of arrays) size += align(a.byteLength);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, head.length, true);
  out.set(head, 4);
  let at = align(4 + head.length);
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += align(a.byteLength);
  }
  return out;
}

export function unpackBytes<M>(buffer: ArrayBuffer): { meta: M; arrays: Numbers[] } {
  const length = new DataView(buffer).getUint32(0, true);
  const { meta, layout } = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length))) as { meta: M; layout: [Kind, number][] };
  let at = (4 + length + 3) & ~3;
  const arrays = layout.map(([kind, n]) => {
    const Ctor = KINDS[kind];
    const a = new Ctor(buffer, at, n);
    at += (a.byteLength + 3) & ~3;
    return a;
  });
  return { meta, arrays };
}

/** What of a trie is not numbers, and the index of each of its arrays in the buffer. */
export interface TrieMeta {
  guards: FormTrie['guards'];
  ids: readonly string[];
  arrays: Record<(typeof ARRAYS)[number] | `first.${keyof PackedWords}` | `rest.${keyof PackedWords}`, number>;
}

const ARRAYS = ['root', 'childStart', 'childKey', 'childNode', 'termStart', 'termEntity', 'termForm', 'termSkip', 'termGuard', 'guardStart', 'guardBase'] as const;
const WORD_ARRAYS = ['pool', 'start', 'hash', 'slots', 'filter'] as const;

/** Adds a trie's arrays to `arrays` and returns its meta. */
export function packTrie(trie: FormTrie, arrays: Numbers[]): TrieMeta {
  const index = {} as TrieMeta['arrays'];
  for (const name of ARRAYS) index[name] = arrays.push(trie[name]) - 1;
  for (const table of ['first', 'rest'] as const) {
    const packed = trie[table].packed();
    for (const name of WORD_ARRAYS) index[`${table}.${name}`] = arrays.push(packed[name]) - 1;
  }
  return { guards: trie.guards, ids: trie.ids, arrays: index };
}

export function unpackTrie(meta: TrieMeta, arrays: readonly Numbers[]): FormTrie {
  const at = (name: keyof TrieMeta['arrays']) => arrays[meta.arrays[name]]!;
  const table = (name: 'first' | 'rest'): WordTable =>
    new WordTable({
      pool: at(`${name}.pool`) as Uint16Array,
      start: at(`${name}.start`) as Int32Array,
      hash: at(`${name}.hash`) as Int32Array,
      slots: at(`${name}.slots`) as Int16Array | Int32Array,
      filter: at(`${name}.filter`) as Uint32Array,
    });
  return {
    first: table('first'),
    rest: table('rest'),
    root: at('root') as Ints,
    childStart: at('childStart') as Ints,
    childKey: at('childKey') as Ints,
    childNode: at('childNode') as Ints,
    termStart: at('termStart') as Ints,
    termEntity: at('termEntity') as Ints,
    termForm: at('termForm') as Uint8Array,
    termSkip: at('termSkip') as Uint8Array,
    termGuard: at('termGuard') as Ints,
    guards: meta.guards,
    guardStart: at('guardStart') as Ints,
    guardBase: at('guardBase') as Ints,
    ids: meta.ids,
  };
}
