/**
 * How telling a sentence is about an actor it names, shared by the corpus build and the
 * reader's library so that passages of both packs rank alike.
 */
const ACTS = 3;
const DESCRIBED = 1.5;
const REPEATED = 0.5;
const LEAD = 0.5;

/** Acting beats being described beats being named; naming it again and opening the article add a little. */
export function passageScore(s: { acting: boolean; described: boolean; mentions: number; lead: boolean }): number {
  return 1 + (s.acting ? ACTS : 0) + (s.described ? DESCRIBED : 0) + REPEATED * (s.mentions - 1) + (s.lead ? LEAD : 0);
}
