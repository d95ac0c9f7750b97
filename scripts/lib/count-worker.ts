/**
 * The second thread of `scan --summary`: it takes the matcher as packed by the main thread, then
 * counts whatever pieces of each shared file it can claim and posts back its tally.
 */
import { parentPort } from 'node:worker_threads';
import { trieMatcher, type CountingMatcher } from '../../src/match/matcher';
import { unpackBytes, unpackTrie, type TrieMeta } from '../../src/match/packed-trie';
import { claimPieces } from './piece-claims';
import type { ToWorker } from './count-pool';

let matcher: CountingMatcher | undefined;

parentPort!.on('message', (message: ToWorker) => {
  if (message.kind === 'matcher') {
    const { meta, arrays } = unpackBytes<TrieMeta>(message.packed);
    matcher = trieMatcher(unpackTrie(meta, arrays));
    return;
  }
  parentPort!.postMessage(matcher!.count(claimPieces(message.text)));
});
