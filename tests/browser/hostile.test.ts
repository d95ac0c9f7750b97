/**
 * Hostile and huge pages: Siyaq keeps working and the tab stays responsive on a page that breaks
 * the DOM API in its own world, one that prunes elements it does not know, and a live blog that
 * appends paragraphs nonstop; and the extension sends nothing over the network throughout.
 */
import { describe, expect, it } from 'vitest';
import { hoverMark, openFixture, shownFrame, toggleSidebar, waitForMarks, useBrowser } from './harness';
import type { Page } from 'playwright-core';

/** The slowest of `n` round trips into the page's main thread, while whatever runs there runs. */
async function worstRoundTrip(page: Page, n: number): Promise<number> {
  let worst = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await page.evaluate(() => 0);
    worst = Math.max(worst, performance.now() - t0);
    await page.waitForTimeout(50);
  }
  return worst;
}

describe('hostile pages', () => {
  const b = useBrowser();

  it('works on a page that overrides Node.prototype methods, addEventListener and createElement', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/hostile-prototype.html`);
    // The page's own world really is broken.
    expect(await page.evaluate(() => { try { document.body.appendChild(document.createTextNode('x')); return 'ok'; } catch (e) { return (e as Error).message; } })).toBe('appendChild is disabled');
    await waitForMarks(page, ['كيربي', 'وليام بيرنز']);
    expect(await hoverMark(page, 'وليام بيرنز')).toBe('burns');
    await page.close();
  });

  it('keeps its marks and card on a page that removes unknown elements from its body', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/hostile-pruner.html`);
    await waitForMarks(page, ['بلينكن', 'عبد الفتاح السيسي']);
    expect(await hoverMark(page, 'عبد الفتاح السيسي')).toBe('sisi');
    await page.close();
  });

  it('keeps up with a page appending 200 paragraphs a second, and the tab stays responsive', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/storm.html?rate=200&seconds=4`);
    const worst = await worstRoundTrip(page, 40);
    await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 10_000 });
    // Round trips stay well under a second even at the height of the storm.
    expect(worst).toBeLessThan(500);
    // Every appended paragraph was scanned: the page view counts each of Burns's mentions
    // (every fifth paragraph, starting with the second, names him).
    const appended = await page.evaluate(() => (window as unknown as { stormCount(): number }).stormCount());
    expect(appended).toBeGreaterThan(600);
    await toggleSidebar(b.session, page);
    const burns = (await shownFrame(page, 'sidebar')).locator('.entity[data-entity="burns"] .count');
    await expect.poll(() => burns.textContent(), { timeout: 5000 }).toBe(String(Math.floor((appended - 2) / 5) + 1));
    await page.close();
  });

  it('sends no request anywhere but the page’s own b.server and its own files', async () => {
    const foreign = b.session.requests.filter(
      (url) => !url.startsWith(b.server.origin + '/') && !url.startsWith(`chrome-extension://${b.session.extensionId}/`),
    );
    expect(foreign).toEqual([]);
  });
});
