/**
 * Context that knows the date, in real Chromium: pages that carry their publication date in each
 * way news sites write it, the role phrase resolved on that date and marked, and the card that
 * never states a role long over as current.
 */
import { describe, expect, it } from 'vitest';
import { hoverMark, markPoint, openFixture, readMarks, shownFrame, waitForMarks, useBrowser } from './harness';
import type { Page } from 'playwright-core';

const today = new Date().toISOString().slice(0, 10);

async function cardFor(page: Page, text: string): Promise<{ entity: string | null; text: string; date: string | null }> {
  await page.mouse.move(2, 2);
  await page.waitForTimeout(400);
  const entity = await hoverMark(page, text);
  const card = await shownFrame(page, 'card');
  await card.locator('.card .dated-roles').waitFor();
  return {
    entity,
    text: (await card.locator('.card').textContent())!,
    date: await card.locator('.dated-roles').getAttribute('data-date'),
  };
}

describe('dated context', () => {
  const b = useBrowser();

  it.each([
    ['meta article:published_time', 'dated-meta.html', '2025-10-13', 'trump'],
    ['JSON-LD datePublished inside @graph', 'dated-jsonld.html', '2024-06-01', 'biden'],
    ['<time datetime> in the article', 'dated-time.html', '2025-03-02', 'trump'],
    ['an Arabic dateline in Arabic-Indic digits', 'dated-dateline.html', '2025-08-20', 'trump'],
    ['no date at all (today)', 'dated-none.html', today, 'trump'],
  ])('reads the date from %s and resolves «الرئيس الأمريكي» on it', async (_, file, date, president) => {
    const page = await openFixture(b.session, `${b.server.origin}/${file}`);
    await waitForMarks(page, ['الرئيس الأمريكي', 'يوآف غالانت']);
    // The role phrase is a mark of a person, and its card names the holder on the page's date.
    const role = (await readMarks(page)).find((m) => m.text === 'الرئيس الأمريكي')!;
    expect(role.highlight).toBe('siyaq-person');
    const card = await cardFor(page, 'الرئيس الأمريكي');
    expect(card.entity).toBe(president);
    expect(card.date).toBe(date);
    await page.close();
  });

  it('on a 2025 page never states Gallant’s 2024 office as current', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/dated-meta.html`);
    await waitForMarks(page, ['يوآف غالانت']);
    const card = await cardFor(page, 'يوآف غالانت');
    expect(card.entity).toBe('gallant');
    expect(card.text).toContain('وزير الدفاع الإسرائيلي السابق');
    expect(card.text).not.toMatch(/وزير الدفاع الإسرائيلي، منذ/);
    await page.close();
  });

  it('on a 2024 page gives Gallant’s office as current, and what changed after the page’s date', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/dated-jsonld.html`);
    await waitForMarks(page, ['يوآف غالانت']);
    const card = await cardFor(page, 'يوآف غالانت');
    expect(card.text).toMatch(/وزير الدفاع الإسرائيلي، منذ/);
    expect(card.text).toContain('بعد تاريخ هذا المقال');
    // The sidebar lists the office too, and shows where the page's date falls on the timeline.
    const { x, y } = await markPoint(page, 'يوآف غالانت');
    await page.mouse.click(x, y);
    const sidebar = await shownFrame(page, 'sidebar');
    await sidebar.locator('.entity-view[data-entity="gallant"] #siyaq-offices').waitFor();
    expect(await sidebar.locator('.entity-view .role-current').textContent()).toMatch(/وزير الدفاع الإسرائيلي/);
    await page.close();
  });

  it('says so when the page gives no date and roles are read as of today', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/dated-none.html`);
    await waitForMarks(page, ['يوآف غالانت']);
    const card = await cardFor(page, 'يوآف غالانت');
    expect(card.text).toContain('لا تذكر الصفحة تاريخ نشرها');
    await page.close();
  });

  it('marks «الحركة» as Hamas once the page has named it, and «القطاع» as the Gaza Strip', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/dated-meta.html`);
    await waitForMarks(page, ['حركة حماس']);
    // First-mention marks: every mention counts on the page, the sidebar's page view says how often.
    const { x, y } = await markPoint(page, 'حركة حماس');
    await page.mouse.click(x, y);
    const sidebar = await shownFrame(page, 'sidebar');
    const items = sidebar.locator('.entity-view[data-entity="hamas"] .on-page li mark');
    await items.first().waitFor();
    expect(await items.allTextContents()).toEqual(['حركة حماس', 'الحركة']);
    await sidebar.locator('.search input').fill('قطاع غزة');
    await sidebar.locator('.search-results .entity[data-entity="gaza-strip"]').click();
    const strip = sidebar.locator('.entity-view[data-entity="gaza-strip"] .on-page li mark');
    await strip.first().waitFor();
    expect(await strip.allTextContents()).toEqual(['قطاع غزة', 'القطاع']);
    await page.close();
  });
});
