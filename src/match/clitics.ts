/**
 * The proclitics a name can carry in running text, as folded strings. The matcher does no clitic
 * work while scanning: it expands every catalogue form into the words a page can write (وبغزة,
 * للقاهرة ...) once, at compile time, and looks words up whole. That is also what keeps لبنان,
 * وليد or مصرف whole: a prefix is only ever split off in front of a known form.
 *
 * The article: a form listed with it (القاهرة, البيت الأبيض) never matches without it, except
 * merged after ل (للقاهرة), because the bare stem is often an ordinary word (قاهرة "overwhelming",
 * قوة قاهرة) and pages do not drop the article from such names; a spelling without it that
 * does occur belongs in the catalogue as a form of its own. A form listed without the article
 * (إسرائيل, حماس) never takes one (الحماس is "the enthusiasm"), except nisba adjectives.
 */

const ARTICLE = 'ال';
const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];

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

/** True when a folded word starts with the article and has a stem after it. */
export function hasArticle(word: string): boolean {
  return word.startsWith(ARTICLE) && word.length > ARTICLE.length + 1;
}

/**
 * Every prefix a folded first word can carry: conjunction, then preposition. A form that starts
 * with the article also takes ل merged with it (لل, the span starting after it: لل[[قاهرة]]);
 * `addArticle` (nisba adjectives) also lets a form without the article take one, written out
 * (and kept in the span: و[[الإسرائيلية]]) or merged after ل.
 */
export function prefixesFor(firstWord: string, addArticle: boolean): Prefix[] {
  const articleForm = hasArticle(firstWord);
  const out: Prefix[] = [];
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
      const clitics = [conj, prep].filter((c) => c !== '');
      // Bare prefixes apply to article forms too: a name that merely starts with ال (الياس)
      // takes ل like any other word, and لالقاهرة never occurs, so nothing is lost.
      const bare = conj + prep;
      out.push({ written: bare, skip: bare.length, clitics, replacesArticle: false });
      if (prep === 'ل' && (articleForm || addArticle)) {
        const merged = conj + 'لل';
        out.push({ written: merged, skip: merged.length, clitics: [...clitics, ARTICLE], replacesArticle: articleForm });
      } else if (addArticle && !articleForm) {
        out.push({ written: bare + ARTICLE, skip: bare.length, clitics: [...clitics, ARTICLE], replacesArticle: false });
      }
    }
  }
  return out;
}

/** The word a page writes for folded `word` with prefix `p`. */
export function applyPrefix(p: Prefix, word: string): string {
  return p.written + (p.replacesArticle ? word.slice(ARTICLE.length) : word);
}

/**
 * Endings of a nisba adjective given in the masculine singular ending in ي (folded): ـية/ـيه,
 * ـيين, ـيون, ـيان, ـيتين, ـيتان, ـيات, and the adverbial accusative ـيا (دعما أمريكيا).
 */
export const NISBA_ENDINGS = ['', 'ه', 'ين', 'ون', 'ان', 'تين', 'تان', 'ات', 'ا'];

/** True when a folded adjective form can take the nisba endings. */
export function isNisba(word: string): boolean {
  return word.endsWith('ي');
}
