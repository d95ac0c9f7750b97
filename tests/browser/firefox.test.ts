/**
 * The Firefox build in Firefox ESR (Debian's firefox-esr, driven by puppeteer-core over WebDriver
 * BiDi, the extension installed from dist/firefox): marks, the card and sidebar frames work there
 * too and stay out of the page's reach, and an English page is left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { join } from 'node:path';
import { FIREFOX } from '../../scripts/lib/firefox';
import { markPointInPage, marksInPage } from '../../scripts/lib/page-probes';
import type { StaticServer } from '../../scripts/lib/static-server';
import { ROOT, startFixtureServer } from './harness';

async function marks(page: Page): Promise<{ highlight: string; text: string }[]> {
  return (await page.evaluate(marksInPage)).map(({ highlight, text }) => ({ highlight, text }));
}

async function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(markPointInPage, text);
  if (!point) throw new Error(`no mark reads ${text}`);
  return point;
}

/**
 * An attribute of an element in Siyaq's card or sidebar frame, once the frame is there. Over
 * BiDi, Firefox reports an extension frame's URL as about:blank, so the frame is told by the
 * script its page loads.
 */
async function frameAttr(page: Page, view: 'card' | 'sidebar', selector: string, attr: string): Promise<string | null> {
  for (const frame of page.frames().slice(1)) {
    const value = await frame
      .evaluate((v, s, a) => (document.querySelector(`script[src="${v}.js"]`) ? (document.querySelector(s)?.getAttribute(a) ?? null) : null), view, selector, attr)
      .catch(() => null);
    if (value !== null) return value;
  }
  return null;
}

async function until<T>(read: () => Promise<T>, wanted: (v: T) => boolean, timeout = 5000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (wanted(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Firefox', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    await browser.installExtension(join(ROOT, 'dist/firefox'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the article, shows the card on hover and opens the sidebar on click', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/arabic-article.html`);
    const found = await until(() => marks(page), (m) => m.some((x) => x.text === 'وليام بيرنز'));
    expect(found).toContainEqual({ highlight: 'siyaq-person', text: 'جون كيربي' });
    expect(found).toContainEqual({ highlight: 'siyaq-state', text: 'الأمريكيين' });
    // The wash reaches the link Kirby's name starts in: Firefox gives no highlight styles to
    // descendants, so its build writes the rules for every element, not for the root alone.
    expect((await page.evaluate(marksInPage, { wash: true })).find((m) => m.text === 'جون كيربي')?.wash).toBe('rgba(37, 99, 235, 0.24)');
    const { x, y } = await pointOf(page, 'وليام بيرنز');
    await page.mouse.move(x, y);
    expect(await until(() => frameAttr(page, 'card', '.card', 'data-entity'), (v) => v !== null)).toBe('burns');
    await page.mouse.click(x, y);
    expect(await until(() => frameAttr(page, 'sidebar', '.entity-view', 'data-entity'), (v) => v !== null)).toBe('burns');
    // The page sees only a host with a closed shadow root, and none of Siyaq's timing.
    expect(
      await page.evaluate(() => ({
        shadow: document.querySelector(':root > div')?.shadowRoot ?? null,
        measures: performance.getEntriesByType('measure').length + performance.getEntriesByType('mark').length,
      })),
    ).toEqual({ shadow: null, measures: 0 });
    await page.close();
  });

  it('leaves an English page alone', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/english-article.html`);
    await new Promise((r) => setTimeout(r, 500));
    expect(await marks(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll(':root > div').length)).toBe(0);
    await page.close();
  });
});
