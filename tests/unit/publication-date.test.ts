/** The publication date of a page, read from every kind of markup news sites use: a table. */
import { describe, expect, it } from 'vitest';
import { htmlDateEvidence } from '../../src/text/html-text';
import { isoDay, publicationDate, type DateEvidence } from '../../src/text/publication-date';

const none: DateEvidence = { meta: [], jsonLd: [], times: [], lead: '' };
const page = (head: string, body = ''): string => `<!doctype html><html lang="ar"><head>${head}</head><body>${body}</body></html>`;

describe('publication date of a page', () => {
  it.each<[string, string, string | null, string | null]>([
    ['Open Graph article:published_time', page('<meta property="article:published_time" content="2025-08-20T09:15:00+03:00">'), '2025-08-20', 'meta'],
    ['publication wins over modification', page('<meta property="article:modified_time" content="2025-09-01T00:00:00Z"><meta property="article:published_time" content="2025-08-20T00:00:00Z">'), '2025-08-20', 'meta'],
    ['schema.org itemprop, single quotes', page("<meta itemprop='datePublished' content='2024-06-11'>"), '2024-06-11', 'meta'],
    ['Dublin Core, any case', page('<meta name="DC.date.issued" content="2024/07/08">'), '2024-07-08', 'meta'],
    ['a CMS pubdate', page('<meta name="pubdate" content="2024-04-01T08:00:00Z">'), '2024-04-01', 'meta'],
    ['JSON-LD NewsArticle', page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-10-13T06:00:00Z"}</script>'), '2025-10-13', 'json-ld'],
    [
      'JSON-LD nested in @graph, the article before the page',
      page('<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":["NewsArticle"],"datePublished":"2025-01-19"}]}</script>'),
      '2025-01-19',
      'json-ld',
    ],
    ['broken JSON-LD is passed over', page('<script type="application/ld+json">{"@type":</script><script type="application/ld+json">[{"datePublished":"2024-05-02"}]</script>'), '2024-05-02', 'json-ld'],
    ['<time datetime> in the article', page('', '<article><time datetime="2024-06-10T12:00">الاثنين</time><p>نص</p></article>'), '2024-06-10', 'time'],
    ['an Arabic dateline', page('', '<article><p>القاهرة - الأربعاء 20 أغسطس 2025 - قال مسؤول…</p></article>'), '2025-08-20', 'dateline'],
    ['a dateline in Arabic-Indic digits', page('', '<article><p>غزة، ١٣ أكتوبر ٢٠٢٥: أعلن…</p></article>'), '2025-10-13', 'dateline'],
    ['a numeric dateline', page('', '<article><p>نشر في 2024/07/08 20:02 GMT</p></article>'), '2024-07-08', 'dateline'],
    ['a weekday alone is no date', page('', '<article><p>قال يوم الاثنين إن المحادثات مستمرة.</p></article>'), null, null],
    ['an impossible date is no date', page('<meta property="article:published_time" content="2025-02-30T00:00:00Z">'), null, null],
    ['nothing at all', page(''), null, null],
  ])('%s', (_, html, date, source) => {
    const found = publicationDate(htmlDateEvidence(html));
    expect(found?.date ?? null).toBe(date);
    expect(found?.source ?? null).toBe(source);
  });

  it('reads a date far into the text as no dateline', () => {
    expect(publicationDate({ ...none, lead: `${'كلام '.repeat(200)} 20 أغسطس 2025` })).toBeNull();
  });

  it.each([
    ['2025-08-20T09:15:00+03:00', '2025-08-20'],
    ['2024/7/8', '2024-07-08'],
    ['2024-13-01', null],
    ['1900-01-01', null],
    ['20 August 2025', null],
  ])('isoDay(%s) = %s', (input, day) => expect(isoDay(input)).toBe(day));
});
