/**
 * The page's publication date, from the live DOM (see publication-date.ts for what is read), or
 * today where the page says none: the UI then says it is reading roles as of today.
 */
import { publicationDate, type DateEvidence } from '../text/publication-date';
import type { PageDate } from '../ui/frame/frame-calls';

// A dateline stands at the head of the text; no more of it is read.
const LEAD_CHARS = 1000;

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
    lead: (article.textContent ?? '').slice(0, LEAD_CHARS),
  };
}

export function pageDate(doc: Document, article: Element, today = new Date()): PageDate {
  const found = publicationDate(evidence(doc, article));
  return found ?? { date: today.toISOString().slice(0, 10), source: 'today' };
}
