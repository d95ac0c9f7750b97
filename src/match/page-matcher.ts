/**
 * The matcher one page uses: the catalogue's plain mentions and the role and anaphor mentions,
 * resolved on the page's date and in page order (see resolve-mentions.ts), as one scan.
 */
import type { Matcher } from './matcher';
import { createResolver, type PageContext } from './resolve-mentions';
import { mergeMentions } from './user-actors';

/** `actors`: the reader's own actors' matcher, where there are any. */
export function pageMatcher(plain: Matcher, derived: Matcher, page: PageContext, actors: Matcher | null = null): Matcher {
  const resolver = createResolver(page);
  const names = actors ? (text: string) => mergeMentions(plain.scan(text), actors.scan(text)) : (text: string) => plain.scan(text);
  return { scan: (text) => resolver.resolve(text, names(text), derived.scan(text)) };
}
