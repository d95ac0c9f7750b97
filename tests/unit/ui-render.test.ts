/**
 * The card's and the sidebar's markup, rendered to HTML in Node: what each source line isolates,
 * how a title the project supplied is told from a printed headline, and the card's clamped quote.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PassageView } from '../../src/messages/protocol';

// The polyfill refuses to load outside an extension; the UI asks it only for the browser's language.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getUILanguage: () => 'en-GB' } } }));

const { Card } = await import('../../src/ui/card/Card');
const { CARD_CSS } = await import('../../src/ui/card/card-css');
const { Passage } = await import('../../src/ui/sidebar/Passage');
const { ArticleTitle } = await import('../../src/ui/shared/Source');
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
      summary: { state: 'ready', summary: { id: 'kirby', description: null, passage: p } },
      onOpen: () => {},
    }),
  );

/** The inner HTML of the first element with this class. */
const byClass = (html: string, cls: string): string => {
  const m = new RegExp(`<(\\w+)[^>]*class="[^"]*\\b${cls}\\b[^"]*"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  expect(m, `no .${cls} in ${html}`).not.toBeNull();
  return m![2]!;
};

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
