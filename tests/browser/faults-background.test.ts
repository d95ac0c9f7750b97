/**
 * Issue 15, the background's part, under load and bad input in real Chromium: the background
 * answers for the sender's page whatever a message claims, forged counts never reach the badge,
 * a flood of huge searches is refused at once without delaying cards in other tabs; names that
 * are Object.prototype's are plain names in the search and as sites; an import merges within its
 * limits and says when storage refused it; two pages changing settings at once both keep their
 * change, and localhost can be switched off; the extension pages' CSP and the store packages.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageExtension } from '../../scripts/lib/package';
import type { StaticServer } from '../../scripts/lib/static-server';
import { MAX_IMPORT_CHARS, MAX_SITES } from '../../src/settings/transfer';
import { hoverMark, inContentScript, launch, openFixture, openPopup, readMarks, ROOT, shownFrame, startFixtureServer, tabIdOf, toggleSidebar, waitForMarks, type Session } from './harness';

/** A host name that is an Object.prototype member, resolved to the fixture server. */
const PROTO_HOST = 'constructor';

let server: StaticServer;
let session: Session;
/** The fixture article on a host: 127.0.0.1, localhost, constructor. */
const articleOn = (host: string) => `${server.origin.replace('127.0.0.1', host)}/arabic-article.html`;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launch({ extension: true, args: [`--host-resolver-rules=MAP ${PROTO_HOST} 127.0.0.1`] });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

type Reply = { reply?: unknown; refused?: string };

/**
 * What sending a message from here gets: its reply, or the background's refusal (carried as
 * webextension-polyfill carries a rejection; see src/messages/runtime.ts). Source for an evaluate
 * in the content script's world or in an extension page: both have chrome.runtime.
 */
const SEND = `async (type, payload) => {
  try {
    const reply = await chrome.runtime.sendMessage({ type, payload });
    return reply && typeof reply === 'object' && '__mozWebExtensionPolyfillReject__' in reply ? { refused: reply.message } : { reply };
  } catch (err) {
    return { refused: err.message };
  }
}`;

/** Sends a message to the background as the page's content script (or a renderer posing as it). */
function sendAsContentScript(page: Page, type: string, payload: unknown): Promise<Reply> {
  return inContentScript<Reply>(page, `(${SEND})(${JSON.stringify(type)}, ${JSON.stringify(payload)})`).then((r) => r!);
}

async function extensionPage(path = 'options.html'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  await page.locator('main h1').waitFor();
  return page;
}

function storage(action: 'get' | 'set' | 'clear', value?: object): Promise<Record<string, unknown>> {
  return session.worker!.evaluate(
    async ({ action, value }) => {
      type Area = { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      if (action === 'set') await local.set(value!);
      if (action === 'clear') await local.clear();
      return local.get(null);
    },
    { action, value },
  );
}
const storedSettings = async () => (await storage('get')).settings as Record<string, unknown> | undefined;

const badge = (tabId: number) =>
  session.worker!.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);

const marksGone = (page: Page) => expect.poll(async () => (await readMarks(page)).length, { timeout: 5000 }).toBe(0);

describe('the background trusts no payload', () => {
  it('answers site/state for the sender’s own page, and a forged host changes nothing', async () => {
    await storage('set', { settings: { sites: { localhost: false } } });
    const page = await openFixture(session, articleOn('127.0.0.1'));
    await waitForMarks(page, ['جون كيربي']);
    // Asking of another host, or of another tab, is refused; asking of its own page is answered.
    expect((await sendAsContentScript(page, 'site/state', { hostname: 'localhost' })).refused).toMatch(/malformed site\/state/);
    const other = await openFixture(session, articleOn('localhost'));
    const otherTab = await tabIdOf(session, other);
    expect((await sendAsContentScript(page, 'site/state', { tabId: otherTab })).refused).toMatch(/own page/);
    expect((await sendAsContentScript(page, 'site/state', null)).reply).toMatchObject({ site: '127.0.0.1', on: true });
    // An extension page names a tab, and hears of that tab's page.
    const options = await extensionPage();
    const tabId = await tabIdOf(session, page);
    expect(await options.evaluate(`(${SEND})('site/state', { tabId: ${tabId} })`)).toMatchObject({ reply: { site: '127.0.0.1', on: true } });
    expect(await options.evaluate(`(${SEND})('site/state', { tabId: ${otherTab} })`)).toMatchObject({ reply: { site: 'localhost', on: false } });
    // The command acts on the site the tab is really on.
    await page.bringToFront();
    type Hooks = { siyaq: { onCommand(c: string): Promise<void> } };
    await session.worker!.evaluate(() => (globalThis as unknown as Hooks).siyaq.onCommand('toggle-site'));
    await marksGone(page);
    expect((await storedSettings())?.sites).toEqual({ localhost: false, '127.0.0.1': false });
    await storage('clear');
    for (const p of [options, other, page]) await p.close();
  });

  it('leaves the badge as it was for a forged report of a string, huge, negative or NaN count', async () => {
    const page = await openFixture(session, articleOn('127.0.0.1'));
    await waitForMarks(page, ['جون كيربي']);
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badge(tabId)).toMatch(/^[1-9]\d*$/);
    const before = await badge(tabId);
    const report = { hostname: '127.0.0.1', arabic: true, active: true };
    for (const entities of ['PWND', 1e300, Number.MAX_SAFE_INTEGER, -5, 'NaN', 2.5, null]) {
      // NaN as a real NaN: JSON, as the test hands the payload over, cannot carry one.
      const payload = JSON.stringify({ ...report, entities }).replace('"NaN"', 'NaN');
      const sent = await inContentScript<Reply>(page, `(${SEND})('page/report', ${payload})`);
      expect(sent?.refused, String(entities)).toMatch(/malformed page\/report/);
      expect(await badge(tabId)).toBe(before);
    }
    await page.close();
  });

  it('refuses 10 MB searches at once, from a content script and an extension page, while a card in another tab answers within a second', { timeout: 90_000 }, async () => {
    const flooder = await openFixture(session, articleOn('127.0.0.1'));
    await waitForMarks(flooder, ['جون كيربي']);
    const reader = await openFixture(session, articleOn('localhost'));
    await waitForMarks(reader, ['جون كيربي']);
    const options = await extensionPage();
    // Each sender sends a search of 10 MB every 3 s, as in the issue, for six seconds, the two
    // out of step. Chromium itself takes some 200 ms of the worker's time (more on a loaded
    // machine) to hand over each one before any listener can look at it: sent back to back, they
    // would hold the worker by that alone, which no extension can shorten.
    const FLOOD = `(async () => {
      const send = ${SEND};
      const text = 'غزة '.repeat(2_621_440);
      const outcomes = [];
      for (const end = Date.now() + 6000; Date.now() < end; ) {
        const t0 = performance.now();
        const { refused } = await send('corpus/search', { text });
        const ms = performance.now() - t0;
        outcomes.push({ refused: refused ?? null, ms });
        await new Promise((r) => setTimeout(r, 3000 - ms));
      }
      return outcomes;
    })()`;
    type Outcome = { refused: string | null; ms: number };
    const floods = [inContentScript<Outcome[]>(flooder, FLOOD), options.waitForTimeout(1500).then(() => options.evaluate(FLOOD) as Promise<Outcome[]>)];
    // Meanwhile the card's question, from the other tab's content script world, every 100 ms.
    const answers: number[] = [];
    await reader.waitForTimeout(300);
    for (const end = Date.now() + 7000; Date.now() < end; ) {
      const t0 = performance.now();
      const { reply } = await sendAsContentScript(reader, 'entity/summary', { id: 'kirby', date: '2025-01-15' });
      answers.push(performance.now() - t0);
      expect(reply).toMatchObject({ id: 'kirby' });
      await reader.waitForTimeout(100);
    }
    const outcomes = (await Promise.all(floods)).flatMap((o) => o ?? []);
    console.log(`10 MB searches: ${outcomes.length}, slowest refusal ${Math.max(...outcomes.map((o) => o.ms)).toFixed(0)} ms; card answers: ${answers.length}, slowest ${Math.max(...answers).toFixed(0)} ms`);
    expect(outcomes.length).toBeGreaterThanOrEqual(4);
    for (const o of outcomes) expect(o.refused).toMatch(/malformed corpus\/search/);
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(3000);
    expect(Math.max(...answers)).toBeLessThan(1000);
    // And a real card, hovered as the flood ends, shows.
    expect(await hoverMark(reader, 'جون كيربي')).toBe('kirby');
    for (const p of [options, reader, flooder]) await p.close();
  });
});

describe('names that are Object.prototype’s', () => {
  it('searches the sidebar for «constructor», «__proto__» and «toString» like any word, and goes on searching', async () => {
    const page = await openFixture(session, articleOn('127.0.0.1'));
    await waitForMarks(page, ['جون كيربي']);
    await toggleSidebar(session, page);
    const sidebar = await shownFrame(page, 'sidebar');
    const input = sidebar.locator('.search input');
    for (const query of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      await input.fill(query);
      await expect.poll(() => sidebar.locator('p[role="status"]').textContent(), { timeout: 3000 }).toContain(query);
      expect(await sidebar.locator('.error').count()).toBe(0);
    }
    await input.fill('رفح');
    await expect.poll(() => sidebar.locator('.search-results .entity').first().getAttribute('data-entity'), { timeout: 3000 }).toBe('rafah');
    await page.close();
  });

  it('switches a host named «constructor» off and on from the popup, and each sticks across a reload', async () => {
    const page = await openFixture(session, articleOn(PROTO_HOST));
    await waitForMarks(page, ['جون كيربي']);
    for (const on of [false, true]) {
      const popup = await openPopup(session, page);
      const toggle = popup.locator('input[role="switch"]');
      expect(await toggle.isChecked()).toBe(!on);
      await toggle.setChecked(on);
      if (on) await waitForMarks(page, ['جون كيربي']);
      else await marksGone(page);
      expect((await storedSettings())?.sites).toEqual(on ? {} : ({ [PROTO_HOST]: false } as object));
      await page.reload();
      if (on) await waitForMarks(page, ['جون كيربي']);
      else {
        await page.waitForTimeout(500);
        expect(await readMarks(page)).toEqual([]);
      }
      await popup.close();
    }
    await page.close();
  });
});

describe('import loses nothing', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'siyaq-import-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const current = { version: 1, markMode: 'every', hoverDelayMs: 800, siteDefault: 'arabic', sites: { 'aljazeera.net': false }, paused: false, uiLanguage: 'en' };

  /** Loads a file through the options page's picker; returns what the page then says. */
  async function importFile(options: Page, name: string, content: string | Buffer): Promise<string> {
    const path = join(dir, name);
    writeFileSync(path, content);
    await options.bringToFront();
    const notice = () => options.evaluate(() => document.querySelector('main > p.notice')?.textContent ?? null);
    const before = await notice();
    const [chooser] = await Promise.all([options.waitForEvent('filechooser'), options.getByRole('button', { name: 'Load settings from a file…' }).click()]);
    await chooser.setFiles(path);
    await expect.poll(notice, { timeout: 10_000 }).not.toBe(before);
    return (await notice())!;
  }

  it('merges a partial file with a wrong-typed field onto the current settings, and names the field', async () => {
    await storage('set', { settings: current });
    const options = await extensionPage();
    const said = await importFile(options, 'partial.json', JSON.stringify({ format: 'siyaq-settings', hoverDelayMs: 'slow', siteDefault: 'listed' }));
    expect(said).toContain('hoverDelayMs');
    expect(await storedSettings()).toEqual({ ...current, siteDefault: 'listed' });
    expect(await options.locator('input[name="hoverDelayMs"]').inputValue()).toBe('800');
    await options.close();
  });

  it('refuses a 60 MB file before reading it, and a file of too many sites, changing nothing', async () => {
    await storage('set', { settings: current });
    const options = await extensionPage();
    const t0 = Date.now();
    const huge = Buffer.alloc(60 * 1024 * 1024, ' ');
    huge.write('{"format": "siyaq-settings", "markMode": "first", "x": "');
    huge.write('"}', huge.length - 2);
    expect(await importFile(options, 'huge.json', huge)).toContain(`${MAX_IMPORT_CHARS / 1_000_000} MB`);
    expect(Date.now() - t0).toBeLessThan(5000);
    const sites = Object.fromEntries(Array.from({ length: MAX_SITES + 1 }, (_, i) => [`s${i}.example`, false]));
    expect(await importFile(options, 'sites.json', JSON.stringify({ format: 'siyaq-settings', markMode: 'first', sites }))).toContain(MAX_SITES.toLocaleString('en'));
    expect(await storedSettings()).toEqual(current);
    await options.close();
  });

  it('says so when storage refuses the save, and keeps what was stored', async () => {
    await storage('set', { settings: current });
    // Storage nearly full (storage.local holds 10 MB without unlimitedStorage): the import's
    // sites do not fit in what is left.
    await storage('set', { filler: 'x'.repeat(10 * 1024 * 1024 - 100_000) });
    const options = await extensionPage();
    const sites = Object.fromEntries(Array.from({ length: MAX_SITES }, (_, i) => [`site-number-${i}.example`, false]));
    const said = await importFile(options, 'many.json', JSON.stringify({ format: 'siyaq-settings', sites }));
    expect(said).toMatch(/not saved.*quota/i);
    expect(said).not.toContain('Settings loaded');
    expect(await storedSettings()).toEqual(current);
    expect(await options.locator('tr[data-site]').count()).toBe(1);
    await storage('clear');
    await options.close();
  });
});

describe('no lost updates', () => {
  it('keeps both changes when two popups switch two sites at the same moment, ten times in ten', async () => {
    await storage('clear');
    const first = await openFixture(session, articleOn('127.0.0.1'));
    const second = await openFixture(session, articleOn('localhost'));
    await waitForMarks(first, ['جون كيربي']);
    await waitForMarks(second, ['جون كيربي']);
    const popups = [await openPopup(session, first), await openPopup(session, second)];
    for (let attempt = 0; attempt < 10; attempt++) {
      for (const on of [false, true]) {
        // Both switches are clicked in the same millisecond, each in its own page.
        const at = Date.now() + 150;
        await Promise.all(
          popups.map((p) =>
            p.evaluate((at) => new Promise<void>((done) => setTimeout(() => (document.querySelector<HTMLInputElement>('input[role="switch"]')!.click(), done()), at - Date.now())), at),
          ),
        );
        await expect.poll(async () => (await storedSettings())?.sites, { timeout: 3000 }).toEqual(on ? {} : { '127.0.0.1': false, localhost: false });
        for (const p of popups) await expect.poll(() => p.locator('input[role="switch"]').isChecked()).toBe(on);
      }
    }
    for (const p of [...popups, first, second]) await p.close();
  });

  it('switches http://localhost off, and it stays off across a reload', async () => {
    await storage('clear');
    const page = await openFixture(session, articleOn('localhost'));
    await waitForMarks(page, ['جون كيربي']);
    const popup = await openPopup(session, page);
    await popup.locator('input[role="switch"]').uncheck();
    await marksGone(page);
    await page.reload();
    await page.waitForTimeout(500);
    expect(await readMarks(page)).toEqual([]);
    expect((await storedSettings())?.sites).toEqual({ localhost: false });
    await popup.close();
    const again = await openPopup(session, page);
    expect(await again.locator('input[role="switch"]').isChecked()).toBe(false);
    await again.locator('input[role="switch"]').check();
    await waitForMarks(page, ['جون كيربي']);
    await storage('clear');
    await again.close();
    await page.close();
  });
});

describe('manifest and package', () => {
  it('opens the popup on the active tab whatever its URL names: no ?tab= hook', async () => {
    const named = await openFixture(session, articleOn('127.0.0.1'));
    const active = await openFixture(session, articleOn('localhost'));
    await waitForMarks(active, ['جون كيربي']);
    const namedTab = await tabIdOf(session, named);
    await active.bringToFront();
    const url = `chrome-extension://${session.extensionId}/popup.html?tab=${namedTab}`;
    const [popup] = await Promise.all([
      session.context.waitForEvent('page', (p) => p.url() === url),
      session.worker!.evaluate((url) => (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome.windows.create({ url, type: 'popup' }), url),
    ]);
    await expect.poll(() => popup.locator('label.switch').first().textContent()).toContain('localhost');
    for (const p of [popup, active, named]) await p.close();
  });

  it('runs the popup, options, card and sidebar under default-src \'self\' with nothing refused', async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/chromium/manifest.json'), 'utf8'));
    expect(manifest.content_security_policy.extension_pages).toMatch(/(^|; )default-src 'self'(;|$)/);
    const page = await openFixture(session, articleOn('127.0.0.1'));
    await waitForMarks(page, ['جون كيربي']);
    const popup = await openPopup(session, page);
    expect(await popup.locator('[data-testid="entity-count"]').textContent()).toMatch(/\d/);
    const options = await extensionPage();
    expect(await options.locator('section').count()).toBeGreaterThan(2);
    expect(await hoverMark(page, 'جون كيربي')).toBe('kirby');
    await toggleSidebar(session, page);
    await (await shownFrame(page, 'sidebar')).locator('.search input').waitFor();
    expect(session.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    for (const p of [popup, options, page]) await p.close();
  });

  it('packages for the stores without source maps, and no bundle points at one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'siyaq-package-'));
    try {
      const { zips } = packageExtension(join(dir, 'build'), dir, true);
      for (const zip of Object.values(zips)) {
        const entries = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean);
        expect(entries).toContain('background.js');
        expect(entries.filter((e) => e.endsWith('.map'))).toEqual([]);
        for (const entry of entries.filter((e) => /\.(js|html|css)$/.test(e))) {
          expect(execFileSync('unzip', ['-p', zip, entry], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }), entry).not.toMatch(/sourceMappingURL/);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
