/**
 * The page's publication date, from the live DOM (see publication-date.ts for what is read), or
 * today where the page says none: the UI then says it is reading roles as of today.
 */
import { LEAD_CHARS, publicationDate, type DateEvidence } from '../text/publication-date';
import type { PageDate } from '../ui/frame/frame-calls';

/**
 * The head of the article's text, where a dateline stands: read text node by text node up to
 * what a dateline needs, not the whole article's textContent (megabytes on a live blog).
 */
function lead(article: Element): string {
  const walker = article.ownerDocument.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < LEAD_CHARS; node = walker.nextNode()) text += (node as Text).data;
  return text.slice(0, LEAD_CHARS);
}

function evidence(doc: Document, article: Element): DateEvidence {
  const meta: [string, string][] = [];
  for (const m of doc.querySelectorAll('meta[content]')) {
    const name = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
    if (name) meta.push([name, m.getAttribute('content')!]);
  }
  return {
    meta,
    jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
    times: [...article.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime')!),
    lead: lead(article),
  };
}

export function pageDate(doc: Document, article: Element, today = new Date()): PageDate {
  const found = publicationDate(evidence(doc, article));
  return found ?? { date: today.toISOString().slice(0, 10), source: 'today' };
}
