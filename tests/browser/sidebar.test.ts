/**
 * The sidebar in real Chromium: opened from a mark, its background passages with sources,
 * related actors, search, the page view, jumping to mentions, keyboard-only use, and axe-core.
 */
import { describe, expect, it } from 'vitest';
import { axeOnSiyaq, markPoint, openFixture, toggleSidebar, waitForMarks, useBrowser } from './harness';
import type { Page } from 'playwright-core';

async function clickMark(page: Page, text: string): Promise<void> {
  const { x, y } = await markPoint(page, text);
  await page.mouse.click(x, y);
  await page.locator('siyaq-root .sidebar').waitFor({ state: 'visible' });
}

describe('sidebar', () => {
  const b = useBrowser();

  it('opens on the clicked actor with sourced passages, and a related actor opens its own view', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['جون كيربي']);
    // Click the bold surname, outside the link.
    const bold = (await page.locator('article b').first().boundingBox())!;
    await page.mouse.click(bold.x + bold.width / 2, bold.y + bold.height / 2);
    const view = page.locator('siyaq-root .entity-view');
    await view.waitFor();
    expect(await view.getAttribute('data-entity')).toBe('kirby');
    const sources = await view.locator('.passage .source').allTextContents();
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const source of sources) {
      expect(source).toMatch(/عربي بوست|الجزيرة|مصدر الإخبارية|وكالة سوا|Unnamed outlet|مصدر غير مسمّى/);
      expect(source).toMatch(/2024|2025|٢٠٢٤|٢٠٢٥/);
    }
    const chip = view.locator('.chips .chip').first();
    const relatedId = await chip.getAttribute('data-entity');
    await chip.click();
    await expect.poll(() => page.locator('siyaq-root .entity-view').getAttribute('data-entity')).toBe(relatedId);
    // Back returns to Kirby, like a browser's history.
    await page.locator('siyaq-root .bar nav button').first().click();
    await expect.poll(() => page.locator('siyaq-root .entity-view').getAttribute('data-entity')).toBe('kirby');
    await page.close();
  });

  it('finds Rafah by search with and without diacritics and with a clitic', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['جون كيربي']);
    await toggleSidebar(b.session, page);
    const input = page.locator('siyaq-root .search input');
    for (const query of ['رفح', 'رَفَح', 'برفح']) {
      await input.fill(query);
      const results = page.locator('siyaq-root .search-results');
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
    const rows = page.locator('siyaq-root .entity-list .entity');
    await rows.first().waitFor();
    const counts = Object.fromEntries(
      await rows.evaluateAll((els) => els.map((el) => [el.getAttribute('data-entity'), Number(el.querySelector('.count')!.textContent)])),
    );
    // Seed 003 as the demo lays it out: Kirby twice (جون كيربي, كيربي), Haniyeh in the
    // subheading and three paragraphs, Burns three times.
    expect(counts).toMatchObject({ kirby: 2, haniyeh: 4, burns: 3 });
    // Haniyeh is named far below the fold: jumping scrolls to him.
    await page.locator('siyaq-root .entity[data-entity="haniyeh"]').click();
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

  it('works end to end from the keyboard, and axe-core finds no serious violation', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['جون كيربي']);
    await toggleSidebar(b.session, page);
    const focused = () => page.evaluate(() => document.querySelector('siyaq-root')!.shadowRoot!.activeElement?.textContent ?? null);
    // Focus starts on the view's heading.
    await expect.poll(focused).toBe(await page.locator('siyaq-root #siyaq-page-heading').textContent());
    // Tab to the first entity's background button and open it with Enter.
    let guard = 0;
    while (!(await page.evaluate(() => document.querySelector('siyaq-root')!.shadowRoot!.activeElement?.classList.contains('details'))) && guard++ < 40) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const view = page.locator('siyaq-root .entity-view');
    await view.waitFor();
    const axe = await axeOnSiyaq(page, ['serious', 'critical']);
    // axe looked inside the shadow root (many passing checks), and found nothing serious.
    expect(axe.checked).toBeGreaterThan(20);
    expect(axe.violations).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('siyaq-root .sidebar').waitFor({ state: 'detached' });
    await page.close();
  });

  it('keeps the last view across closing and reopening', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['وليام بيرنز']);
    await clickMark(page, 'وليام بيرنز');
    await page.locator('siyaq-root .entity-view[data-entity="burns"]').waitFor();
    await page.locator('siyaq-root .close').click();
    await page.locator('siyaq-root .sidebar').waitFor({ state: 'detached' });
    await toggleSidebar(b.session, page);
    await page.locator('siyaq-root .entity-view[data-entity="burns"]').waitFor();
    await page.close();
  });
});

describe('sidebar after the extension is updated under the page', () => {
  const b = useBrowser();

  it('shows a clear message instead of a blank panel', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['وليام بيرنز']);
    // What an update does to a page already open: the old content script loses its extension.
    await b.session.worker!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
    await page.waitForTimeout(1000);
    const { x, y } = await markPoint(page, 'وليام بيرنز');
    await page.mouse.click(x, y);
    const error = page.locator('siyaq-root .sidebar [role="alert"]');
    await error.waitFor({ timeout: 5000 });
    expect((await error.textContent())!.length).toBeGreaterThan(10);
  });
});
