/**
 * Where a block writes a head word (حركة, محكمة) as a word of its own, bar proclitics
 * (وبالحركة): the raw offset of each such word's first letter. Read off the raw text where it has
 * no presentation form, each of its chars then folding to one char or to nothing; else off its
 * folding. Folding every block that holds a head word was a tenth of Siyaq's work on a 5 MB
 * live blog.
 */
import { FIRST_LETTER, IGNORABLE, MARK, TABLE, resolve } from '../text/char-class';
import { foldText } from '../text/fold';
import { PRESENTATION_FORM, rawMatcher } from '../text/raw-finder';

/** The proclitics a head word may carry (وبالحركة), as folded: all of them, or nothing, before it. */
const CLITICS = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?$/u;

/** A letter of folded text: Arabic (folded to its base letters) or Latin (lower case). */
const isFoldedLetter = (c: number): boolean => (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x61 && c <= 0x7a);

export interface HeadWord {
  raw: RegExp;
}

/** `folded`: the head word as `foldWord` gives it. */
export const headWord = (folded: string): HeadWord => ({ raw: rawMatcher(folded) });

/** What a raw char folds to: a letter, nothing (a diacritic, tatweel, a control), or other. */
const LETTER = 1;
const NOTHING = 2;
function kindOf(c: number): number {
  const t = TABLE[c] || resolve(c);
  if (t >= FIRST_LETTER) return isFoldedLetter(t) ? LETTER : 0;
  return t === MARK || t === IGNORABLE ? NOTHING : 0;
}

/**
 * Whether `text.slice(from, to)`, a run of letters and chars that fold to nothing, folds to
 * proclitics only: folded char by char, as a slice's fold with its offset map cost more than
 * the rest of the search.
 */
function cliticsOnly(text: string, from: number, to: number): boolean {
  let folded = '';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const t = TABLE[c] || resolve(c);
    if (t >= FIRST_LETTER) folded += String.fromCharCode(t);
  }
  return CLITICS.test(folded);
}

/**
 * For each head, the raw offsets of the words of `text` that are it, less at most their
 * proclitics.
 */
export function headWordStarts(text: string, heads: readonly HeadWord[]): number[][] {
  if (!PRESENTATION_FORM.test(text)) return heads.map((head) => rawStarts(text, head));
  // A presentation form may fold to several chars: the words are read off the folding, whose
  // chars all fold to themselves (folding is idempotent), and mapped back.
  const { folded, map } = foldText(text);
  return heads.map((head) => rawStarts(folded, head).map((i) => map[i]!));
}

/** `headWordStarts` in a text without presentation forms. */
function rawStarts(text: string, head: HeadWord): number[] {
  const out: number[] = [];
  const re = head.raw;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let after = m.index + m[0].length;
    while (after < text.length && kindOf(text.charCodeAt(after)) === NOTHING) after++;
    if (after < text.length && kindOf(text.charCodeAt(after)) === LETTER) continue;
    let start = m.index;
    for (let i = start - 1; i >= 0; i--) {
      const kind = kindOf(text.charCodeAt(i));
      if (kind === LETTER) start = i;
      else if (kind !== NOTHING) break;
    }
    if (cliticsOnly(text, start, m.index)) out.push(start);
  }
  return out;
}
