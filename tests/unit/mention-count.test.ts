/**
 * Counting mentions without building them gives the scan's own tally.
 */
import { describe, expect, it } from 'vitest';
import { compileTrie } from '../../src/match/form-trie';
import { trieMatcher } from '../../src/match/matcher';
import { seedEngine } from './engine-fixtures';
import { seedTexts } from '../../bench/lib/seeds';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const texts = seedTexts(root);

function tally(ids: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of ids) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
}

const sorted = (m: Map<string, number>) => [...m].sort((a, b) => a[0].localeCompare(b[0]));

describe('counting mentions', () => {
  const { catalogue } = seedEngine();
  const trie = compileTrie(catalogue);
  const matcher = trieMatcher(trie);

  it.each(texts.map((t, i) => [i, t] as const))('seed %i: count is the tally of scan', (_, text) => {
    expect(sorted(matcher.count([text]))).toEqual(sorted(tally(matcher.scan(text).map((m) => m.id))));
  });
});
