/**
 * Counts the mentions in a large UTF-8 text on two threads: decoding a text into a string costs
 * as much as scanning it, and both halve when each thread takes half. The halves are cut at a
 * line break, which no name spans, so the counts are those of one scan of the whole.
 */
import { Worker } from 'node:worker_threads';
import type { FormTrie } from '../../src/match/form-trie.ts';
import { trieMatcher } from '../../src/match/matcher.ts';
import { packBytes, packTrie } from '../../src/match/packed-trie.ts';

/** Below this many bytes one thread is quicker than starting a second. */
export const PARALLEL_MIN_BYTES = 4 * 2 ** 20;

export interface Counter {
  count(bytes: Buffer): Promise<Map<string, number>>;
  close(): Promise<void>;
}

/** A counter with its worker started at once, so that it starts while the caller reads files. */
export function parallelCounter(trie: FormTrie): Counter {
  const arrays: Parameters<typeof packTrie>[1] = [];
  const meta = packTrie(trie, arrays);
  const worker = new Worker(new URL('./count-worker.mjs', import.meta.url), { workerData: { trie: packBytes(meta, arrays) } });
  const matcher = trieMatcher(trie);
  return {
    async count(bytes) {
      const cut = bytes.indexOf(0x0a, bytes.length >> 1);
      if (bytes.length < PARALLEL_MIN_BYTES || cut < 0) return matcher.count(bytes.toString('utf8'));
      const theirs = new Promise<[string, number][]>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      // A copy of the half alone, handed over rather than cloned (a view would clone the whole file).
      const half = new Uint8Array(bytes.subarray(cut));
      worker.postMessage(half, [half.buffer]);
      const counts = matcher.count(bytes.toString('utf8', 0, cut));
      for (const [id, n] of await theirs) counts.set(id, (counts.get(id) ?? 0) + n);
      return counts;
    },
    async close() {
      await worker.terminate();
    },
  };
}
