/**
 * Counting one big file on both of a machine's cores: the main thread and one worker claim its
 * pieces from a shared counter (see piece-claims.ts) and their tallies are added up. The worker
 * starts while the main thread compiles the catalogue, and is sent the compiled matcher packed,
 * so it compiles nothing itself; its code is bundled by esbuild on the spot, as scan runs from
 * TypeScript sources.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CountingMatcher } from '../../src/match/matcher';
import type { FormTrie } from '../../src/match/form-trie';
import { packBytes, packTrie } from '../../src/match/packed-trie';
import { claimPieces, type SharedText } from './piece-claims';

export type ToWorker = { kind: 'matcher'; packed: ArrayBuffer } | { kind: 'count'; text: SharedText };

/** Files this big are worth a second thread; below it the worker's start-up costs more. */
export const PARALLEL_BYTES = 4 << 20;

export class CountPool {
  private readonly worker: Worker | undefined;
  private failed = false;

  private constructor(worker: Worker | undefined) {
    this.worker = worker;
    worker?.on('error', () => (this.failed = true));
    worker?.on('exit', () => (this.failed = true));
    // The pool never keeps the process alive on its own.
    worker?.unref();
  }

  /** A pool with a worker where the machine has a second core to run it; else the main thread alone. */
  static start(): CountPool {
    if (availableParallelism() < 2) return new CountPool(undefined);
    const entry = fileURLToPath(new URL('./count-worker.ts', import.meta.url));
    // Loaded only here: a scan of small files never pays for esbuild.
    const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const code = buildSync({ entryPoints: [entry], bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'silent' }).outputFiles[0]!.text;
    return new CountPool(new Worker(code, { eval: true }));
  }

  /** Hands the worker the matcher compiled from `trie`, before any count. */
  share(trie: FormTrie): void {
    const arrays: Parameters<typeof packTrie>[1] = [];
    const packed = packBytes(packTrie(trie, arrays), arrays).buffer as ArrayBuffer;
    this.worker?.postMessage({ kind: 'matcher', packed } satisfies ToWorker, [packed]);
  }

  /**
   * The counts of every piece of `text`, split between this thread and the worker. Should the
   * worker fail, the pieces it had claimed are lost, so the main thread counts the whole again.
   */
  async count(matcher: CountingMatcher, text: SharedText): Promise<Map<string, number>> {
    const worker = this.worker;
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

  close(): Promise<number> | undefined {
    return this.worker?.terminate();
  }
}
