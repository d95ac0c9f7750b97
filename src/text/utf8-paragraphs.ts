/**
 * Cuts UTF-8 text, as bytes, into runs of whole paragraphs, so a big file can be decoded and
 * scanned a piece at a time. No mention or guard reaches across a paragraph break (a line break,
 * blanks, another line break), so scanning the pieces one by one finds what scanning the whole
 * finds. Small pieces also decode several times faster than one string of the whole file: the
 * decoder's output stays in cache, and no 60 MB string is allocated at once.
 */

const LF = 0x0a;

/** Blanks a paragraph break may hold between its two line breaks: space, tab, CR. */
const isBlank = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0d;

/**
 * Where each piece ends, in order (at least one, for an empty text too): just after the first
 * paragraph break at or past `size` bytes into the piece, or at the end of the text. Every cut
 * falls after a line feed, so it never splits a character.
 */
export function paragraphCuts(bytes: Uint8Array, size: number): number[] {
  const cuts: number[] = [];
  let from = size;
  while (from < bytes.length) {
    const lf = bytes.indexOf(LF, from);
    if (lf < 0) break;
    let next = lf + 1;
    while (next < bytes.length && isBlank(bytes[next]!)) next++;
    if (bytes[next] === LF) {
      cuts.push(next + 1);
      from = next + 1 + size;
    } else {
      from = next;
    }
  }
  if (cuts.at(-1) !== bytes.length) cuts.push(bytes.length);
  return cuts;
}
