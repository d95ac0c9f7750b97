const hex = (bytes: ArrayLike<number>): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** `bytes` random bytes as hex: names no page script can guess. */
export function randomHex(bytes: number): string {
  return hex(crypto.getRandomValues(new Uint8Array(bytes)));
}

/**
 * `bytes` bytes as hex for a name that need only differ from its like, not be unguessable: made
 * with Math.random, which costs nothing, where crypto's first use costs a page 0.2-0.5 ms (timed
 * in the content script).
 */
export function uniqueHex(bytes: number): string {
  return hex(Array.from({ length: bytes }, () => Math.floor(Math.random() * 256)));
}
