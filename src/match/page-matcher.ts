/**
 * The matcher one page uses: the catalogue's plain mentions and the role and anaphor mentions,
 * resolved on the page's date and in page order (see resolve-mentions.ts), as one scan.
 */
import type { Matcher } from './matcher';
import { createResolver, type PageContext } from './resolve-mentions';

export function pageMatcher(plain: Matcher, derived: Matcher, page: PageContext): Matcher {
  const resolver = createResolver(page);
  return { scan: (text) => resolver.resolve(text, plain.scan(text), derived.scan(text)) };
}
