/**
 * The article on the page as the reader's library saves it: the same article finding and the
 * same prose walk as marking (so navigation, share widgets and scripts stay out), its title,
 * outlet and publication date as the page publishes them, and the URL without its fragment.
 * Reads the open page only: nothing is fetched.
 */
import type { ArticleCapture } from '../library/types';
import { findArticleRoot } from './dom/article-root';
import { textBlocks } from './dom/text-blocks';
import { pageDate } from './page-date';

// Less prose than this is no article (a home page, a gallery): saving it says so.
const MIN_ARTICLE_CHARS = 200;

const meta = (doc: Document, name: string): string | null =>
  doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim() || null;

export function captureArticle(doc: Document): ArticleCapture | null {
  const root = findArticleRoot(doc);
  const paragraphs: string[] = [];
  for (const block of textBlocks(root)) {
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
  }
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) return null;
  const url = new URL(doc.location.href);
  url.hash = '';
  const date = pageDate(doc, root);
  return {
    url: url.href,
    title: meta(doc, 'og:title') ?? root.querySelector('h1')?.textContent?.trim() ?? doc.title.trim(),
    outlet: meta(doc, 'og:site_name') ?? url.hostname.replace(/^www\./, ''),
    date: date.date,
    dateSource: date.source,
    text,
  };
}
