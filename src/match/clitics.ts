/**
 * How the matcher applies the proclitic grammar (src/text/proclitics.ts) to catalogue forms. The
 * matcher does no clitic work while scanning: it expands every catalogue form into the words a
 * page can write (وبغزة, للقاهرة ...) once, at compile time, and looks words up whole. That is also
 * what keeps لبنان, وليد or مصرف whole: a prefix is only ever split off in front of a known form.
 *
 * The article: a form listed with it (القاهرة, البيت الأبيض) never matches without it, except
 * merged after ل (للقاهرة), because the bare stem is often an ordinary word (قاهرة "overwhelming",
 * قوة قاهرة) and pages do not drop the article from such names; a spelling without it that
 * does occur belongs in the catalogue as a form of its own. A form listed without the article
 * (إسرائيل, حماس) never takes one (الحماس is "the enthusiasm"), except nisba adjectives.
 */
import { ARTICLE, hasArticle, PROCLITIC_CHAINS } from '../text/proclitics';

/** One way of writing proclitics in front of a folded form. */
export interface Prefix {
  /** Folded text written before the form (و, وب, لل ...). */
  written: string;
  /** How many folded chars at the start of the word the mention's span leaves out. */
  skip: number;
  /** The separate proclitics carried, for `FormGuard.noProclitics` (وبال → و, ب, ال). */
  clitics: readonly string[];
  /** The form's own leading article gives way to `written` (ل + القاهرة is written للقاهرة). */
  replacesArticle: boolean;
}

/**
 * Every prefix a folded first word can carry, less the chains `banned` names (a clitic bans
 * every chain holding it; a chain, itself). Chains without the article apply to every form, even
 * one that merely starts with ال (الياس takes ل like any word; لالقاهرة never occurs, so nothing
 * is lost). A form with the article takes the chains that merge it (لل, the span starting after
 * them: لل[[قاهرة]]); `addArticle` (nisba adjectives) lets a form without it take every chain
 * with it, the article kept in the span where written out (و[[الإسرائيلية]]).
 */
export function prefixesFor(firstWord: string, addArticle: boolean, banned: ReadonlySet<string> = new Set()): Prefix[] {
  const articleForm = hasArticle(firstWord);
  const out: Prefix[] = [];
  for (const { written, clitics, article } of PROCLITIC_CHAINS) {
    if (banned.has(written) || clitics.some((c) => banned.has(c))) continue;
    // The span keeps an article written out and leaves out one merged away (لل).
    const writtenOut = article === ARTICLE;
    if (article === '' || (writtenOut ? addArticle && !articleForm : articleForm || addArticle)) {
      out.push({ written, skip: written.length - (writtenOut ? article.length : 0), clitics, replacesArticle: article !== '' && articleForm });
    }
  }
  return out;
}

/** The word a page writes for folded `word` with prefix `p`. */
export function applyPrefix(p: Prefix, word: string): string {
  return p.written + (p.replacesArticle ? word.slice(ARTICLE.length) : word);
}
