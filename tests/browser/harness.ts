/**
 * Launches Debian's Chromium with the built extension (or without it, for comparisons) against
 * the fixture server, and records every request and every error so tests can assert on them.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, QUIET_ARGS, extensionArgs } from '../../scripts/lib/chromium';
import { renderDemoPage } from '../../scripts/lib/demo-page';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, 'dist/chromium');

/** The fixtures at /, and the demo page `npm start` serves at /demo/. */
export function startFixtureServer(): Promise<StaticServer> {
  const demo = mkdtempSync(join(tmpdir(), 'siyaq-demo-'));
  writeFileSync(join(demo, 'index.html'), renderDemoPage(ROOT));
  return serveStatic({ '/': join(ROOT, 'tests/fixtures'), '/demo/': demo });
}

export interface Session {
  context: BrowserContext;
  /** Present when launched with the extension. */
  extensionId?: string;
  worker?: Worker;
  requests: string[];
  errors: string[];
  profileDir: string;
  close(): Promise<void>;
}

export async function launch(opts: { extension: boolean; profileDir?: string } = { extension: true }): Promise<Session> {
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'siyaq-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', ...QUIET_ARGS, ...(opts.extension ? extensionArgs(EXTENSION_DIR) : [])],
    locale: 'ar',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (req) => requests.push(req.url()));
  context.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  context.on('weberror', (err) => errors.push(`page: ${err.error().message}`));

  const session: Session = {
    context,
    requests,
    errors,
    profileDir,
    async close() {
      await context.close();
      if (!opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
  if (opts.extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    worker.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`service worker: ${msg.text()}`);
    });
    session.worker = worker;
    session.extensionId = new URL(worker.url()).host;
  }
  return session;
}

/** Opens a fixture and waits until the content script has had its chance to run. */
export async function openFixture(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // document_idle content scripts run right after load; one idle round trip lets them settle.
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 500 })));
  return page;
}

export interface MarkInfo {
  highlight: string;
  text: string;
  /** Tag names from the mark's text node up to <body>, to tell where it sits. */
  path: string[];
}

/** Every range in Siyaq's highlights, read from the page's world as a test would see them. */
export function readMarks(page: Page): Promise<MarkInfo[]> {
  return page.evaluate(() => {
    const out: { highlight: string; text: string; path: string[] }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('siyaq-') || name === 'siyaq-flash') continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        const path: string[] = [];
        for (let el = range.startContainer.parentElement; el && el !== document.body; el = el.parentElement) path.push(el.tagName);
        out.push({ highlight: name, text: range.toString(), path });
      }
    }
    return out;
  });
}

/** Waits until the marks include every text given. */
export async function waitForMarks(page: Page, texts: string[], timeout = 5000): Promise<MarkInfo[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const marks = await readMarks(page);
    if (texts.every((t) => marks.some((m) => m.text === t))) return marks;
    if (Date.now() > deadline) throw new Error(`marks ${JSON.stringify(texts)} not found; have ${JSON.stringify(marks.map((m) => m.text))}`);
    await page.waitForTimeout(50);
  }
}

/** The centre of the first line of the mark whose text is `text`. */
export async function markPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((text) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('siyaq-')) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        if (range.toString() !== text) continue;
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no mark reads ${text}`);
  return point;
}

/** Rests the pointer on a mark until its card shows; returns the card's entity id. */
export async function hoverMark(page: Page, text: string): Promise<string | null> {
  const { x, y } = await markPoint(page, text);
  await page.mouse.move(x, y);
  const card = page.locator('siyaq-root .card');
  await card.waitFor({ state: 'visible', timeout: 5000 });
  return card.getAttribute('data-entity');
}

/** Opens the sidebar the way the keyboard command does: the background messages the tab. */
export async function toggleSidebar(session: Session, page: Page, search?: string): Promise<void> {
  await page.bringToFront();
  await session.worker!.evaluate(async (search) => {
    // Without the tabs permission the active tab is all the extension can name, as for a command.
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    await tabs.sendMessage(tab!.id!, { type: 'sidebar/toggle', payload: search ? { search } : {} });
  }, search);
}
