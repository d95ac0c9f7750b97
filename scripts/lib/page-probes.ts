/**
 * Reading Siyaq's marks and UI from a page the way a person's browser shows them: the page's
 * highlight registry, pointer positions, the card in the shadow root.
 */
import type { Page } from 'playwright-core';

export interface MarkInfo {
  highlight: string;
  text: string;
  /** Tag names from the mark's text node up to <body>, to tell where it sits. */
  path: string[];
}

/**
 * Runs in the page (any driver's evaluate): every range in Siyaq's highlights, made live from the
 * static ranges Siyaq registers, for its text and where it sits.
 */
export function marksInPage(): MarkInfo[] {
  const out: MarkInfo[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('siyaq-') || name === 'siyaq-flash') continue;
    for (const mark of highlight as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(mark.startContainer, mark.startOffset);
      range.setEnd(mark.endContainer, mark.endOffset);
      const path: string[] = [];
      for (let el = range.startContainer.parentElement; el && el !== document.body; el = el.parentElement) path.push(el.tagName);
      out.push({ highlight: name, text: range.toString(), path });
    }
  }
  return out;
}

/** Runs in the page: the centre of the first line of the mark reading `text`, scrolled into view. */
export function markPointInPage(text: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('siyaq-')) continue;
    for (const mark of highlight as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(mark.startContainer, mark.startOffset);
      range.setEnd(mark.endContainer, mark.endOffset);
      if (range.toString() !== text) continue;
      const box = range.getBoundingClientRect();
      if (box.top < 0 || box.bottom > innerHeight) range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const line = range.getClientRects()[0]!;
      return { x: line.left + line.width / 2, y: line.top + line.height / 2 };
    }
  }
  return null;
}

export function readMarks(page: Page): Promise<MarkInfo[]> {
  return page.evaluate(marksInPage);
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

/** The centre of the first line of the mark whose text is `text`, scrolled into view if need be. */
export async function markPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(markPointInPage, text);
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

