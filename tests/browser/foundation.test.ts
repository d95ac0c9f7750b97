/**
 * The extension in real Chromium: it loads cleanly, runs only on Arabic pages, leaves the page's
 * own DOM and text untouched, and makes no network request of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isOwnFile, launch, openFixture, sessionStorageOf, startFixtureServer, type Session } from './harness';
import type { StaticServer } from '../../scripts/lib/static-server';
import { HOST_SELECTOR, hoverMark, waitForMarks } from '../../scripts/lib/page-probes';

const NAME = 'وليام بيرنز';

/** Siyaq at work on the page, its UI loaded: the host is attached on the first rest on a name. */
async function marksAndHost(page: Page): Promise<void> {
  await waitForMarks(page, [NAME]);
  await hoverMark(page, NAME);
  await page.waitForSelector(HOST_SELECTOR, { state: 'attached', timeout: 5000 });
}

/** The page as the page made it: its body's text and elements, and everything in <head>. */
function pageSnapshot(page: Page) {
  return page.evaluate(() => ({
    text: document.body.innerText,
    bodyElements: document.body.querySelectorAll('*').length,
    bodyHtml: document.body.outerHTML,
    headHtml: document.head.outerHTML,
  }));
}

describe('foundation', () => {
  let server: StaticServer;
  let withExt: Session;
  let without: Session;

  beforeAll(async () => {
    server = await startFixtureServer();
    withExt = await launch({ extension: true });
    without = await launch({ extension: false });
  });
  afterAll(async () => {
    await withExt?.close();
    await without?.close();
    await server?.close();
  });

  it('loads the extension with a running service worker', () => {
    expect(withExt.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('attaches its host with a closed shadow root, out of the page\'s reach, on an Arabic page, once the reader rests on a name', async () => {
    const page = await openFixture(withExt, `${server.origin}/arabic-article.html`);
    await waitForMarks(page, [NAME]);
    // Marking needs no host: most pages are read without a card.
    expect(await page.locator(HOST_SELECTOR).count()).toBe(0);
    await marksAndHost(page);
    const host = await page.evaluate((tag) => {
      const hosts = document.querySelectorAll(tag);
      return { count: hosts.length, open: hosts[0]?.shadowRoot !== null, parent: hosts[0]?.parentElement?.tagName };
    }, HOST_SELECTOR);
    expect(host).toEqual({ count: 1, open: false, parent: 'HTML' });
    await page.close();
  });

  it('registers the secret its frames check only once the reader wants a card, not for a page only read', async () => {
    const frameTokens = async () => Object.keys(await sessionStorageOf(withExt)).filter((k) => k.startsWith('frame-token:')).length;
    const before = await frameTokens();
    const page = await openFixture(withExt, `${server.origin}/arabic-article.html`);
    await waitForMarks(page, [NAME]);
    await page.waitForTimeout(300);
    expect(await frameTokens()).toBe(before);
    await marksAndHost(page);
    await expect.poll(frameTokens).toBe(before + 1);
    await page.close();
  });

  it('stays idle on an English page', async () => {
    const page = await openFixture(withExt, `${server.origin}/english-article.html`);
    await page.waitForTimeout(300);
    expect(await page.locator(HOST_SELECTOR).count()).toBe(0);
    await page.close();
  });

  it("leaves the page's DOM and text exactly as without the extension", async () => {
    const url = `${server.origin}/arabic-article.html`;
    const a = await openFixture(withExt, url);
    await marksAndHost(a);
    const b = await openFixture(without, url);
    expect(await pageSnapshot(a)).toEqual(await pageSnapshot(b));
    await a.close();
    await b.close();
  });

  it('makes no network request of its own and logs no error', async () => {
    const page = await openFixture(withExt, `${server.origin}/arabic-article.html`);
    await marksAndHost(page);
    await page.close();
    const foreign = withExt.requests.filter(
      (url) => !url.startsWith(server.origin + '/') && !isOwnFile(withExt, url),
    );
    expect(foreign).toEqual([]);
    expect(withExt.errors).toEqual([]);
  });
});
