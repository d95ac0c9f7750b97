/**
 * Cuts a very long text (one paragraph of a hostile or broken page can be megabytes) into pieces
 * that can be scanned one at a time, between which the page gets the main thread back. Pieces
 * end where a sentence does, so no name is cut in two; a text with no sentence end in reach is
 * cut at a space, and one without spaces at the size.
 */

// Where a sentence ends: its punctuation, Latin or Arabic, then space; or a line break.
const SENTENCE_END = /[.!?؟۔…]["»”)]*\s|\n/g;

/** How far back from the size a piece may end, to end at a sentence or a space. */
const REACH = 0.5;

/** [start, end) of each piece, in order, covering the text; a text within `size` is one piece. */
export function textPieces(text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > size) {
    const to = from + size;
    out.push([from, (from = cutBefore(text, to, Math.ceil(to - size * REACH)))]);
  }
  out.push([from, text.length]);
  return out;
}

/** The best place to cut in (floor, to]: after the last sentence end, else after the last space. */
function cutBefore(text: string, to: number, floor: number): number {
  // Searched in the window alone: a text with no sentence end would otherwise be searched to its
  // end at every cut.
  const window = text.slice(floor, to);
  let cut = -1;
  for (const m of window.matchAll(SENTENCE_END)) cut = floor + m.index + m[0].length;
  if (cut > floor) return cut;
  const space = window.lastIndexOf(' ');
  return space >= 0 ? floor + space + 1 : to;
}
