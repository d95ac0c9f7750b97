/**
 * The matcher one page uses: the catalogue's plain mentions and the role and anaphor mentions,
 * resolved on the page's date and in page order (see resolve-mentions.ts), as one scan. The
 * matchers share one reading of each text's words.
 */
import type { Matcher, WordMatcher } from './matcher';
import { createResolver, type PageContext } from './resolve-mentions';
import { mergeMentions } from './user-actors';
import { readWords, Words } from './word-scan';

/** `actors`: the reader's own actors' matcher, where there are any. */
export function pageMatcher(plain: WordMatcher, derived: WordMatcher, page: PageContext, actors: WordMatcher | null = null): Matcher {
  const resolver = createResolver(page);
  const words = new Words();
  return {
    scan(text) {
      readWords(text, words);
      const names = plain.scanWords(text, words);
      return resolver.resolve(text, actors ? mergeMentions(names, actors.scanWords(text, words)) : names, derived.scanWords(text, words));
    },
  };
}
