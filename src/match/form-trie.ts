/**
 * Compiles a catalogue into a trie over whole folded words. Every form is expanded up front into
 * each way a page can write it (proclitics, article, nisba endings), so that scanning is one hash
 * lookup per word and clitic rules cost nothing at run time.
 */
import { FORM_KINDS, type Catalogue, type FormGuard, type FormKind } from './catalogue-types';
import { applyPrefix, prefixesFor } from './clitics';
import { isNisba, NISBA_ENDINGS } from '../text/proclitics';
import type { WordTable } from './word-table';
import { WordTableBuilder } from './word-table-builder';
import { foldedWords } from '../text/words';

/** Word-set conditions of a `FormGuard`, as ids of folded guard words. */
export interface CompiledGuard {
  notBefore: readonly number[] | null;
  notAfter: readonly number[] | null;
  requireBefore: readonly number[] | null;
  requireAfter: readonly number[] | null;
  orQuoted: boolean;
}

/** One way of writing one form, ending at a trie node. */
interface Terminal {
  entity: number;
  form: FormKind;
  /** Folded chars of proclitics at the start of the first word that the span leaves out. */
  skip: number;
  guard: CompiledGuard | null;
  /**
   * Lower wins among terminals on the same node: least stripped, then uninflected, then those
   * whose guard requires a context, then catalogue order.
   */
  rank: number;
}

/**
 * The trie as flat typed arrays (children and terminals of node n in the slices
 * `[childStart[n], childStart[n + 1])` and `[termStart[n], termStart[n + 1])`): the build can
 * ship it as bytes that a page loads without compiling anything (see packed-trie.ts).
 */
/** Node, word and entity numbers, each array in the narrowest type its values fit. */
export type Ints = Int32Array | Int16Array | Uint16Array;

/** `values` as Uint16 or Int16 where they fit: the trie ships in half the bytes. */
function narrow(values: Int32Array): Ints {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo >= 0 && hi <= 0xffff) return Uint16Array.from(values);
  if (lo >= -0x8000 && hi <= 0x7fff) return Int16Array.from(values);
  return values;
}

export interface FormTrie {
  /** Every word a mention can start with; the scanner looks up every word of the page here. */
  first: WordTable;
  /** Node reached from the root by `first` id. */
  root: Ints;
  /** The later words of forms and the guard words, looked up only next to a candidate. */
  rest: WordTable;
  childStart: Ints;
  /** `rest` id of each child edge, ascending within a node. */
  childKey: Ints;
  childNode: Ints;
  /** A node's terminals, best first. */
  termStart: Ints;
  termEntity: Ints;
  /** Index into FORM_KINDS. */
  termForm: Uint8Array;
  termSkip: Uint8Array;
  /** Index into `guards`, or -1. */
  termGuard: Ints;
  guards: readonly CompiledGuard[];
  /**
   * The guard words each `rest` id is a form of (itself, or itself behind clitics): those of id
   * `r` are `guardBase[guardStart[r]]` up to `guardBase[guardStart[r + 1]]`. Typed arrays, so a
   * page reads them in place rather than parsing thousands of tiny lists.
   */
  guardStart: Ints;
  guardBase: Ints;
  ids: readonly string[];
}

/** The node reached from `node` by the word with `rest` id `key`, or -1. */
export function childOf(trie: FormTrie, node: number, key: number): number {
  const { childStart, childKey, childNode } = trie;
  let lo = childStart[node]!;
  let hi = childStart[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = childKey[mid]!;
    if (k === key) return childNode[mid]!;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export const isLeaf = (trie: FormTrie, node: number): boolean => trie.childStart[node] === trie.childStart[node + 1];

class GuardCompiler {
  private readonly base = new Map<string, number>();
  readonly variants: Array<[string, number]> = [];

  ids(words: readonly string[] | undefined): number[] | null {
    if (!words) return null;
    return words.map((w) => {
      const folded = foldedWords(w).join(' ');
      let id = this.base.get(folded);
      if (id === undefined) {
        id = this.base.size;
        this.base.set(folded, id);
        // The neighbour is compared with its clitics stripped: وشديد and الشديد count as شديد.
        for (const p of prefixesFor(folded, true)) this.variants.push([applyPrefix(p, folded), id]);
      }
      return id;
    });
  }

  compile(g: FormGuard | undefined): CompiledGuard | null {
    if (!g || (!g.notBefore && !g.notAfter && !g.requireBefore && !g.requireAfter)) return null;
    return {
      notBefore: this.ids(g.notBefore),
      notAfter: this.ids(g.notAfter),
      requireBefore: this.ids(g.requireBefore),
      requireAfter: this.ids(g.requireAfter),
      orQuoted: g.orQuoted === true,
    };
  }
}

interface Path {
  words: string[];
  terminal: Terminal;
}

function expandForm(words: string[], kind: FormKind, entity: number, order: number, guard: FormGuard | undefined, compiled: CompiledGuard | null): Path[] {
  const adjective = kind === 'adjective';
  const endings = adjective && isNisba(words[words.length - 1]!) ? NISBA_ENDINGS : [''];
  // A form whose guard asks for a context (غزة after مدينتي) beats a plain one when it holds.
  const specific = guard?.requireAfter !== undefined || guard?.requireBefore !== undefined;
  const banned = new Set((guard?.noProclitics ?? []).map((c) => foldedWords(c).join('')));
  const paths: Path[] = [];
  for (const p of prefixesFor(words[0]!, adjective, banned)) {
    endings.forEach((ending, e) => {
      const surface = [...words];
      surface[surface.length - 1] += ending;
      surface[0] = applyPrefix(p, surface[0]!);
      const rank = ((p.skip * 2 + (e > 0 ? 1 : 0)) * 2 + (specific ? 0 : 1)) * 1e6 + order;
      paths.push({ words: surface, terminal: { entity, form: kind, skip: p.skip, guard: compiled, rank } });
    });
  }
  return paths;
}

export function compileTrie(cat: Catalogue): FormTrie {
  const first = new WordTableBuilder();
  const rest = new WordTableBuilder();
  const guards = new GuardCompiler();
  const paths: Path[] = [];
  let order = 0;
  for (const [e, entity] of cat.entities.entries()) {
    for (const form of entity.forms) {
      const words = foldedWords(form.text);
      if (words.length === 0) continue;
      paths.push(...expandForm(words, form.kind, e, order++, form.guard, guards.compile(form.guard)));
    }
  }

  const root: number[] = [];
  const children: Array<Map<number, number>> = [];
  const terminals: Terminal[][] = [];
  const newNode = (): number => {
    children.push(new Map());
    terminals.push([]);
    return children.length - 1;
  };
  for (const { words, terminal } of paths) {
    const head = first.add(words[0]!);
    let node = (root[head] ??= newNode());
    for (const w of words.slice(1)) {
      const id = rest.add(w);
      const next = children[node]!.get(id) ?? newNode();
      children[node]!.set(id, next);
      node = next;
    }
    terminals[node]!.push(terminal);
  }
  for (const list of terminals) list.sort((a, b) => a.rank - b.rank);

  const guardWords: number[][] = [];
  for (const [word, base] of guards.variants) {
    const id = rest.add(word);
    (guardWords[id] ??= []).push(base);
  }
  const restTable = rest.seal();
  return {
    first: first.seal(),
    root: narrow(Int32Array.from(root)),
    rest: restTable,
    ...flatten(children, terminals),
    ...guardLists(guardWords, restTable.size),
    ids: cat.entities.map((x) => x.id),
  };
}

/** Each rest id's guard words, as FormTrie holds them. */
function guardLists(lists: readonly (number[] | undefined)[], size: number): Pick<FormTrie, 'guardStart' | 'guardBase'> {
  const start = new Int32Array(size + 1);
  const base: number[] = [];
  for (let id = 0; id < size; id++) {
    for (const b of lists[id] ?? []) base.push(b);
    start[id + 1] = base.length;
  }
  return { guardStart: narrow(start), guardBase: narrow(Int32Array.from(base)) };
}

type Flat = Pick<FormTrie, 'childStart' | 'childKey' | 'childNode' | 'termStart' | 'termEntity' | 'termForm' | 'termSkip' | 'termGuard' | 'guards'>;

function flatten(children: Array<Map<number, number>>, terminals: Terminal[][]): Flat {
  const nodes = children.length;
  const edges = children.reduce((sum, c) => sum + c.size, 0);
  const count = terminals.reduce((sum, t) => sum + t.length, 0);
  const flat: Flat = {
    childStart: new Int32Array(nodes + 1),
    childKey: new Int32Array(edges),
    childNode: new Int32Array(edges),
    termStart: new Int32Array(nodes + 1),
    termEntity: new Int32Array(count),
    termForm: new Uint8Array(count),
    termSkip: new Uint8Array(count),
    termGuard: new Int32Array(count),
    guards: [],
  };
  const guardIndex = new Map<CompiledGuard, number>();
  const guards: CompiledGuard[] = [];
  let e = 0;
  let t = 0;
  for (let n = 0; n < nodes; n++) {
    flat.childStart[n] = e;
    for (const [key, child] of [...children[n]!].sort((a, b) => a[0] - b[0])) {
      flat.childKey[e] = key;
      flat.childNode[e++] = child;
    }
    flat.termStart[n] = t;
    for (const term of terminals[n]!) {
      let g = -1;
      if (term.guard) {
        g = guardIndex.get(term.guard) ?? guards.push(term.guard) - 1;
        guardIndex.set(term.guard, g);
      }
      flat.termEntity[t] = term.entity;
      flat.termForm[t] = FORM_KINDS.indexOf(term.form);
      flat.termSkip[t] = term.skip;
      flat.termGuard[t++] = g;
    }
  }
  flat.childStart[nodes] = e;
  flat.termStart[nodes] = t;
  return {
    ...flat,
    childStart: narrow(flat.childStart as Int32Array),
    childKey: narrow(flat.childKey as Int32Array),
    childNode: narrow(flat.childNode as Int32Array),
    termStart: narrow(flat.termStart as Int32Array),
    termEntity: narrow(flat.termEntity as Int32Array),
    termGuard: narrow(flat.termGuard as Int32Array),
    guards,
  };
}
