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
const ARTICLE_SELECTOR = CANDIDATES.slice(0, 3).join(', ');

// A candidate with less text than this is a teaser card, not the article.
const MIN_ARTICLE_CHARS = 200;

const substantial = (el: Element): boolean => (el.textContent ?? '').length >= MIN_ARTICLE_CHARS;

export function findArticleRoot(doc: Document): Element {
  for (const selector of CANDIDATES) {
    const found = doc.querySelectorAll(selector);
    // The first and the last substantial candidates in document order are enough: their common
    // ancestor holds every candidate between them. A live blog's ten thousand entries cost two
    // textContent reads, not ten thousand.
    let first = -1;
    for (let i = 0; i < found.length && first < 0; i++) if (substantial(found[i]!)) first = i;
    if (first < 0) continue;
    let last = first;
    for (let i = found.length - 1; i > first; i--) {
      if (substantial(found[i]!)) {
        last = i;
        break;
      }
    }
    // Several substantial articles (a live blog's entries, an infinite scroll): read them all.
    return last === first ? found[first]! : (commonAncestor(found[first]!, found[last]!) ?? doc.body);
  }
  return doc.body;
}

/** An element that is, or holds, a substantial article of its own. */
export function isArticle(el: Element): boolean {
  return substantial(el) && (el.matches(ARTICLE_SELECTOR) || el.querySelector(ARTICLE_SELECTOR) !== null);
}

function commonAncestor(a: Element, b: Element): Element | null {
  let ancestor: Element | null = a;
  while (ancestor && !ancestor.contains(b)) ancestor = ancestor.parentElement;
  return ancestor;
}
