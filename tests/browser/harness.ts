/**
 * Browser-test helpers: the fixture server (fixtures at /, the demo page at /demo/), and the
 * shared session and page probes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, type Session } from '../../scripts/lib/browser-session';
import { renderDemoPage } from '../../scripts/lib/demo-page';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

export { isOwnFile, launch, openPage as openFixture, type Session } from '../../scripts/lib/browser-session';
export {
  frameBox,
  hiddenFrame,
  hoverMark,
  inContentScript,
  inNewWorld,
  markPoint,
  readMarks,
  scrollToEnd,
  shownFrame,
  siyaqFrame,
  waitForMarks,
  type MarkInfo,
} from '../../scripts/lib/page-probes';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The fixtures at /, and the demo page `npm start` serves at /demo/. */
export function startFixtureServer(): Promise<StaticServer> {
  const demo = mkdtempSync(join(tmpdir(), 'siyaq-demo-'));
  writeFileSync(join(demo, 'index.html'), renderDemoPage(ROOT));
  return serveStatic({ '/': join(ROOT, 'tests/fixtures'), '/demo/': demo });
}

/** Has a page answer `url` with this HTML, for a page made in the test rather than a fixture file. */
export async function serveHtml(page: Page, url: string, html: string): Promise<void> {
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
}

/**
 * Reads, writes or clears the stored settings from the service worker, behind Siyaq's own writer,
 * as another writer of storage would.
 */
export function settingsInStorage(session: Session, action: 'get' | 'set' | 'clear', value?: unknown): Promise<unknown> {
  return session.worker!.evaluate(
    async ({ action, value }) => {
      type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      if (action === 'get') return (await local.get('settings')).settings;
      if (action === 'set') return local.set({ settings: value as object });
      return local.clear();
    },
    { action, value },
  );
}

/**
 * Runs in the service worker: the id of the active tab of the last focused normal window (the
 * window of a popup opened by openPopup is none), as the popup picks its tab.
 */
const ACTIVE_TAB = `(async () => {
  const focused = await chrome.windows.getLastFocused({ windowTypes: ['normal'] });
  const [tab] = await chrome.tabs.query({ active: true, windowId: focused.id });
  return tab.id;
})()`;

/** The id of a page's tab, as the extension knows it (the page is brought to the front). */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  return session.worker!.evaluate<number>(ACTIVE_TAB);
}

/** What the background keeps in session storage (the tabs it tells of changes, the frames' secrets …). */
export function sessionStorageOf(session: Session): Promise<Record<string, unknown>> {
  return session.worker!.evaluate(() => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    return (globalThis as unknown as { chrome: { storage: { session: Area } } }).chrome.storage.session.get(null);
  });
}

/** Opens the sidebar the way the keyboard command does: the background messages the tab. */
export async function toggleSidebar(session: Session, page: Page, search?: string): Promise<void> {
  // Without the tabs permission the active tab is all the extension can name, as for a command.
  const tabId = await tabIdOf(session, page);
  await session.worker!.evaluate(async ({ tabId, search }) => {
    const { tabs } = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
    await tabs.sendMessage(tabId, { type: 'sidebar/toggle', payload: search ? { search } : {} });
  }, { tabId, search });
}

/**
 * Opens the real toolbar popup for a page, as the toolbar button would: the page's tab is brought
 * to the front of its window, and popup.html opens in a window of its own (of type popup, as the
 * button's bubble is no normal window), from which it takes the active tab of the last focused
 * normal window, as it does when the button is pressed.
 */
export async function openPopup(session: Session, page: Page): Promise<Page> {
  await page.bringToFront();
  const url = `chrome-extension://${session.extensionId}/popup.html`;
  const [popup] = await Promise.all([
    session.context.waitForEvent('page', (p) => p.url() === url),
    session.worker!.evaluate(async (url) => {
      type Windows = { create(o: object): Promise<unknown> };
      await (globalThis as unknown as { chrome: { windows: Windows } }).chrome.windows.create({ url, type: 'popup' });
    }, url),
  ]);
  await popup.locator('main h1').waitFor();
  return popup;
}

export interface BrowserFixture {
  server: StaticServer;
  session: Session;
}

/**
 * One fixture server and one Chromium with Siyaq for a describe block: started before its tests,
 * closed after them. The returned object is filled in by the time the tests run.
 */
export function useBrowser(): BrowserFixture {
  const fixture = {} as BrowserFixture;
  beforeAll(async () => {
    fixture.server = await startFixtureServer();
    fixture.session = await launch();
  });
  afterAll(async () => {
    await fixture.session?.close();
    await fixture.server?.close();
  });
  return fixture;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's findings on one of Siyaq's frames (the whole card or sidebar document): the ids of
 * the rules broken, and how many nodes it checked, to be sure it looked.
 */
export async function axeOnFrame(frame: Frame, impacts?: string[]): Promise<{ violations: string[]; checked: number }> {
  // The extension page's CSP forbids script elements; the driver's evaluation is not bound by it.
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async (impacts) => {
    type Result = { id: string; impact: string; nodes: unknown[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const result = await axe.run(document);
    return {
      violations: result.violations.filter((v) => !impacts || impacts.includes(v.impact)).map((v) => v.id),
      checked: result.passes.reduce((n, p) => n + p.nodes.length, 0),
    };
  }, impacts);
}
