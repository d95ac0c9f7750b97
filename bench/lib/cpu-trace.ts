/**
 * Thread CPU from a Chromium trace (the Tracing domain over CDP): the thread time of every
 * top-level task on the renderer's main thread during a page load, or on the extension's
 * service worker thread during a call. Script evaluation, style,
 * layout and repaint are all in it, whoever caused them; the bench tells Siyaq's share by
 * loading the same page with and without it.
 */
import type { Page } from 'playwright-core';
import type { Session } from '../../scripts/lib/browser-session.ts';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  dur?: number;
  args?: { name?: string };
}

export interface LoadCpu {
  /** Thread CPU of the main thread's tasks, ms. */
  cpuMs: number;
  /** The longest of those tasks, in thread CPU, ms. */
  longestMs: number;
}

type Cdp = Awaited<ReturnType<Session['context']['newCDPSession']>>;

/** The toplevel trace events of whatever `run` makes the browser do. */
async function recordTrace(cdp: Cdp, run: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', '__metadata'], enableSampling: false }, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Thread CPU of the top-level tasks of each thread of that name, busiest first. */
function threadsCpu(events: TraceEvent[], threadName: string): LoadCpu[] {
  const threads = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === threadName);
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.tdur !== undefined);
  return threads
    .map((thread) => {
      const own = tasks.filter((t) => t.pid === thread.pid && t.tid === thread.tid);
      return { cpuMs: own.reduce((sum, t) => sum + t.tdur!, 0) / 1000, longestMs: Math.max(0, ...own.map((t) => t.tdur!)) / 1000 };
    })
    .sort((a, b) => b.cpuMs - a.cpuMs);
}

/** The main thread's task CPU of a page's renderer while `run` runs. */
export async function traceInPage(session: Session, page: Page, run: () => Promise<unknown>): Promise<LoadCpu> {
  const cdp = await session.context.newCDPSession(page);
  const events = await recordTrace(cdp, run);
  await cdp.detach();
  // The page's renderer main thread: the one that ran the most top-level work under that name.
  return threadsCpu(events, 'CrRendererMain')[0] ?? { cpuMs: 0, longestMs: 0 };
}

/** Loads `url` in a fresh tab under a trace, lets it settle, and sums the main thread's task CPU. */
export async function traceLoad(session: Session, url: string, settle: (page: Page) => Promise<unknown>, init?: (page: Page) => Promise<unknown>): Promise<LoadCpu> {
  const page = await session.context.newPage();
  await init?.(page);
  const cpu = await traceInPage(session, page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
  });
  await page.close();
  return cpu;
}

/**
 * The extension service worker's thread CPU while `run` runs: what the background itself spent,
 * apart from the browser process's share of IndexedDB and from waiting on a loaded machine.
 * A page's trace leaves the worker's process out; the browser's own CDP session has it.
 */
export async function traceWorker(session: Session, run: () => Promise<unknown>): Promise<LoadCpu> {
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser to trace the service worker in');
  const cdp = await browser.newBrowserCDPSession();
  const events = await recordTrace(cdp, run);
  await cdp.detach();
  return threadsCpu(events, 'ServiceWorker thread')[0] ?? { cpuMs: 0, longestMs: 0 };
}
