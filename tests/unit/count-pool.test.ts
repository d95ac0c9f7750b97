/**
 * Counting a file's pieces on two threads: the tallies add up to one thread's, and a worker that
 * dies leaves the count whole.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

  it('runs a kept bundle only while every source it was made from is unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siyaq-count-cache-'));
    const cache = join(dir, 'count-worker.json');
    const countWith = async (): Promise<Map<string, number>> => {
      const pool = CountPool.start(cache);
      pool.share(trie);
      await new Promise((r) => setTimeout(r, 300));
      const counts = await pool.count(matcher, shared());
      await pool.close();
      return sorted(counts);
    };
    try {
      expect(await countWith()).toEqual(whole);
      const kept = JSON.parse(readFileSync(cache, 'utf8')) as { sources: Record<string, string>; code: string };
      expect(Object.keys(kept.sources)).toContain('src/match/matcher.ts');
      // A bundle whose worker claims nothing and answers a count of its own: seen if it runs.
      const odd = `require('node:worker_threads').parentPort.on('message', (m) => m.kind === 'count' && require('node:worker_threads').parentPort.postMessage(new Map([['odd', 1]])));`;
      writeFileSync(cache, JSON.stringify({ sources: kept.sources, code: odd }));
      expect((await countWith()).get('odd')).toBe(1);
      writeFileSync(cache, JSON.stringify({ sources: { ...kept.sources, 'src/match/matcher.ts': 'another' }, code: odd }));
      expect(await countWith()).toEqual(whole);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
