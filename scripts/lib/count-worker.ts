/** Counts mentions in the UTF-8 bytes it is given, with the trie the main thread compiled. */
import { parentPort, workerData } from 'node:worker_threads';
import { trieMatcher } from '../../src/match/matcher.ts';
import { unpackBytes, unpackTrie, type TrieMeta } from '../../src/match/packed-trie.ts';

const { meta, arrays } = unpackBytes<TrieMeta>((workerData as { trie: Uint8Array }).trie.slice().buffer);
const matcher = trieMatcher(unpackTrie(meta, arrays));

parentPort!.on('message', (bytes: Uint8Array) => {
  parentPort!.postMessage([...matcher.count(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'))]);
});
