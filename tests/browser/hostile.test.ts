/**
 * Hostile and huge pages: Siyaq keeps working and the tab stays responsive on a page that breaks
 * the DOM API in its own world, one that prunes elements it does not know, and a live blog that
 * appends paragraphs nonstop; and the extension sends nothing over the network throughout. A
 * page cannot tell that Siyaq is installed by fetching its files at its extension id.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hoverMark, isOwnFile, openFixture, ROOT, shownFrame, toggleSidebar, waitForMarks, useBrowser } from './harness';
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
      (url) => !url.startsWith(b.server.origin + '/') && !isOwnFile(b.session, url),
    );
    expect(foreign).toEqual([]);
  });
});

// A browser of its own: the page's refused fetches are requests (to chrome-extension://invalid/)
// and console errors, which the checks above count as the extension's.
describe('a probing page', () => {
  const p = useBrowser();

  it('gives a page no way to find it by fetching its files at its extension id', async () => {
    const page = await openFixture(p.session, `${p.server.origin}/arabic-article.html`);
    // Siyaq is working here: its engine, data and frames all loaded.
    await waitForMarks(page, ['جون كيربي']);
    expect(await hoverMark(page, 'جون كيربي')).toBe('kirby');
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/chromium/manifest.json'), 'utf8')) as { web_accessible_resources: { resources: string[] }[] };
    const files = manifest.web_accessible_resources.flatMap((r) => r.resources);
    expect(files).toContain('page-engine.js');
    const answers = await page.evaluate(
      ({ id, files }) => Promise.all(files.map((f) => fetch(`chrome-extension://${id}/${f}`).then((r) => `${f}: ${r.status}`, () => null))),
      { id: p.session.extensionId!, files },
    );
    expect(answers.filter((a) => a !== null)).toEqual([]);
    // Nor does the page's own timeline name them.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => !e.name.startsWith(location.origin)).map((e) => e.name))).toEqual([]);
    await page.close();
  });
});
