/**
 * Reading Siyaq's marks and UI from a page the way a person's browser shows them: the page's
 * highlight registry, pointer positions, and the card and sidebar frames (which the page itself
 * cannot look into; the driver can).
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

/** Siyaq's host as the page can find it: the only element it adds, a <div> straight under <html>. */
export const HOST_SELECTOR = ':root > div';

export interface MarkInfo {
  highlight: string;
  text: string;
  /** Tag names from the mark's text node up to <body>, to tell where it sits. */
  path: string[];
  /** Where its box's top stands on the page (from the document's top), where asked for. */
  top?: number;
  /**
   * The colour it washes its text in, as the page's styles give it to the element its text starts
   * in (transparent where no rule reaches that element), where asked for.
   */
  wash?: string;
}

/** What to read of each mark besides its text and where it sits (see MarkInfo). */
export interface MarkReading {
  top?: boolean;
  wash?: boolean;
}

/**
 * Runs in the page (any driver's evaluate): every range in Siyaq's highlights, made live from the
 * static ranges Siyaq registers, for its text and where it sits (with `top`, on the page too; with
 * `wash`, its colour too).
 */
export function marksInPage(asked: MarkReading = {}): MarkInfo[] {
  const out: MarkInfo[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('siyaq-') || name === 'siyaq-flash') continue;
    for (const mark of highlight as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(mark.startContainer, mark.startOffset);
      range.setEnd(mark.endContainer, mark.endOffset);
      const path: string[] = [];
      for (let el = range.startContainer.parentElement; el && el !== document.body; el = el.parentElement) path.push(el.tagName);
      const info: MarkInfo = { highlight: name, text: range.toString(), path };
      if (asked.top) info.top = Math.round(range.getBoundingClientRect().top + scrollY);
      if (asked.wash) info.wash = getComputedStyle(range.startContainer.parentElement!, `::highlight(${name})`).backgroundColor;
      out.push(info);
    }
  }
  return out;
}

/**
 * Runs in the page: the centre of the first line of the mark reading `text` (or ending in it,
 * where a role written before the name is part of the mark: «الرئيس المصري عبد الفتاح السيسي»),
 * scrolled into view.
 */
export function markPointInPage(text: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('siyaq-')) continue;
    for (const mark of highlight as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(mark.startContainer, mark.startOffset);
      range.setEnd(mark.endContainer, mark.endOffset);
      const read = range.toString();
      if (read !== text && !read.endsWith(` ${text}`) && !read.endsWith(`\u00a0${text}`)) continue;
      const box = range.getBoundingClientRect();
      if (box.top < 0 || box.bottom > innerHeight) range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const line = range.getClientRects()[0]!;
      return { x: line.left + line.width / 2, y: line.top + line.height / 2 };
    }
  }
  return null;
}

export function readMarks(page: Page, asked: MarkReading = {}): Promise<MarkInfo[]> {
  return page.evaluate(marksInPage, asked);
}

/** Whether a mark reads `text`, or ends in it after the role written before the name. */
export const marksName = (mark: MarkInfo, text: string): boolean => mark.text === text || mark.text.endsWith(` ${text}`) || mark.text.endsWith(`\u00a0${text}`);

/**
 * Scrolls to the end of the page, as a reader who reads on does: Siyaq draws the marks more than
 * a screen below the viewport only as the reader nears them (marks.ts).
 */
export function scrollToEnd(page: Page): Promise<void> {
  return page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
}

/** Waits until the marks include every text given. */
export async function waitForMarks(page: Page, texts: string[], timeout = 5000): Promise<MarkInfo[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const marks = await readMarks(page);
    if (texts.every((t) => marks.some((m) => marksName(m, t)))) return marks;
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

/** Siyaq's cost on a page, as its content script keeps it (src/content/self-timing.ts). */
export interface SelfTiming {
  startedAt: number | null;
  marksShownMs: number | null;
  busyMs: number;
  longestMs: number;
}

/**
 * Evaluates an expression (awaited, if a promise) in Siyaq's content script's isolated world,
 * which the page cannot see, through the DevTools protocol: what the content script can read,
 * and what it (or a renderer taken over by the page) can send. Undefined where there is no such
 * world yet.
 */
export async function inContentScript<T>(page: Page, expression: string): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Context = { id: number; origin: string; auxData?: { type?: string } };
    const contexts: Context[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: Context }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
    if (!world) return undefined;
    return await evaluateIn<T>(cdp, expression, world.id);
  } finally {
    await cdp.detach();
  }
}

/**
 * Evaluates expressions in turn in a new isolated world of the page's main frame, as a content
 * script's is: out of reach of the page's own prototypes and CSP, and with no DOM wrapper made
 * in it yet. Returns the last one's value.
 */
export async function inNewWorld<T>(page: Page, ...expressions: string[]): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'siyaq-probe' });
    let value: T | undefined;
    for (const expression of expressions) value = await evaluateIn<T>(cdp, expression, executionContextId);
    return value as T;
  } finally {
    await cdp.detach();
  }
}

/** An expression's value (awaited, if a promise) in one execution context; its exception, thrown. */
async function evaluateIn<T>(cdp: CDPSession, expression: string, contextId: number): Promise<T> {
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true })) as {
    result: { value: T };
    exceptionDetails?: { text?: string; exception?: { description?: string } };
  };
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text ?? 'evaluation failed');
  return result.value;
}

/** Reads Siyaq's own timing from its content script; null until it has recorded it. */
export async function readSelfTiming(page: Page): Promise<SelfTiming | null> {
  return (await inContentScript<SelfTiming | null>(page, 'globalThis.siyaqSelfTiming ?? null')) ?? null;
}

/** Waits until Siyaq has shown its marks on the page, and returns its timing. */
export async function waitForSelfTiming(page: Page, timeout = 60_000): Promise<SelfTiming> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const timing = await readSelfTiming(page);
    if (timing?.marksShownMs != null) return timing;
    if (Date.now() > deadline) throw new Error('Siyaq never showed its marks');
    await page.waitForTimeout(50);
  }
}

export type SiyaqView = 'card' | 'sidebar';

/** Siyaq's card or sidebar frame in the page, once Siyaq has made it. */
export async function siyaqFrame(page: Page, view: SiyaqView, timeout = 5000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().endsWith(`/${view}.html`));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no ${view} frame`);
    await page.waitForTimeout(25);
  }
}

/** The frame's box in the page, or null while Siyaq keeps it hidden (or it is gone). */
export async function frameBox(page: Page, view: SiyaqView): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const frame = page.frames().find((f) => f.url().endsWith(`/${view}.html`));
  if (!frame) return null;
  const element = await frame.frameElement().catch(() => null);
  if (!element) return null;
  const shown = await element.evaluate((el: Element) => {
    const style = getComputedStyle(el);
    return el.isConnected && style.display !== 'none' && style.visibility === 'visible';
  });
  return shown ? element.boundingBox() : null;
}

/** Waits until the frame is shown (and, for the card, has drawn a card); returns the frame. */
export async function shownFrame(page: Page, view: SiyaqView, timeout = 5000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().endsWith(`/${view}.html`));
    const ready = frame && (await frameBox(page, view)) && (await frame.locator(`.${view}`).count()) > 0;
    if (ready) return frame;
    if (Date.now() > deadline) throw new Error(`the ${view} did not show`);
    await page.waitForTimeout(25);
  }
}

/** Waits until the frame is hidden or gone. */
export async function hiddenFrame(page: Page, view: SiyaqView, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (await frameBox(page, view)) {
    if (Date.now() > deadline) throw new Error(`the ${view} stayed open`);
    await page.waitForTimeout(25);
  }
}

/** Rests the pointer on a mark until its card shows; returns the card's entity id. */
export async function hoverMark(page: Page, text: string): Promise<string | null> {
  const { x, y } = await markPoint(page, text);
  await page.mouse.move(x, y);
  const card = await shownFrame(page, 'card');
  return card.locator('.card').getAttribute('data-entity');
}

