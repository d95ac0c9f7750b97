/**
 * A page that attacks Siyaq's UI (tests/fixtures/hostile-spy.html): it hooks attachShadow,
 * listens to every key and message, observes User Timing, reads and rewrites what it can reach,
 * forges the reader's input and navigates Siyaq's frames. None of it reaches the card or the
 * sidebar, and none of it tells the page which actor the reader looks up.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { frameBox, hiddenFrame, hoverMark, markPoint, openFixture, shownFrame, siyaqFrame, waitForMarks, useBrowser } from './harness';

interface Spy {
  shadowRoots: string[];
  keys: string[];
  inputs: string[];
  timing: string[];
  messages: string[];
  frameTexts: string[];
  frameErrors: string[];
}

const spy = (page: Page): Promise<Spy> => page.evaluate(() => (window as unknown as { spy: Spy }).spy);

async function openSpyPage(b: ReturnType<typeof useBrowser>): Promise<Page> {
  const page = await openFixture(b.session, `${b.server.origin}/hostile-spy.html`);
  await waitForMarks(page, ['وليام بيرنز', 'جون كيربي']);
  return page;
}

describe('a page that attacks Siyaq’s UI', () => {
  const b = useBrowser();

  it('cannot read or rewrite the card: no shadow root of Siyaq’s reaches it, and its frame is opaque', async () => {
    const page = await openSpyPage(b);
    expect(await hoverMark(page, 'وليام بيرنز')).toBe('burns');
    await page.evaluate(() => (window as unknown as { attack(): void }).attack());
    const seen = await spy(page);
    expect(seen.shadowRoots).toEqual([]);
    expect(seen.frameTexts).toEqual([]);
    // A frame inside a shadow tree is not one of the page's window.frames: it has no handle on it.
    expect(await page.evaluate(() => [frames.length, document.querySelectorAll('iframe').length])).toEqual([0, 0]);
    const card = await shownFrame(page, 'card');
    expect(await card.locator('.card').getAttribute('data-entity')).toBe('burns');
    expect(await card.locator('body').textContent()).not.toContain('Verify your Siyaq account');
    expect(await card.locator('a[href*="evil"]').count()).toBe(0);
    await page.close();
  });

  it('never learns which actor the reader hovers, opens or searches for', async () => {
    const page = await openSpyPage(b);
    await hoverMark(page, 'وليام بيرنز');
    const { x, y } = await markPoint(page, 'جون كيربي');
    await page.mouse.click(x, y);
    const sidebar = await shownFrame(page, 'sidebar');
    await sidebar.locator('.entity-view[data-entity="kirby"]').waitFor();
    // The reader types a search into the sidebar.
    await sidebar.locator('.search input').click();
    await page.keyboard.type('رفح');
    await expect.poll(() => sidebar.locator('.search-results .entity').first().getAttribute('data-entity')).toBe('rafah');
    const seen = await spy(page);
    // Not one of the reader's keys, and no timing or message that names what was looked up.
    expect(seen.keys).toEqual([]);
    expect(seen.timing).toEqual([]);
    expect(seen.messages.filter((m) => /burns|kirby|rafah|رفح|siyaq/i.test(m))).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByType('mark').length + performance.getEntriesByType('measure').length)).toBe(0);
    // What the highlight registry shows every page: the type of each mark, not the entity.
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    for (const name of names) expect(name).toMatch(/^siyaq-(person|organization|state|place|event|media|flash)$/);
    await page.close();
  });

  it('cannot open or close the card or the sidebar with forged events', async () => {
    const page = await openSpyPage(b);
    type Forge = { forge(x: number, y: number, type: string): void };
    const forge = (x: number, y: number, type: string) => page.evaluate(([x, y, type]) => (window as unknown as Forge).forge(x, y, type), [x, y, type] as const);
    const { x, y } = await markPoint(page, 'وليام بيرنز');
    await forge(x, y, 'pointer');
    await page.waitForTimeout(1000);
    expect(await frameBox(page, 'card')).toBeNull();
    await forge(x, y, 'click');
    await page.waitForTimeout(500);
    expect(await frameBox(page, 'sidebar')).toBeNull();
    // The reader's own pointer opens the card; the page's Escape does not close it.
    await hoverMark(page, 'وليام بيرنز');
    await forge(0, 0, 'escape');
    await page.waitForTimeout(300);
    expect(await frameBox(page, 'card')).not.toBeNull();
    await page.keyboard.press('Escape');
    await hiddenFrame(page, 'card');
    // Nor does it close the sidebar the reader opened.
    await page.mouse.click(x, y);
    await shownFrame(page, 'sidebar');
    await page.mouse.move(5, 5);
    await forge(0, 0, 'escape');
    await page.waitForTimeout(300);
    expect(await frameBox(page, 'sidebar')).not.toBeNull();
    await page.close();
  });

  it('throws away a frame that is navigated away from Siyaq’s page, and shows its own card again', async () => {
    const page = await openSpyPage(b);
    await hoverMark(page, 'وليام بيرنز');
    // The page has no handle on the frame (see above); should one ever be navigated all the same
    // (a browser that lists shadow-tree frames in window.frames), this is what would happen.
    const card = await siyaqFrame(page, 'card');
    await card.goto(`${b.server.origin}/fake-card.html`).catch(() => undefined);
    await expect.poll(() => page.frames().filter((f) => f.url().endsWith('/fake-card.html')).length).toBe(0);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    expect(await hoverMark(page, 'جون كيربي')).toBe('kirby');
    const fresh = await shownFrame(page, 'card');
    expect(fresh).not.toBe(card);
    expect(await fresh.locator('a[href*="evil"]').count()).toBe(0);
    await page.close();
  });

  it('gets a search of four million characters refused at once, and the search box takes 200', async () => {
    const page = await openSpyPage(b);
    const { x, y } = await markPoint(page, 'جون كيربي');
    await page.mouse.click(x, y);
    const sidebar = await shownFrame(page, 'sidebar');
    expect(await sidebar.locator('.search input').getAttribute('maxlength')).toBe('200');
    const answer = await sidebar.evaluate(async () => {
      const t0 = performance.now();
      type Runtime = { sendMessage(m: unknown): Promise<unknown> };
      const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
      const outcome = await runtime.sendMessage({ type: 'corpus/search', payload: { text: 'غزة '.repeat(1_000_000) } }).then(
        () => 'answered',
        (e: Error) => e.message,
      );
      return { outcome, ms: performance.now() - t0 };
    });
    expect(answer.outcome).toMatch(/malformed corpus\/search/);
    expect(answer.ms).toBeLessThan(2000);
    await page.close();
  });
});

describe('a page Siyaq does not run on', () => {
  const b = useBrowser();

  it('finds no trace of it: no host, no adopted sheet, no highlights, no timing', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/english-article.html`);
    await page.waitForTimeout(500);
    expect(
      await page.evaluate(() => ({
        hosts: document.querySelectorAll(':root > div').length,
        sheets: document.adoptedStyleSheets.length,
        highlights: CSS.highlights.size,
        timing: performance.getEntriesByType('mark').length + performance.getEntriesByType('measure').length,
        frames: frames.length,
      })),
    ).toEqual({ hosts: 0, sheets: 0, highlights: 0, timing: 0, frames: 0 });
    await page.close();
  });
});
