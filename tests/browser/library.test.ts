/**
 * The reader's library in real Chromium: an article saved from the popup outlives the service
 * worker and feeds the dossier; an actor added from a selection is marked on the next page;
 * deleting takes both away; an exported library imports into a fresh profile whole.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server';
import { hoverMark, launch, markPoint, openFixture, openPopup, readMarks, shownFrame, startFixtureServer, tabIdOf, waitForMarks, type Session } from './harness';

type Hooks = { siyaq: { onContextMenu(i: object, t: object): Promise<void> } };

/**
 * Stops every service worker, as the browser does after 30 s idle, and waits until the browser
 * says ours has stopped; the next message starts it again, with nothing kept in memory. (The
 * driver keeps no handle on the restarted worker, so this comes after every worker-evaluate.)
 */
async function stopWorkers(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string }[] }) => {
    if (e.versions.some((v) => v.runningStatus === 'stopped')) stopped = true;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => stopped, { timeout: 10_000 }).toBe(true);
  await cdp.detach();
}

async function openOptions(session: Session): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('#library').waitFor();
  return options;
}

describe('the reader’s library', () => {
  let server: StaticServer;
  let session: Session;
  let article: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launch();
    article = `${server.origin}/library-article.html`;
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('saves the page’s article from the popup, and saving it again updates it', async () => {
    const page = await openFixture(session, article);
    await waitForMarks(page, ['السنوار']);
    const popup = await openPopup(session, page);
    await popup.locator('button.save').click();
    await expect.poll(() => popup.locator('.save-status').textContent()).toMatch(/حُفظ|saved/);
    // Saving again updates the same article.
    await popup.locator('button.save').click();
    await expect.poll(() => popup.locator('.save-status').textContent()).toMatch(/حُدِّث|updated/);
    await popup.close();

    await page.close();
  });

  it('adds an actor from a selected name, and marks it on a second page', async () => {
    const page = await openFixture(session, article);
    await waitForMarks(page, ['السنوار']);
    const tabId = await tabIdOf(session, page);
    await session.worker!.evaluate(
      ({ id }) => (globalThis as unknown as Hooks).siyaq.onContextMenu({ menuItemId: 'siyaq-add-actor', selectionText: ' الدوحة ' }, { id }),
      { id: tabId },
    );
    const sidebar = await shownFrame(page, 'sidebar');
    const form = sidebar.locator('.add-actor form');
    await form.waitFor();
    expect(await form.locator('input[name="ar"]').inputValue()).toBe('الدوحة');
    await form.locator('select[name="type"]').selectOption('place');
    await form.locator('button.submit').click();
    await expect.poll(() => sidebar.locator('.add-actor [role="status"]').textContent()).toMatch(/أُضيفت|added/);
    // The page it was added on is read again with it, the sidebar left open.
    await waitForMarks(page, ['الدوحة']);
    expect(await sidebar.locator('.add-actor').count()).toBe(1);

    const second = await openFixture(session, `${server.origin}/library-second.html`);
    const marks = await waitForMarks(second, ['الدوحة']);
    expect(marks.find((m) => m.text === 'الدوحة')!.highlight).toBe('siyaq-place');
    expect(await hoverMark(second, 'الدوحة')).toMatch(/^user-/);
    await second.close();
    await page.close();
  });

  it('after the service worker restarts, the saved article’s passages are in the dossier and the actor still marks', async () => {
    const page = await openFixture(session, article);
    await waitForMarks(page, ['السنوار']);
    await stopWorkers(session, page);
    const { x, y } = await markPoint(page, 'السنوار');
    await page.mouse.click(x, y);
    const sidebar = await shownFrame(page, 'sidebar');
    const passage = sidebar.locator('.entity-view[data-entity="sinwar"] .passage', { hasText: 'أبلغ الوسطاء في الدوحة' }).first();
    await passage.waitFor({ timeout: 10_000 });
    // Labelled with its outlet and date, and linked to where it was read.
    expect(await passage.locator('.source').textContent()).toContain('صحيفة الاختبار');
    expect(await passage.locator('a[href]').getAttribute('href')).toBe(article);
    const second = await openFixture(session, `${server.origin}/library-second.html`);
    await waitForMarks(second, ['الدوحة']);
    await second.close();
    await page.close();
  });


  it('exports the library and imports it whole into a fresh profile', async () => {
    const options = await openOptions(session);
    await expect.poll(() => options.locator('#library .saved-article').count()).toBe(1);
    await expect.poll(() => options.locator('#actors .actor').count()).toBe(1);
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('#export-library').click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'siyaq-pack-')), 'library.json');
    await download.saveAs(file);
    const pack = JSON.parse(readFileSync(file, 'utf8'));
    expect(pack).toMatchObject({ format: 'siyaq-library', version: 1 });
    await options.close();

    const fresh = await launch();
    try {
      const other = await openOptions(fresh);
      expect(await other.locator('#library .saved-article').count()).toBe(0);
      await other.locator('#import-library').setInputFiles(file);
      await expect.poll(() => other.locator('#library .saved-article').count()).toBe(1);
      expect(await other.locator('#library .saved-article').first().textContent()).toContain('السنوار والوسطاء');
      expect(await other.locator('#actors .actor').first().textContent()).toContain('الدوحة');
      // A file that is not a library changes nothing, and says why.
      await other.locator('#import-library').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
      await expect.poll(() => other.locator('#library-notice').textContent()).toMatch(/JSON/);
      expect(await other.locator('#library .saved-article').count()).toBe(1);
    } finally {
      await fresh.close();
      rmSync(file, { force: true });
    }
  });

  it('deletes the article and the actor: the dossier and the pages lose both', async () => {
    const options = await openOptions(session);
    await options.locator('#library .saved-article .delete').first().click();
    await options.locator('#actors .actor .delete').first().click();
    await expect.poll(() => options.locator('#library .saved-article').count()).toBe(0);
    await expect.poll(() => options.locator('#actors .actor').count()).toBe(0);
    await options.close();

    const second = await openFixture(session, `${server.origin}/library-second.html`);
    await second.waitForTimeout(800);
    expect((await readMarks(second)).filter((m) => m.text === 'الدوحة')).toEqual([]);
    const page = await openFixture(session, article);
    await waitForMarks(page, ['السنوار']);
    const { x, y } = await markPoint(page, 'السنوار');
    await page.mouse.click(x, y);
    const sidebar = await shownFrame(page, 'sidebar');
    await sidebar.locator('.entity-view[data-entity="sinwar"]').waitFor();
    expect(await sidebar.locator('.passage', { hasText: 'أبلغ الوسطاء في الدوحة' }).count()).toBe(0);
    await second.close();
    await page.close();
  });
});
