/**
 * Counting one big file on both of a machine's cores: the main thread and one worker claim its
 * pieces from a shared counter (see piece-claims.ts) and their tallies are added up. The worker
 * starts before the main thread reads the catalogue and is sent the compiled matcher packed,
 * so it compiles nothing itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FormTrie } from '../../src/match/form-trie';
import type { CountingMatcher } from '../../src/match/matcher';
import { packBytes, packTrie } from '../../src/match/packed-trie';
import { claimPieces, type SharedText } from './piece-claims';
import { bundle, CACHE_DIR, keep, unchanged, type Sources } from './source-cache';

export type ToWorker = { kind: 'matcher'; packed: ArrayBuffer } | { kind: 'count'; text: SharedText };

/** Files this big are worth a second thread; below it the worker's start-up costs more. */
export const PARALLEL_BYTES = 4 << 20;

const CACHE = join(CACHE_DIR, 'count-worker.json');

/**
 * The worker's code, bundled by esbuild as scan runs from TypeScript sources, and kept (see
 * source-cache.ts): bundling takes 40-50 ms, which the main thread would wait for, and a kept
 * bundle lets the worker boot while the main thread compiles.
 */
function workerCode(cache: string): string {
  try {
    const kept = JSON.parse(readFileSync(cache, 'utf8')) as { sources: Sources; code: string };
    if (unchanged(kept.sources)) return kept.code;
  } catch {
    // No bundle yet, or one of an older format: bundled again below.
  }
  const made = bundle(fileURLToPath(new URL('./count-worker.ts', import.meta.url)));
  keep(cache, JSON.stringify(made));
  return made.code;
}

export class CountPool {
  private failed = false;

  private constructor(private worker: Promise<Worker | undefined>) {
    this.worker = worker.then((w) => {
      w?.on('error', () => (this.failed = true));
      w?.on('exit', () => (this.failed = true));
      // The pool never keeps the process alive on its own.
      w?.unref();
      return w;
    });
  }

  /**
   * A pool with a worker where the machine has a second core to run it; else the main thread
   * alone, as it is if the worker cannot be built. `cache`: where the worker's bundle is kept.
   */
  static start(cache = CACHE): CountPool {
    if (availableParallelism() < 2) return new CountPool(Promise.resolve(undefined));
    let worker: Worker | undefined;
    try {
      worker = new Worker(workerCode(cache), { eval: true });
    } catch {
      // Counted by the main thread alone.
    }
    return new CountPool(Promise.resolve(worker));
  }

  /** Hands the worker the matcher compiled from `trie`, before any count. */
  share(trie: FormTrie): void {
    this.worker = this.worker.then((w) => {
      if (!w) return w;
      const arrays: Parameters<typeof packTrie>[1] = [];
      const packed = packBytes(packTrie(trie, arrays), arrays).buffer as ArrayBuffer;
      w.postMessage({ kind: 'matcher', packed } satisfies ToWorker, [packed]);
      return w;
    });
  }

  /**
   * The counts of every piece of `text`, split between this thread and the worker. Should the
   * worker fail, the pieces it had claimed are lost, so the main thread counts the whole again.
   */
  async count(matcher: CountingMatcher, text: SharedText): Promise<Map<string, number>> {
    const worker = await this.worker;
    if (!worker || this.failed) return matcher.count(claimPieces(text));
    const theirs = new Promise<Map<string, number> | undefined>((resolve) => {
      const done = (counts: Map<string, number> | undefined): void => {
        worker.off('message', done);
        worker.off('error', failed);
        worker.off('exit', failed);
        resolve(counts);
      };
      const failed = (): void => done(undefined);
      worker.on('message', done);
      worker.on('error', failed);
      worker.on('exit', failed);
    });
    worker.ref();
    worker.postMessage({ kind: 'count', text } satisfies ToWorker);
    const mine = matcher.count(claimPieces(text));
    const other = await theirs;
    worker.unref();
    if (!other) {
      new Int32Array(text.next)[0] = 0;
      return matcher.count(claimPieces(text));
    }
    for (const [id, n] of other) mine.set(id, (mine.get(id) ?? 0) + n);
    return mine;
  }

  async close(): Promise<void> {
    await (await this.worker)?.terminate();
  }
}
