/**
 * Where the article is. News sites mark it up in a handful of ways; when none is present the
 * whole body is read, with page chrome skipped block by block (skip.ts).
 */
const CANDIDATES = [
  '[itemprop="articleBody"]',
  'article',
  '[role="article"]',
  'main',
  '[role="main"]',
  '#article-body, .article-body, .article__body, .story-body, .entry-content, .post-content',
];

// A candidate with less text than this is a teaser card, not the article.
const MIN_ARTICLE_CHARS = 200;

export function findArticleRoot(doc: Document): Element {
  const body = doc.body;
  for (const selector of CANDIDATES) {
    const found = Array.from(doc.querySelectorAll(selector)).filter((el) => (el.textContent ?? '').length >= MIN_ARTICLE_CHARS);
    if (found.length === 1) return found[0]!;
    // Several substantial articles (a live blog's entries, an infinite scroll): read them all.
    if (found.length > 1) return commonAncestor(found) ?? body;
  }
  return body;
}

/** An element that is, or holds, a substantial article of its own. */
export function isArticle(el: Element): boolean {
  if ((el.textContent ?? '').length < MIN_ARTICLE_CHARS) return false;
  const selector = CANDIDATES.slice(0, 3).join(', ');
  return el.matches(selector) || el.querySelector(selector) !== null;
}

function commonAncestor(elements: Element[]): Element | null {
  let ancestor: Element | null = elements[0]!;
  while (ancestor && !elements.every((el) => ancestor!.contains(el))) ancestor = ancestor.parentElement;
  return ancestor;
}
