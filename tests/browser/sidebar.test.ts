/**
 * The sidebar in real Chromium: opened from a mark, its background passages with sources,
 * related actors, search, the page view, jumping to mentions, keyboard-only use, and axe-core.
 */
import { describe, expect, it } from 'vitest';
import { axeOnFrame, frameBox, hiddenFrame, markPoint, openFixture, readMarks, shownFrame, toggleSidebar, waitForMarks, useBrowser } from './harness';
import type { Frame, Page } from 'playwright-core';

async function clickMark(page: Page, text: string): Promise<Frame> {
  const { x, y } = await markPoint(page, text);
  await page.mouse.click(x, y);
  return shownFrame(page, 'sidebar');
}

describe('sidebar', () => {
  const b = useBrowser();

  it('opens on the clicked actor with sourced passages, and a related actor opens its own view', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['جون كيربي']);
    // Click the bold surname, outside the link.
    const bold = (await page.locator('article b').first().boundingBox())!;
    await page.mouse.click(bold.x + bold.width / 2, bold.y + bold.height / 2);
    const sidebar = await shownFrame(page, 'sidebar');
    const view = sidebar.locator('.entity-view');
    await view.waitFor();
    expect(await view.getAttribute('data-entity')).toBe('kirby');
    const sources = await view.locator('.passage .source').allTextContents();
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const source of sources) {
      expect(source).toMatch(/عربي بوست|الجزيرة|مصدر الإخبارية|وكالة سوا|Publisher not stated|الناشر غير مذكور/);
      expect(source).toMatch(/2024|2025|٢٠٢٤|٢٠٢٥/);
    }
    const chip = view.locator('.chips .chip').first();
    const relatedId = await chip.getAttribute('data-entity');
    await chip.click();
    await expect.poll(() => sidebar.locator('.entity-view').getAttribute('data-entity')).toBe(relatedId);
    // Back returns to Kirby, like a browser's history.
    await sidebar.locator('.bar nav button').first().click();
    await expect.poll(() => sidebar.locator('.entity-view').getAttribute('data-entity')).toBe('kirby');
    await page.close();
  });

  it('finds Rafah by search with and without diacritics and with a clitic', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['جون كيربي']);
    await toggleSidebar(b.session, page);
    const sidebar = await shownFrame(page, 'sidebar');
    const input = sidebar.locator('.search input');
    for (const query of ['رفح', 'رَفَح', 'برفح']) {
      await input.fill(query);
      const results = sidebar.locator('.search-results');
      await expect.poll(() => results.locator('.entity-list .entity').first().getAttribute('data-entity'), { timeout: 3000 }).toBe('rafah');
      expect(await results.locator('.passage').count()).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('lists the page’s entities with their counts, and jumps to a mention', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/demo/`);
    await waitForMarks(page, ['جون كيربي']);
    await page.setViewportSize({ width: 1200, height: 500 });
    await toggleSidebar(b.session, page);
    const sidebar = await shownFrame(page, 'sidebar');
    const rows = sidebar.locator('.entity-list .entity');
    await rows.first().waitFor();
    const counts = Object.fromEntries(
      await rows.evaluateAll((els) => els.map((el) => [el.getAttribute('data-entity'), Number(el.querySelector('.count')!.textContent)])),
    );
    // Seed 003 as the demo lays it out: Kirby twice (جون كيربي, كيربي), Haniyeh in the
    // subheading and three paragraphs, Burns three times.
    expect(counts).toMatchObject({ kirby: 2, haniyeh: 4, burns: 3 });
    // Haniyeh is named far below the fold: jumping scrolls to him.
    await sidebar.locator('.entity[data-entity="haniyeh"]').click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const r = [...CSS.highlights.get('siyaq-flash')!][0] as Range;
          const rect = r.getBoundingClientRect();
          return rect.top >= 0 && rect.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    await page.close();
  });

  it('works end to end from the keyboard, and axe-core finds nothing wrong', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['جون كيربي']);
    await toggleSidebar(b.session, page);
    const sidebar = await shownFrame(page, 'sidebar');
    const focused = () => sidebar.evaluate(() => (document.hasFocus() ? (document.activeElement?.textContent ?? null) : null));
    // Focus starts on the view's heading, inside the frame.
    await expect.poll(focused).toBe(await sidebar.locator('#siyaq-page-heading').textContent());
    // Tab to the first entity's background button and open it with Enter.
    let guard = 0;
    while (!(await sidebar.evaluate(() => document.activeElement?.classList.contains('details'))) && guard++ < 40) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const view = sidebar.locator('.entity-view');
    await view.waitFor();
    const axe = await axeOnFrame(sidebar);
    // axe looked at the whole sidebar (many passing checks), and found nothing at any impact.
    expect(axe.checked).toBeGreaterThan(20);
    expect(axe.violations).toEqual([]);
    await page.keyboard.press('Escape');
    await hiddenFrame(page, 'sidebar');
    // Focus went back to the page.
    expect(await sidebar.evaluate(() => document.hasFocus())).toBe(false);
    await page.close();
  });

  it('quotes each mention on the page with the words around it, as the page has them', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['وليام بيرنز']);
    const sidebar = await clickMark(page, 'وليام بيرنز');
    const items = sidebar.locator('.entity-view[data-entity="burns"] .on-page li');
    await items.first().waitFor();
    const pageText = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
    for (const item of await items.all()) {
      const shown = (await item.textContent())!.replace(/^…|…$/g, '');
      // The mention as marked: the name, with the role written before it where there is one.
      const marked = (await item.locator('mark').textContent())!;
      expect(marked).toMatch(/وليام بيرنز$/);
      // The name once, with the text that really surrounds it: not doubled, nothing lost after it.
      expect(shown.split(marked).length).toBe(2);
      expect(pageText).toContain(shown.replace(/\s+/g, ' '));
      expect(shown.length).toBeGreaterThan(marked.length + 20);
    }
    await page.close();
  });

  it('sits beside the article on a wide screen, keeping the clicked name in sight', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await page.setViewportSize({ width: 1280, height: 700 });
    await waitForMarks(page, ['وليام بيرنز']);
    await clickMark(page, 'وليام بيرنز');
    const box = (await frameBox(page, 'sidebar'))!;
    expect(box.x).toBe(0);
    expect(box.width).toBeLessThan(500);
    // The page moved aside: nothing of the article is under the sidebar.
    const article = (await page.locator('article').boundingBox())!;
    expect(article.x).toBeGreaterThanOrEqual(box.x + box.width);
    const name = await markPoint(page, 'وليام بيرنز');
    expect(name.x).toBeGreaterThan(box.x + box.width);
    // The pointer still rests where the name was clicked: no card pops up over the choice made.
    await page.waitForTimeout(800);
    expect(await frameBox(page, 'card')).toBeNull();
    expect(name.y).toBeGreaterThan(0);
    expect(name.y).toBeLessThan(700);
    // Closing gives the page its width back.
    await (await shownFrame(page, 'sidebar')).locator('.close').click();
    await hiddenFrame(page, 'sidebar');
    expect(await page.evaluate(() => document.documentElement.style.marginLeft)).toBe('');
    await page.close();
  });

  it('takes the whole width of a narrow screen, with a close button in reach', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await page.setViewportSize({ width: 400, height: 700 });
    await waitForMarks(page, ['وليام بيرنز']);
    const sidebar = await clickMark(page, 'وليام بيرنز');
    const box = (await frameBox(page, 'sidebar'))!;
    expect(box.width).toBe(400);
    // Not squeezed beside the page: the page keeps its own width underneath.
    expect(await page.evaluate(() => document.documentElement.style.marginLeft)).toBe('');
    const close = (await sidebar.locator('.close').boundingBox())!;
    expect(close.x).toBeGreaterThanOrEqual(0);
    expect(close.x + close.width).toBeLessThanOrEqual(400);
    expect(close.width).toBeGreaterThanOrEqual(24);
    await sidebar.locator('.close').click();
    await hiddenFrame(page, 'sidebar');
    await page.close();
  });

  it('closes on Escape right after a first click opened it (focus is in the sidebar)', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['وليام بيرنز']);
    const sidebar = await clickMark(page, 'وليام بيرنز');
    await sidebar.locator('.entity-view[data-entity="burns"]').waitFor();
    await expect.poll(() => sidebar.evaluate(() => document.hasFocus())).toBe(true);
    await page.keyboard.press('Escape');
    await hiddenFrame(page, 'sidebar');
    await page.close();
  });

  it('keeps the last view across closing and reopening', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['وليام بيرنز']);
    const sidebar = await clickMark(page, 'وليام بيرنز');
    await sidebar.locator('.entity-view[data-entity="burns"]').waitFor();
    await sidebar.locator('.close').click();
    await hiddenFrame(page, 'sidebar');
    await toggleSidebar(b.session, page);
    await shownFrame(page, 'sidebar');
    await sidebar.locator('.entity-view[data-entity="burns"]').waitFor();
    await page.close();
  });
});

describe('a page open while the extension is updated', () => {
  const b = useBrowser();

  it('loses its old marks at the first touch instead of opening a card or sidebar that cannot come', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['وليام بيرنز']);
    // What an update does to a page already open: the old content script loses its extension.
    await b.session.worker!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
    await page.waitForTimeout(1000);
    const { x, y } = await markPoint(page, 'وليام بيرنز');
    await page.mouse.click(x, y);
    await expect.poll(() => readMarks(page).then((m) => m.length)).toBe(0);
    expect(await frameBox(page, 'sidebar')).toBeNull();
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  });
});
