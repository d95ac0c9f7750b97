/**
 * Per-site control in real Chromium: the popup's switch turns Siyaq off and on for a site in its
 * open tabs at once, the choice survives reloads and browser restarts, corrupt stored settings
 * break nothing, the options page speaks the reader's chosen language throughout, and the
 * keyboard and context-menu paths reach the sidebar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { formatMessage } from '../../src/ui/shared/format-message';
import { hiddenFrame, launch, openFixture, openPopup, readMarks, ROOT, serveHtml, sessionStorageOf, shownFrame, settingsInStorage, startFixtureServer, tabIdOf, waitForMarks, type Session } from './harness';
import type { StaticServer } from '../../scripts/lib/static-server';

const marksGone = (page: Page) => expect.poll(async () => (await readMarks(page)).length, { timeout: 5000 }).toBe(0);

/** A UI string as the popup shows it, in the language the popup chose (its <html lang>). */
async function popupText(popup: Page, key: string, ...subs: string[]): Promise<string> {
  const lang = await popup.evaluate(() => document.documentElement.lang);
  return formatMessage(JSON.parse(readFileSync(join(ROOT, 'extension/_locales', lang, 'messages.json'), 'utf8'))[key], subs)!;
}

describe('per-site control', () => {
  let server: StaticServer;
  let profileDir: string;
  let session: Session;
  let article: string;
  let otherSite: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    article = `${server.origin}/arabic-article.html`;
    // The same server under another host name is another site.
    otherSite = article.replace('127.0.0.1', 'localhost');
    profileDir = mkdtempSync(join(tmpdir(), 'siyaq-profile-'));
    session = await launch({ extension: true, profileDir });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('turns a site off from the popup at once, keeps it off on reload, leaves other sites on, and turns it back on', async () => {
    const page = await openFixture(session, article);
    const other = await openFixture(session, otherSite);
    await waitForMarks(page, ['جون كيربي']);
    await waitForMarks(other, ['جون كيربي']);
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, page);
    expect(await popup.locator('[data-testid="entity-count"]').textContent()).toMatch(/\d+/);
    const toggle = popup.locator('input[role="switch"]');
    const status = popup.locator('label.switch').first();
    expect(await toggle.isChecked()).toBe(true);
    expect(await status.textContent()).toBe(await popupText(popup, 'popupOnForSite', '127.0.0.1'));

    await toggle.uncheck();
    // The words beside the switch say what it now does, before the page has even caught up.
    await expect.poll(() => status.textContent(), { timeout: 1000 }).toBe(await popupText(popup, 'popupOffForSite', '127.0.0.1'));
    await marksGone(page);
    expect(await page.locator(':root > div').count()).toBe(0);
    // The badge empties with the marks.
    const badge = () => session.worker!.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe('');
    // Another site is untouched.
    expect((await readMarks(other)).length).toBeGreaterThan(0);

    await page.reload();
    await page.waitForTimeout(500);
    expect(await readMarks(page)).toEqual([]);

    const popup2 = await openPopup(session, page);
    expect(await popup2.locator('label.switch').first().textContent()).toBe(await popupText(popup2, 'popupOffForSite', '127.0.0.1'));
    await popup2.locator('input[role="switch"]').check();
    await expect.poll(() => popup2.locator('label.switch').first().textContent(), { timeout: 1000 }).toBe(await popupText(popup2, 'popupOnForSite', '127.0.0.1'));
    await waitForMarks(page, ['جون كيربي']);
    await expect.poll(badge).not.toBe('');
    // The open popup hears the page's own report: the count of what it found comes back with it.
    await expect.poll(() => popup2.locator('[data-testid="entity-count"]').textContent(), { timeout: 3000 }).toMatch(/[1-9]/);
    await popup.close();
    await popup2.close();
    await page.close();
    await other.close();
  });

  /** One load of a held page: `requested` once its parser waits on the held script, `done` once it has loaded. */
  interface HeldLoad {
    requested: Promise<void>;
    done: Promise<unknown>;
    release(): void;
  }

  /** A tab on the fixture article whose every load `hold` starts, its parsing held on a script in its head. */
  async function heldPage(): Promise<{ page: Page; hold: () => HeldLoad }> {
    const url = `${server.origin}/held/arabic-article.html`;
    const html = readFileSync(join(ROOT, 'tests/fixtures/arabic-article.html'), 'utf8').replace('<head>', '<head><script src="/held.js"></script>');
    const page = await session.context.newPage();
    let held = Promise.resolve();
    let asked = (): void => undefined;
    await serveHtml(page, url, html);
    await page.route(`${server.origin}/held.js`, async (route) => {
      asked();
      await held;
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    const hold = (): HeldLoad => {
      let release!: () => void;
      held = new Promise<void>((resolve) => (release = resolve));
      const requested = new Promise<void>((resolve) => (asked = resolve));
      return { requested, done: page.goto(url, { waitUntil: 'load' }), release };
    };
    return { page, hold };
  }

  it('adopts the highlight sheet while an Arabic page is still being parsed, and only where its site is on', async () => {
    // Adopted later, on a page as long as a live blog, the sheet would restyle all of it at once.
    const { page, hold } = await heldPage();
    const sheets = () => page.evaluate(() => document.adoptedStyleSheets.length);
    const on = hold();
    await on.requested;
    await expect.poll(sheets, { timeout: 5000 }).toBe(1);
    expect(await readMarks(page)).toEqual([]);
    on.release();
    await on.done;
    await waitForMarks(page, ['جون كيربي']);

    await settingsInStorage(session, 'set', { ...DEFAULT_SETTINGS, sites: { '127.0.0.1': false } });
    await marksGone(page);
    const off = hold();
    await off.requested;
    // Long enough for the background's answer to have come back.
    await page.waitForTimeout(500);
    expect(await sheets()).toBe(0);
    off.release();
    await off.done;
    await page.waitForTimeout(300);
    expect(await sheets()).toBe(0);
    await settingsInStorage(session, 'clear');
    await page.close();
  });

  it('applies a switch made while a page is still loading once it has loaded', async () => {
    // The page's parser waits on a script the test holds back: its document_start script has asked
    // for the site's state (on), and its content script has not yet run to hear of a change.
    const { page, hold } = await heldPage();
    // The tabs the background tells of changes (site-tabs.ts), tab id → host.
    const tabsNow = async () => ((await sessionStorageOf(session))['site-tabs'] ?? {}) as Record<string, string>;
    const before = Object.keys(await tabsNow());
    const loading = hold();
    await loading.requested;
    await expect.poll(async () => Object.keys(await tabsNow()).filter((id) => !before.includes(id)).length).toBe(1);
    const tabId = Number(Object.keys(await tabsNow()).find((id) => !before.includes(id)));
    await settingsInStorage(session, 'set', { ...DEFAULT_SETTINGS, sites: { '127.0.0.1': false } });
    // The background tried to tell the tab, found no content script there, and forgot it.
    await expect.poll(async () => (await tabsNow())[tabId]).toBeUndefined();
    loading.release();
    await loading.done;
    const status = () =>
      session.worker!.evaluate(async (id) => {
        const { tabs } = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
        return tabs.sendMessage(id, { type: 'page/status', payload: null }).catch(() => null);
      }, tabId) as Promise<{ arabic: boolean; active: boolean } | null>;
    await expect.poll(status, { timeout: 5000 }).toMatchObject({ arabic: true, active: false });
    await marksGone(page);
    // Off it stays, and the tab is known again for the next change, which it takes at once.
    await page.waitForTimeout(300);
    expect(await readMarks(page)).toEqual([]);
    await settingsInStorage(session, 'clear');
    await waitForMarks(page, ['جون كيربي']);
    await page.close();
  });

  it('pauses every site from the popup, and lists a site turned off on the options page, removable', async () => {
    const page = await openFixture(session, article);
    const other = await openFixture(session, otherSite);
    await waitForMarks(page, ['جون كيربي']);
    await waitForMarks(other, ['جون كيربي']);
    const popup = await openPopup(session, page);
    const pause = popup.locator('label.switch input[type="checkbox"]').nth(1);
    await pause.check();
    await expect.poll(() => popup.locator('label.switch').first().textContent(), { timeout: 1000 }).toBe(await popupText(popup, 'popupOffForSite', '127.0.0.1'));
    await marksGone(page);
    await marksGone(other);
    await pause.uncheck();
    await waitForMarks(page, ['جون كيربي']);
    await waitForMarks(other, ['جون كيربي']);

    await popup.locator('input[role="switch"]').uncheck();
    await marksGone(page);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const row = options.locator('tr[data-site="127.0.0.1"]');
    await row.waitFor();
    await row.locator('button').click();
    await row.waitFor({ state: 'detached' });
    // Removing the site from the list gives it back the default: on.
    await waitForMarks(page, ['جون كيربي']);
    for (const p of [options, popup, page, other]) await p.close();
  });

  it('remembers a site turned off across a browser restart', async () => {
    const page = await openFixture(session, article);
    await waitForMarks(page, ['جون كيربي']);
    const popup = await openPopup(session, page);
    await popup.locator('input[role="switch"]').uncheck();
    await marksGone(page);
    await session.close();

    session = await launch({ extension: true, profileDir });
    const again = await openFixture(session, article);
    await again.waitForTimeout(500);
    expect(await readMarks(again)).toEqual([]);
    const other = await openFixture(session, otherSite);
    await waitForMarks(other, ['جون كيربي']);
    await settingsInStorage(session, 'clear');
    await waitForMarks(again, ['جون كيربي']);
    await again.close();
    await other.close();
  });

  it('falls back to defaults for corrupt stored values, keeps the valid ones, and never breaks the page', async () => {
    await settingsInStorage(session, 'set', { markMode: 'every', hoverDelayMs: 'slow', sites: 'garbage', paused: 7, siteDefault: ['x'], uiLanguage: 'en' });
    const page = await openFixture(session, article);
    // Every mention is marked, as the one valid setting asks: Kirby twice.
    const marks = await waitForMarks(page, ['جون كيربي', 'كيربي']);
    expect(marks.filter((m) => m.text.includes('كيربي'))).toHaveLength(2);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('[data-testid="rejected"]').waitFor();
    const rejected = await options.locator('[data-testid="rejected"]').textContent();
    for (const field of ['hoverDelayMs', 'sites', 'paused', 'siteDefault']) expect(rejected).toContain(field);
    expect(rejected).not.toContain('markMode');
    expect(await options.locator('input[name="hoverDelayMs"]').inputValue()).toBe('350');
    expect(await options.locator('input[name="markMode"][value="every"]').isChecked()).toBe(true);
    expect(await options.locator('input[name="siteDefault"][value="arabic"]').isChecked()).toBe(true);
    // Not JSON at all: still defaults, still working.
    await settingsInStorage(session, 'set', 'not even an object');
    await page.reload();
    await waitForMarks(page, ['جون كيربي']);
    await settingsInStorage(session, 'clear');
    await options.close();
    await page.close();
  });

  it.each(['ar', 'en'])('shows the options page in the chosen language (%s): shortcuts, units and the import picker', async (lang) => {
    await settingsInStorage(session, 'set', { uiLanguage: lang });
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('section[aria-labelledby="keys-h"] td').first().waitFor();
    const text = (key: string) => popupText(options, key);
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang);
    // The browser names its commands in its own language (Arabic here); the page must not.
    const described = await options.locator('section[aria-labelledby="keys-h"] tr td:first-child').allTextContents();
    expect(described.sort()).toEqual([await text('commandToggleSidebar'), await text('commandToggleSite'), await text('commandSaveArticle')].sort());
    if (lang === 'ar') {
      // Everything the page writes in Arabic is Arabic, but for what is marked as another language.
      const latin = await options.evaluate(() => {
        const copy = document.querySelector('main')!.cloneNode(true) as HTMLElement;
        for (const other of copy.querySelectorAll('[dir="ltr"], [lang]:not([lang="ar"])')) other.remove();
        return copy.textContent!.match(/[A-Za-z]{2,}/g) ?? [];
      });
      expect(latin).toEqual([]);
    }

    // The native file input, whose button the browser labels in its own language, is not shown;
    // a button in the UI's language opens its picker, from the keyboard too.
    // Neither the settings' file input nor the library's is shown.
    for (const input of await options.locator('input[type="file"]').all()) expect(await input.isVisible()).toBe(false);
    const importButton = options.getByRole('button', { name: await text('optionsImport') });
    // A background tab may not open a file picker.
    await options.bringToFront();
    const [chooser] = await Promise.all([options.waitForEvent('filechooser'), importButton.press('Enter')]);
    await chooser.setFiles({ name: 'siyaq-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ uiLanguage: lang, markMode: 'every' })) });
    await expect.poll(() => options.locator('main > p.notice').textContent()).toBe(await text('optionsImported'));
    expect(await options.locator('input[name="markMode"][value="every"]').isChecked()).toBe(true);
    await settingsInStorage(session, 'clear');
    await options.close();
  });

  it('opens the sidebar from the keyboard command and from the context menu, as the browser calls them', async () => {
    const page = await openFixture(session, article);
    await waitForMarks(page, ['جون كيربي']);
    const tabId = await tabIdOf(session, page);
    type Hooks = { siyaq: { onCommand(c: string): Promise<void>; onContextMenu(i: object, t: object): Promise<void> } };
    await session.worker!.evaluate(() => (globalThis as unknown as Hooks).siyaq.onCommand('toggle-sidebar'));
    const sidebar = await shownFrame(page, 'sidebar');
    await session.worker!.evaluate(() => (globalThis as unknown as Hooks).siyaq.onCommand('toggle-sidebar'));
    await hiddenFrame(page, 'sidebar');

    await session.worker!.evaluate(
      (id) => (globalThis as unknown as Hooks).siyaq.onContextMenu({ menuItemId: 'siyaq-lookup', selectionText: ' رفح ' }, { id }),
      tabId,
    );
    await shownFrame(page, 'sidebar');
    await expect.poll(() => sidebar.locator('.search-results .entity').first().getAttribute('data-entity')).toBe('rafah');
    expect(await sidebar.locator('.search input').inputValue()).toBe('رفح');

    // The site toggle command turns the site off and on again.
    await session.worker!.evaluate(() => (globalThis as unknown as Hooks).siyaq.onCommand('toggle-site'));
    await marksGone(page);
    await session.worker!.evaluate(() => (globalThis as unknown as Hooks).siyaq.onCommand('toggle-site'));
    await waitForMarks(page, ['جون كيربي']);
    await page.close();
  });
});
