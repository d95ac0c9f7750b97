/**
 * The pieces of one file shared out between threads: each takes the next unclaimed piece from a
 * shared counter, so a thread that started late or runs slower simply takes fewer.
 */
import { decodeUtf8 } from './utf8-pieces';

export interface SharedText {
  /** The file's bytes, valid UTF-8, in memory every thread reads. */
  bytes: SharedArrayBuffer;
  /** Where each piece ends (see paragraphCuts). */
  cuts: Int32Array;
  /** One Int32: the index of the next piece to claim. */
  next: SharedArrayBuffer;
}

/** The pieces this thread claims, decoded, until none is left. */
export function* claimPieces(text: SharedText): Generator<string> {
  const bytes = new Uint8Array(text.bytes);
  const next = new Int32Array(text.next);
  for (let k = Atomics.add(next, 0, 1); k < text.cuts.length; k = Atomics.add(next, 0, 1)) {
    const from = k === 0 ? 0 : text.cuts[k - 1]!;
    yield decodeUtf8(bytes, from, text.cuts[k]!);
  }
}
