/**
 * The Arabic proclitics Siyaq reads, as data: which particles a word can carry, in which order,
 * and how they are written where they meet; and the endings of a nisba adjective. The matcher's
 * expansion, the catalogue's checks, the search tokenizer and the role reader all derive their
 * clitics from here, so they cannot disagree about what وللقاهرة or فكالقاهرة is. Every string is
 * folded text (see fold.ts: ة is ه, أ إ آ are ا).
 */

export const ARTICLE = 'ال';

/**
 * The slots, in the order a word carries them; each holds at most one clitic: a conjunction
 * (و "and", ف "so"), then a preposition (ب "by, with", ل "for, to", ك "like"), then the article.
 * Any clitic of a slot may follow any of an earlier one: وبال, فكال, فلل.
 */
const SLOTS: readonly (readonly string[])[] = [
  ['و', 'ف'],
  ['ب', 'ل', 'ك'],
  [ARTICLE],
];

/** How the article is written after a clitic it merges with: ل + ال loses the alef (للقاهرة). */
const ARTICLE_AFTER: Readonly<Record<string, string>> = { ل: 'ل' };

/** One way a word can begin with proclitics. */
export interface ProcliticChain {
  /** What is written before the stem: وبال, ولل, or '' for none. */
  written: string;
  /** The separate clitics, in order: وبال → و, ب, ال. */
  clitics: readonly string[];
  /** How this chain writes the article, at the end of `written`: ال, ل where merged (لل), or '' without it. */
  article: string;
}

/** Every chain the grammar allows, the empty one first, each before the chains that extend it. */
export const PROCLITIC_CHAINS: readonly ProcliticChain[] = SLOTS.reduce<ProcliticChain[]>(
  (chains, slot) => chains.flatMap((chain) => [
    chain,
    ...slot.map((clitic) => {
      const article = clitic === ARTICLE ? (ARTICLE_AFTER[chain.clitics.at(-1)!] ?? ARTICLE) : '';
      return { written: chain.written + (article || clitic), clitics: [...chain.clitics, clitic], article };
    }),
  ]),
  [{ written: '', clitics: [], article: '' }],
);

/** The separate clitics, in slot order (و ف ب ل ك ال). */
export const CLITICS: readonly string[] = /* @__PURE__ */ SLOTS.flat();

/** True when folded `text` is a chain the grammar allows (و, وب, لل ...). */
export function isProclitic(text: string): boolean {
  return text !== '' && PROCLITIC_CHAINS.some((c) => c.written === text);
}

/** True when a folded word starts with the article and has a stem after it. */
export function hasArticle(word: string): boolean {
  return word.startsWith(ARTICLE) && word.length > ARTICLE.length + 1;
}

/**
 * Endings of a nisba adjective given in the masculine singular ending in ي (folded): ـية/ـيه,
 * ـيين, ـيون, ـيان, ـيتين, ـيتان, ـيات, and the adverbial accusative ـيا (دعما أمريكيا).
 */
export const NISBA_ENDINGS: readonly string[] = ['', 'ه', 'ين', 'ون', 'ان', 'تين', 'تان', 'ات', 'ا'];

/** True when a folded adjective form can take the nisba endings. */
export function isNisba(word: string): boolean {
  return word.endsWith('ي');
}
