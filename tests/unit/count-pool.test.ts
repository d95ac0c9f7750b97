/**
 * Counting a file's pieces on two threads: the tallies add up to one thread's, and a worker that
 * dies leaves the count whole.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedTexts } from '../../bench/lib/seeds';
import { compileTrie } from '../../src/match/form-trie';
import { trieMatcher } from '../../src/match/matcher';
import { parseCatalogue } from '../../src/match/catalogue';
import { paragraphCuts } from '../../src/text/utf8-paragraphs';
import { CountPool } from '../../scripts/lib/count-pool';
import type { SharedText } from '../../scripts/lib/piece-claims';

const root = resolve(import.meta.dirname, '..', '..');
const trie = compileTrie(parseCatalogue(readFileSync(resolve(root, 'seeds', 'catalogue.json'), 'utf8'), 'catalogue.json'));
const matcher = trieMatcher(trie);
const text = seedTexts(root).join('\n\n').repeat(20);

function shared(): SharedText {
  const encoded = new TextEncoder().encode(text);
  const bytes = new SharedArrayBuffer(encoded.length);
  new Uint8Array(bytes).set(encoded);
  return { bytes, cuts: Int32Array.from(paragraphCuts(encoded, 4096)), next: new SharedArrayBuffer(4) };
}

describe('CountPool', () => {
  const whole = new Map([...matcher.count([text])].sort());
  const sorted = (m: Map<string, number>) => new Map([...m].sort());

  it('adds up to what one thread counts', async () => {
    const pool = CountPool.start();
    pool.share(trie);
    // Given time to start, the worker takes its share of the pieces.
    await new Promise((r) => setTimeout(r, 500));
    const job = shared();
    const counts = await pool.count(matcher, job);
    expect(sorted(counts)).toEqual(whole);
    expect(job.cuts.length).toBeGreaterThan(50);
    await pool.close();
  });

  it('counts the whole on its own when the worker has died', async () => {
    const pool = CountPool.start();
    pool.share(trie);
    await pool.close();
    expect(sorted(await pool.count(matcher, shared()))).toEqual(whole);
  });
});
