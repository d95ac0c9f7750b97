/**
 * The card's and the sidebar's markup, rendered to HTML in Node: what each source line isolates,
 * how a title the project supplied is told from a printed headline, the card's clamped quote, and
 * the copy-citation control with its announcement.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PassageView } from '../../src/messages/protocol';
import officesJson from '../../seeds/offices.json';
import { rolesOn, type Offices } from '../../src/dated/offices';

const offices = officesJson as unknown as Offices;

// The polyfill refuses to load outside an extension; the UI asks it only for the browser's language.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getUILanguage: () => 'en-GB' } } }));

const { Card } = await import('../../src/ui/card/Card');
const { CARD_CSS } = await import('../../src/ui/card/card-css');
const { Passage } = await import('../../src/ui/sidebar/Passage');
const { ArticleTitle } = await import('../../src/ui/shared/Source');
const { formatCitation } = await import('../../src/ui/shared/citation');
const { copyText } = await import('../../src/ui/shared/clipboard');
const { setUiLanguage } = await import('../../src/ui/shared/i18n');

const HEADLINE = 'البيت الأبيض: هناك فجوات بين حركة حماس وإسرائيل';
const SUPPLIED = 'أكسيوس: اجتماع أميركي إسرائيلي عن بعد بشأن العملية العسكرية في رفح';
const TEXT = 'قال جون كيربي المتحدث باسم مجلس الأمن القومي إن اثنين من المسؤولين الأمريكيين الكبار موجودون في المنطقة.';

const passage = (over: Partial<PassageView> = {}): PassageView => ({
  text: TEXT,
  title: HEADLINE,
  titleStatus: 'printed',
  outlet: 'عربي بوست',
  date: '2024-07-08',
  dateStatus: 'printed',
  url: null,
  articleId: 'white-house-gaps',
  mentions: [[4, 13]],
  before: null,
  after: null,
  ...over,
});

const card = (p: PassageView | null) =>
  renderToString(
    h(Card, {
      written: 'كيربي',
      entity: { id: 'kirby', type: 'person', ar: 'جون كيربي', en: 'John Kirby' },
      page: { date: '2024-07-08', source: 'dateline' },
      summary: { state: 'ready', summary: { id: 'kirby', description: null, passage: p, roles: null } },
      onOpen: () => {},
    }),
  );

/** The card of a person on a page of `date`, with the offices the dated facts give on that date. */
const datedCard = (id: string, date: string, source: 'meta' | 'today' = 'meta') =>
  renderToString(
    h(Card, {
      written: id,
      entity: { id, type: 'person', ar: id, en: id },
      page: { date, source },
      summary: { state: 'ready', summary: { id, description: 'وصف قديم من مقال', passage: null, roles: rolesOn(offices, id, date) } },
      onOpen: () => {},
    }),
  );
const textOf = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** The inner HTML of the first element with this class. */
const byClass = (html: string, cls: string): string => {
  const m = new RegExp(`<(\\w+)[^>]*class="[^"]*\\b${cls}\\b[^"]*"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  expect(m, `no .${cls} in ${html}`).not.toBeNull();
  return m![2]!;
};

describe('roles as of the page’s date on the card', () => {
  afterEach(() => setUiLanguage('auto'));

  it.each([
    ['ar', 'وزير الدفاع الإسرائيلي، منذ', 'بعد تاريخ هذا المقال', 'غادر منصب وزير الدفاع الإسرائيلي'],
    ['en', 'Defence Minister of Israel, since', 'After this article', 'left office as Defence Minister of Israel'],
  ] as const)('a 2024 page: Gallant is the defence minister, and the card says he left after (%s)', (lang, now, later, change) => {
    setUiLanguage(lang);
    const text = textOf(datedCard('gallant', '2024-06-01'));
    expect(text).toContain(now);
    expect(text).toContain(later);
    expect(text).toContain(change);
    // The corpus's undated description is not what the card says of a person with dated offices.
    expect(text).not.toContain('وصف قديم من مقال');
  });

  it.each([
    ['ar', 'وزير الدفاع الإسرائيلي السابق، حتى', 'وزير الدفاع الإسرائيلي، منذ'],
    ['en', 'former Defence Minister of Israel, until', 'Defence Minister of Israel, since'],
  ] as const)('a 2025 page never states his 2024 role as current (%s)', (lang, former, current) => {
    setUiLanguage(lang);
    const text = textOf(datedCard('gallant', '2025-10-13'));
    expect(text).toContain(former);
    expect(text).not.toContain(current);
  });

  it('names the event that ended a role, and says when roles are read as of today', () => {
    setUiLanguage('ar');
    const text = textOf(datedCard('haniyeh', '2026-12-01', 'today'));
    expect(text).toContain('رئيس المكتب السياسي لحركة حماس السابق، حتى');
    expect(text).toContain('اغتيل في طهران');
    expect(text).toContain('لا تذكر الصفحة تاريخ نشرها');
  });
});

describe('source lines', () => {
  beforeEach(() => setUiLanguage('en'));
  afterEach(() => setUiLanguage('auto'));

  it('isolates the card’s outlet and date, so an English date does not break around an Arabic outlet', () => {
    const source = byClass(card(passage()), 'source');
    expect(source).toBe('<bdi lang="ar">عربي بوست</bdi> · <bdi><time datetime="2024-07-08">July 8, 2024</time></bdi>');
  });

  it('isolates the sidebar’s title, outlet and date, in Arabic as in English', () => {
    for (const [lang, date] of [['en', 'July 8, 2024'], ['ar', new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2024-07-08T12:00:00Z'))]] as const) {
      setUiLanguage(lang);
      const source = byClass(renderToString(h(Passage, { passage: passage() })), 'source');
      expect(source).toBe(`<cite><bdi lang="ar">${HEADLINE}</bdi></cite> · <bdi lang="ar">عربي بوست</bdi> · <bdi><time datetime="2024-07-08">${date}</time></bdi>`);
    }
  });

  it('says the publisher is not stated, rather than calling it an anonymous source', () => {
    expect(byClass(card(passage({ outlet: null })), 'source')).toContain('<bdi>Publisher not stated</bdi>');
    setUiLanguage('ar');
    expect(byClass(card(passage({ outlet: null })), 'source')).toContain('<bdi>الناشر غير مذكور</bdi>');
  });

  it('never shows a title the project supplied as the outlet’s headline', () => {
    const supplied = renderToString(h(ArticleTitle, { title: SUPPLIED, titleStatus: 'supplied' }));
    expect(supplied).not.toContain('<cite');
    expect(supplied).toBe(`<span class="supplied-title"><bdi>[untitled]</bdi> <bdi lang="ar">${SUPPLIED}</bdi></span>`);
    const source = byClass(renderToString(h(Passage, { passage: passage({ title: SUPPLIED, titleStatus: 'supplied' }) })), 'source');
    expect(source).not.toContain('<cite');
    expect(renderToString(h(ArticleTitle, { title: HEADLINE, titleStatus: 'printed' }))).toBe(`<cite><bdi lang="ar">${HEADLINE}</bdi></cite>`);
  });
});

describe('the card’s quote', () => {
  it('is clamped to two lines by its stylesheet, with the passage text in the clamped element', () => {
    const quote = /\.passage \.quote \{([^}]*)\}/.exec(CARD_CSS)?.[1] ?? '';
    expect(quote).toMatch(/-webkit-line-clamp: 2;/);
    expect(quote).toMatch(/display: -webkit-box;/);
    expect(quote).toMatch(/-webkit-box-orient: vertical;/);
    expect(quote).toMatch(/overflow: hidden;/);
    // A block inside the clamped box would be clamped on its own terms, or not at all.
    expect(card(passage())).toContain(`<blockquote class="quote" lang="ar" dir="rtl">${TEXT}</blockquote>`);
  });
});

describe('copy citation', () => {
  afterEach(() => {
    setUiLanguage('auto');
    vi.unstubAllGlobals();
  });

  it('offers a button and a polite status region that is there before anything is copied', () => {
    setUiLanguage('en');
    const html = renderToString(h(Passage, { passage: passage() }));
    expect(html).toContain('<button type="button" class="link copy">Copy citation</button>');
    expect(html).toContain('<span class="copied" role="status" aria-live="polite"></span>');
  });

  const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

  it('cites outlet, «title» and date with the Arabic comma in Arabic', () => {
    const date = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2024-07-08T12:00:00Z'));
    const line = formatCitation(passage(), 'ar');
    expect(strip(line)).toBe(`عربي بوست، «${HEADLINE}»، ${date}`);
    // Each piece is isolated, as <bdi> does on screen.
    expect(line).toBe(`\u2068عربي بوست\u2069، «\u2068${HEADLINE}\u2069»، \u2068${date}\u2069`);
  });

  it('cites with English punctuation in English, and isolates the Arabic pieces', () => {
    expect(formatCitation(passage(), 'en')).toBe(`\u2068عربي بوست\u2069, “\u2068${HEADLINE}\u2069”, \u2068July 8, 2024\u2069`);
  });

  it('ends with the address of an article the reader saved', () => {
    const url = 'https://news.example/2024/09/20/sinwar';
    expect(strip(formatCitation(passage({ url }), 'en'))).toBe(`عربي بوست, “${HEADLINE}”, July 8, 2024, ${url}`);
  });

  it('leaves out an unknown outlet, marks a supplied title and an inferred date', () => {
    const line = formatCitation(passage({ outlet: null, title: SUPPLIED, titleStatus: 'supplied', date: '2024-04-01', dateStatus: 'inferred' }), 'en');
    expect(strip(line)).toBe(`[untitled] ${SUPPLIED}, April 1, 2024 (inferred date)`);
    expect(strip(formatCitation(passage({ title: SUPPLIED, titleStatus: 'supplied' }), 'ar'))).toMatch(new RegExp(`^عربي بوست، \\[بلا عنوان\\] ${SUPPLIED}، `));
  });

  /** A button inside a document, as far as copyText touches them. */
  function fakeButton(execCommand: () => boolean) {
    const calls: string[] = [];
    const area = { value: '', readOnly: false, style: {} as Record<string, string>, select: () => calls.push(`select ${area.value}`), remove: () => calls.push('remove') };
    const doc = { createElement: () => area, execCommand: (c: string) => (calls.push(c), execCommand()) };
    const button = { ownerDocument: doc, after: () => calls.push('insert'), focus: () => calls.push('focus') };
    return { button: button as unknown as HTMLElement, calls };
  }

  it('copies through the Clipboard API where it is allowed', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const { button, calls } = fakeButton(() => true);
    expect(await copyText('a line', button)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('a line');
    expect(calls).toEqual([]);
  });

  it('falls back to a selected textarea beside the button, then gives focus back', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    const { button, calls } = fakeButton(() => true);
    expect(await copyText('a line', button)).toBe(true);
    expect(calls).toEqual(['insert', 'select a line', 'copy', 'remove', 'focus']);
    // Without a Clipboard API at all (an insecure page), and with the fallback refused too.
    vi.stubGlobal('navigator', {});
    const refused = fakeButton(() => false);
    expect(await copyText('a line', refused.button)).toBe(false);
    expect(refused.calls.at(-1)).toBe('focus');
  });
});
