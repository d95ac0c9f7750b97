/**
 * The date a news page was published, read the way news sites publish it: the meta tags of
 * Open Graph, schema.org, Dublin Core and the common CMSs, JSON-LD `datePublished` (also inside
 * `@graph`), a `<time datetime>` in the article, or a dateline at the head of its text
 * («الأربعاء 20 أغسطس 2025», in Arabic-Indic digits too). Pure: the content script gathers the
 * evidence from the live DOM, `npm run scan` from HTML files.
 */
import { extractDates, mayHoldExactDate } from './dates';

export interface DateEvidence {
  /** Each <meta>'s name, property or itemprop (any case) and its content, in document order. */
  meta: [string, string][];
  /** The text of each <script type="application/ld+json">. */
  jsonLd: string[];
  /** The datetime of each <time> in the article, in document order. */
  times: string[];
  /** The start of the article's text, where a dateline stands. */
  lead: string;
}

export type DateSource = 'meta' | 'json-ld' | 'time' | 'dateline';

export interface PageDate {
  /** YYYY-MM-DD, as the outlet wrote it (its own time zone). */
  date: string;
  source: DateSource;
}

/** Publication, not modification: the names outlets and CMSs use, most specific first. */
const META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'article_date_original',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'date',
];

// How far into the article's text a dateline may stand: all of the text a reader of evidence gathers.
export const LEAD_CHARS = 600;

/** The calendar date at the start of an ISO 8601 (or YYYY/MM/DD) timestamp, if it is a real one. */
export function isoDay(value: string): string | null {
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1990 || y > 2100 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function fromMeta(meta: [string, string][]): string | null {
  const byName = new Map<string, string>();
  for (const [name, content] of meta) {
    const key = name.toLowerCase();
    if (!byName.has(key)) byName.set(key, content);
  }
  for (const name of META_NAMES) {
    const day = byName.has(name) ? isoDay(byName.get(name)!) : null;
    if (day) return day;
  }
  return null;
}

/** datePublished of the first article-like node of any JSON-LD block, else of any node. */
function fromJsonLd(blocks: string[]): string | null {
  const found: { date: string; article: boolean }[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 8 || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const record = node as Record<string, unknown>;
    const published = typeof record.datePublished === 'string' ? isoDay(record.datePublished) : null;
    if (published) {
      const types = ([] as unknown[]).concat(record['@type'] ?? []);
      found.push({ date: published, article: types.some((t) => typeof t === 'string' && /Article|Posting|Report/i.test(t)) });
    }
    for (const value of Object.values(record)) if (typeof value === 'object') visit(value, depth + 1);
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block), 0);
    } catch {
      // A broken block says nothing; the others still may.
    }
  }
  return (found.find((f) => f.article) ?? found[0])?.date ?? null;
}

function fromDateline(lead: string): string | null {
  // A dateline is an exact date: the reference date given to the parser plays no part in it.
  const head = lead.slice(0, LEAD_CHARS);
  if (!mayHoldExactDate(head)) return null;
  return extractDates(head, '2000-01-01', false).find((d) => d.status === 'exact')?.date ?? null;
}

export function publicationDate(evidence: DateEvidence): PageDate | null {
  const steps: [DateSource, () => string | null][] = [
    ['meta', () => fromMeta(evidence.meta)],
    ['json-ld', () => fromJsonLd(evidence.jsonLd)],
    ['time', () => evidence.times.map(isoDay).find((d) => d !== null) ?? null],
    ['dateline', () => fromDateline(evidence.lead)],
  ];
  for (const [source, read] of steps) {
    const date = read();
    if (date) return { date, source };
  }
  return null;
}
