/**
 * The card in real Chromium: hover shows it for the right entity, Escape closes it, its button
 * opens the sidebar, and a linked name still follows its link; under a strict CSP too.
 */
import { describe, expect, it } from 'vitest';
import { axeOnFrame, frameBox, hiddenFrame, hoverMark, markPoint, openFixture, shownFrame, waitForMarks, useBrowser } from './harness';

describe('card', () => {
  const b = useBrowser();

  it('shows the entity under the pointer, with its office as of the page’s date and a sourced passage', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['وليام بيرنز']);
    expect(await hoverMark(page, 'وليام بيرنز')).toBe('burns');
    const frame = await shownFrame(page, 'card');
    const card = frame.locator('.card');
    expect(await card.getAttribute('role')).toBe('dialog');
    // The page gives no date, so roles are read as of today: Burns left the CIA in January 2025.
    await expect.poll(() => card.locator('.dated-roles').textContent()).toContain('مدير وكالة المخابرات المركزية الأمريكية السابق');
    expect(await card.locator('.passage .source').textContent()).toContain('عربي بوست');
    // The frame is as tall as the card: nothing cut off, no empty band.
    const box = (await frameBox(page, 'card'))!;
    const drawn = (await card.boundingBox())!;
    expect(Math.abs(box.height - drawn.height - 16)).toBeLessThanOrEqual(2);
    // What a screen reader meets: axe-core finds nothing wrong with the card, at any impact.
    const axe = await axeOnFrame(frame);
    expect(axe.checked).toBeGreaterThan(5);
    expect(axe.violations).toEqual([]);
    await page.close();
  });

  it('shows the card when a linked name takes keyboard focus, and closes it when focus moves on', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['جون كيربي']);
    // Tab until the link around «جون» has focus, as a keyboard user would.
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.id === 'kirby-link')); i++) await page.keyboard.press('Tab');
    const frame = await shownFrame(page, 'card');
    expect(await frame.locator('.card').getAttribute('data-entity')).toBe('kirby');
    await page.keyboard.press('Tab');
    await hiddenFrame(page, 'card');
    await page.close();
  });

  it('closes on Escape', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['بريت مكجورك']);
    expect(await hoverMark(page, 'بريت مكجورك')).toBe('mcgurk');
    await page.keyboard.press('Escape');
    await hiddenFrame(page, 'card', 2000);
    await page.close();
  });

  it('stays open while the pointer moves into it, and its button opens the sidebar on the entity', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['رونين بار']);
    expect(await hoverMark(page, 'رونين بار')).toBe('ronen-bar');
    const button = (await shownFrame(page, 'card')).locator('.card .open');
    const box = (await button.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    // Longer than the grace for leaving a mark: the card stays because the pointer is in it.
    await page.waitForTimeout(600);
    expect(await frameBox(page, 'card')).not.toBeNull();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const sidebar = await shownFrame(page, 'sidebar');
    await expect.poll(() => sidebar.locator('.entity-view').getAttribute('data-entity')).toBe('ronen-bar');
    await hiddenFrame(page, 'card');
    await page.close();
  });

  it('lets a click on a linked name follow the link instead of opening the sidebar', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['جون كيربي']);
    const link = (await page.locator('#kirby-link').boundingBox())!;
    await page.mouse.click(link.x + link.width / 2, link.y + link.height / 2);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#kirby');
    await page.waitForTimeout(300);
    expect(await frameBox(page, 'sidebar')).toBeNull();
    await page.close();
  });

  it('works under a page CSP of default-src none', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/csp.csp-strict.html`);
    const response = await page.request.get(`${b.server.origin}/csp.csp-strict.html`);
    expect(response.headers()['content-security-policy']).toBe("default-src 'none'");
    // The headline names them first, by surname.
    await waitForMarks(page, ['بلينكن', 'نتنياهو']);
    expect(await hoverMark(page, 'نتنياهو')).toBe('netanyahu');
    // The card's styles came through: it has its background and border.
    const style = await (await shownFrame(page, 'card')).locator('.card').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { border: cs.borderTopWidth, background: cs.backgroundColor };
    });
    expect(style.border).toBe('1px');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('shows the card from the second line of a name that wraps', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    // A role and name read as one mark: long enough to wrap.
    const name = 'المبعوث الأمريكي للشرق الأوسط بريت مكجورك';
    await waitForMarks(page, [name]);
    // Narrow the article until the name breaks across two lines, then point at its last line.
    const lines = await page.evaluate((name) => {
      for (let width = 400; width >= 150; width -= 10) {
        (document.body as HTMLElement).style.maxWidth = `${width}px`;
        for (const [, h] of CSS.highlights) {
          for (const m of h as unknown as Iterable<AbstractRange>) {
            const r = document.createRange();
            r.setStart(m.startContainer, m.startOffset);
            r.setEnd(m.endContainer, m.endOffset);
            const rects = [...r.getClientRects()].filter((x) => x.width > 0);
            if (r.toString() === name && new Set(rects.map((x) => Math.round(x.top))).size > 1) {
              const last = rects[rects.length - 1]!;
              return { count: rects.length, x: last.left + last.width / 2, y: last.top + last.height / 2 };
            }
          }
        }
      }
      return null;
    }, name);
    expect(lines).not.toBeNull();
    await page.mouse.move(lines!.x, lines!.y);
    const card = await shownFrame(page, 'card');
    expect(await card.locator('.card').getAttribute('data-entity')).toBe('mcgurk');
    await page.close();
  });

  it('places the card inside the viewport even for a name at the bottom edge', async () => {
    const page = await openFixture(b.session, `${b.server.origin}/arabic-article.html`);
    await waitForMarks(page, ['رونين بار']);
    await page.setViewportSize({ width: 500, height: 420 });
    await page.evaluate(async () => {
      const bar = [...document.querySelectorAll('article p')].find((p) => p.textContent!.includes('رونين بار'))!;
      const y = bar.getBoundingClientRect().bottom + scrollY;
      scrollTo(0, y - innerHeight + 40);
      await new Promise((r) => requestAnimationFrame(r));
    });
    const { y } = await markPoint(page, 'رونين بار');
    expect(y).toBeGreaterThan(300);
    await hoverMark(page, 'رونين بار');
    // The card as drawn: the frame less its transparent edge.
    const box = (await (await shownFrame(page, 'card')).locator('.card').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(420);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(500);
    // It never covers the name it describes: the name can still be clicked.
    const name = await markPoint(page, 'رونين بار');
    const covers = box.y <= name.y && name.y <= box.y + box.height && box.x <= name.x && name.x <= box.x + box.width;
    expect(covers).toBe(false);
    await page.close();
  });
});
