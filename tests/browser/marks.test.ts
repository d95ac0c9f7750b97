/**
 * Marks in real Chromium: the right words, in every written form, and nowhere they must not be.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { typicalArticle } from '../../bench/lib/pages';
import { openFixture, readMarks, ROOT, scrollToEnd, serveHtml, settingsInStorage, waitForMarks, useBrowser } from './harness';

// The bench's typical article (1,500 words of the seeds), made once for the tests that load it.
const typical = typicalArticle(ROOT).html;

/** An Arabic page whose article is this HTML, for a page made in the test. */
const arabicPage = (article: string): string =>
  `<!doctype html><html lang="ar"><head><meta charset="utf-8"></head><body><article>${article}</article></body></html>`;

describe('marks', () => {
  const b = useBrowser();

  it('marks a name split by a link, a clitic form and a nisba adjective, each once', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    const marks = await waitForMarks(page, ['جون كيربي', 'إسرائيل', 'الأمريكيين']);
    const byText = (t: string) => marks.filter((m) => m.text === t);
    // «جون» is a link and «كيربي» is bold: one mark across both.
    expect(byText('جون كيربي')).toEqual([{ highlight: 'siyaq-person', text: 'جون كيربي', path: ['A', 'P', 'ARTICLE', 'MAIN'] }]);
    // Its wash reaches the link, though Chromium's rules are written for the root alone.
    expect((await readMarks(page, { wash: true })).find((m) => m.text === 'جون كيربي')?.wash).toBe('rgba(37, 99, 235, 0.24)');
    const selectors = await page.evaluate(() => [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => (r as CSSStyleRule).selectorText)));
    expect(selectors).toHaveLength(7);
    for (const selector of selectors) expect(selector).toMatch(/^:root::highlight\(siyaq-[a-z]+\)$/);
    // «وإسرائيل» in the headline: the mark leaves the conjunction out.
    expect(byText('إسرائيل')[0]).toMatchObject({ highlight: 'siyaq-state', path: ['H1', 'ARTICLE', 'MAIN'] });
    // «الأمريكيين» marks the United States, as a state.
    expect(byText('الأمريكيين')[0]!.highlight).toBe('siyaq-state');
    // First mention only, by default: Kirby appears twice, Cairo three times.
    expect(marks.filter((m) => m.text.includes('كيربي'))).toHaveLength(1);
    expect(marks.filter((m) => m.text === 'القاهرة')).toHaveLength(1);
    await page.close();
  });

  it('draws an article\'s marks in one burst, not block by block', async () => {
    const page = await b.session.context.newPage();
    // Every frame, how many Siyaq marks the page has: the counts a reader would see drawn.
    await page.addInitScript(() => {
      const seen: number[] = [];
      (window as unknown as { markCounts: number[] }).markCounts = seen;
      const tick = (): void => {
        let n = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('siyaq-')) n += h.size;
        if (n !== seen.at(-1)) seen.push(n);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // The typical article is long enough to take several slices.
    const url = `${b.server.origin}/typical-article.html`;
    await serveHtml(page, url, typical);
    await page.goto(url);
    await waitForMarks(page, ['غزة']);
    await page.waitForTimeout(500);
    const counts = await page.evaluate(() => (window as unknown as { markCounts: number[] }).markCounts.filter((n) => n > 0));
    expect(counts).toHaveLength(1);
    expect(counts[0]).toBe((await readMarks(page)).length);
    await page.close();
  });

  it('draws the marks within a screen of the viewport at once, and the rest as the reader scrolls to them', async () => {
    const url = `${b.server.origin}/typical-article.html`;
    const load = async (height: number) => {
      const page = await b.session.context.newPage();
      await page.setViewportSize({ width: 1280, height });
      await serveHtml(page, url, typical);
      await page.goto(url);
      await waitForMarks(page, ['غزة']);
      await page.waitForTimeout(300);
      return page;
    };
    // Every drawn mark, as its highlight, its text and where it stands on the page.
    const drawn = async (page: Page) =>
      (await readMarks(page, { top: true })).map((m) => ({ key: `${m.highlight} ${m.text}`, top: m.top! })).sort((a, b) => a.top - b.top || a.key.localeCompare(b.key));
    // A window taller than the article: every mark is within reach from the start.
    const tall = await load(6000);
    const all = await drawn(tall);
    await tall.close();

    const screen = 700;
    const page = await load(screen);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(3 * screen);
    // Drawn at first: every mark of the first two screens, and of the rest only those in a
    // paragraph that reaches into them.
    const first = await drawn(page);
    expect(first).toEqual(expect.arrayContaining(all.filter((m) => m.top < 2 * screen)));
    expect(first.length).toBeLessThan(all.length);
    for (const m of first) expect(m.top).toBeLessThan(3 * screen);
    // Scrolled a screen at a time, as a reader reads: each screen's marks are drawn by the time it shows.
    for (let y = screen; y < height; y += screen) {
      await page.evaluate((y) => scrollTo(0, y), y);
      const onScreen = all.filter((m) => m.top >= y && m.top < y + screen);
      await expect.poll(async () => (await drawn(page)).filter((m) => m.top >= y && m.top < y + screen), { timeout: 2000 }).toEqual(onScreen);
    }
    // In the end, the same marks as the tall window drew at once.
    expect(await drawn(page)).toEqual(all);
    await page.close();
  });

  it('draws ahead of the reader inside a box that scrolls of its own, and every mark when the page is printed', async () => {
    const page = await b.session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    const url = `${b.server.origin}/scroll-box.html`;
    // A 200 px box with its own scrollbar: «القاهرة» stands just below what it shows, «بلينكن»
    // many boxes further down; the page itself does not scroll.
    const filler = (px: number) => `<div style="height: ${px}px"></div>`;
    const article = `
      <p>تتواصل المحادثات بشأن وقف إطلاق النار في غزة مع الوسطاء.</p>
      <div id="box" style="height: 200px; overflow: auto">${filler(260)}<p>واستضافت القاهرة جولة جديدة من المحادثات.</p>${filler(3000)}<p>وقال بلينكن إن الاتفاق ممكن.</p>${filler(400)}</div>
    `;
    await serveHtml(page, url, arabicPage(article));
    await page.goto(url);
    await waitForMarks(page, ['غزة', 'القاهرة']);
    await page.waitForTimeout(300);
    expect((await readMarks(page)).map((m) => m.text)).not.toContain('بلينكن');
    // The page's own «print» event is not the browser's: it draws nothing.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.waitForTimeout(100);
    expect((await readMarks(page)).map((m) => m.text)).not.toContain('بلينكن');
    // Printing shows the whole article, so every mark is drawn for it.
    await page.pdf();
    expect((await readMarks(page)).map((m) => m.text)).toContain('بلينكن');
    await page.close();
  });

  it('in every-mention mode too, draws the marks far down only as the reader nears them, however many', async () => {
    await settingsInStorage(b.session, 'set', { markMode: 'every' });
    try {
      const page = await b.session.context.newPage();
      await page.setViewportSize({ width: 1000, height: 700 });
      const url = `${b.server.origin}/many-paragraphs.html`;
      // 400 paragraphs 300 px apart, each naming Gaza: most of them many screens down.
      const paragraphs = Array.from({ length: 400 }, (_, i) => `<p style="margin-bottom: 280px">${i + 1}. تتواصل الغارات على غزة.</p>`).join('');
      await serveHtml(page, url, arabicPage(paragraphs));
      await page.goto(url);
      await waitForMarks(page, ['غزة']);
      await page.waitForTimeout(300);
      // Drawn at first: those of the first screens (a mark every 300 px, two screens' reach).
      const first = (await readMarks(page)).length;
      expect(first).toBeGreaterThan(2);
      expect(first).toBeLessThan(20);
      // The last paragraph's mark comes once the reader is there.
      await scrollToEnd(page);
      await expect.poll(async () => (await readMarks(page, { top: true })).some((m) => m.top! > 400 * 300 - 1400), { timeout: 5000 }).toBe(true);
      expect((await readMarks(page)).length).toBeLessThan(60);
      await page.close();
    } finally {
      await settingsInStorage(b.session, 'clear');
    }
  });

  it('draws at once a mark whose text is in an element with no box of its own', async () => {
    const page = await b.session.context.newPage();
    const url = `${b.server.origin}/contents.html`;
    // «display: contents» gives the span no box, so it never comes into view as an element does.
    const article = `
      <p>تتواصل المحادثات في القاهرة لبحث وقف إطلاق النار في غزة مع الوسطاء، في جولة جديدة. وقال <span style="display: contents">بلينكن</span> إن الاتفاق ممكن.</p>
    `;
    await serveHtml(page, url, arabicPage(article));
    await page.goto(url);
    const marks = await waitForMarks(page, ['بلينكن', 'القاهرة']);
    // The mark starts in the span's own text, not in a role written before it.
    expect(marks.find((m) => m.text === 'بلينكن')?.path[0]).toBe('SPAN');
    await page.close();
  });

  it('leaves editable fields and the trap words alone', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    const marks = await waitForMarks(page, ['رونين بار']);
    for (const m of marks) {
      expect(m.path).not.toContain('FORM');
      expect(m.path).not.toContain('NAV');
      expect(m.path).not.toContain('FOOTER');
    }
    // «بحماس شديد» is enthusiasm and «كان» is the verb: the trap paragraph holds only Ronen Bar and Cairo's later mention is not marked.
    const trap = await page.evaluate(() => document.querySelectorAll('article p')[2]!.textContent);
    expect(trap).toContain('بحماس شديد');
    const inTrap = marks.filter((m) => trap!.includes(m.text) && m.text !== 'رونين بار');
    expect(inTrap.map((m) => m.text)).not.toContain('حماس');
    expect(marks.map((m) => m.text)).not.toContain('كان');
    await page.close();
  });

  it('marks nothing on a page in English', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/english-article.html`);
    await page.waitForTimeout(300);
    expect(await readMarks(page)).toEqual([]);
    await page.close();
  });

  it('keeps selection and find-in-page working over marked text', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['وليام بيرنز']);
    const result = await page.evaluate(() => {
      const found = (window as unknown as { find(s: string): boolean }).find('وليام بيرنز');
      const selected = document.getSelection()!.toString();
      return { found, selected };
    });
    expect(result).toEqual({ found: true, selected: 'وليام بيرنز' });
    await page.close();
  });

  it('marks text the page adds later, and drops marks whose text is removed', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['جون كيربي']);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'وفي تطور لاحق، التقى أنتوني بلينكن رئيس الوزراء الإسرائيلي بنيامين نتنياهو.';
      document.querySelector('article')!.appendChild(p);
    });
    await waitForMarks(page, ['أنتوني بلينكن', 'بنيامين نتنياهو']);
    await page.evaluate(() => document.getElementById('late')!.remove());
    await expect.poll(async () => (await readMarks(page)).map((m) => m.text), { timeout: 5000 }).not.toContain('أنتوني بلينكن');
    await page.close();
  });
  it('follows a single-page app that replaces its article with another', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['جون كيربي']);
    await page.evaluate(() => {
      const next = document.createElement('article');
      next.innerHTML =
        '<h1>السيسي يستقبل بلينكن</h1><p>استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأميركي أنتوني بلينكن في القاهرة، وبحثا جهود وقف إطلاق النار في قطاع غزة وتبادل الأسرى بين إسرائيل وحركة حماس، وفق بيان الرئاسة المصرية.</p>';
      document.querySelector('article')!.replaceWith(next);
    });
    await waitForMarks(page, ['السيسي', 'بلينكن']);
    expect((await readMarks(page)).map((m) => m.text)).not.toContain('جون كيربي');
    await page.close();
  });
});

describe('trap words', () => {
  const b = useBrowser();

  it('marks only the real names on a page full of ordinary words that look like them', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/traps.html`);
    const marks = await waitForMarks(page, ['حركة حماس', 'فلسطين اليوم']);
    // Wait out one more batch: nothing else may appear.
    await page.waitForTimeout(300);
    const texts = (await readMarks(page)).map((m) => m.text).sort();
    // «هيئة البث الإسرائيلية» is Kan itself, the broadcaster; the verb «كان» stays unmarked.
    // Outlets named after a place are the outlets: no Israel in «تايمز أوف إسرائيل», no
    // Palestine in «فلسطين اليوم».
    expect(texts).toEqual(['حركة حماس', 'هيئة البث الإسرائيلية', 'تايمز أوف إسرائيل', 'فلسطين اليوم'].sort());
    for (const outlet of ['هيئة البث الإسرائيلية', 'تايمز أوف إسرائيل', 'فلسطين اليوم']) {
      expect(marks.find((m) => m.text === outlet)!.highlight).toBe('siyaq-media');
    }
  });
});
