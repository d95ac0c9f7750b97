/**
 * Main-thread CPU of a page load, from a Chromium trace (the Tracing domain over CDP): the
 * thread time of every top-level task on the renderer's main thread. Script evaluation, style,
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

/** Loads `url` in a fresh tab under a trace, lets it settle, and sums the main thread's task CPU. */
export async function traceLoad(session: Session, url: string, settle: (page: Page) => Promise<unknown>, init?: (page: Page) => Promise<unknown>): Promise<LoadCpu> {
  const page = await session.context.newPage();
  await init?.(page);
  const cdp = await session.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', '__metadata'], enableSampling: false }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  await page.close();
  // The page's renderer main thread: the one that ran the most top-level work under that name.
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.tdur !== undefined);
  let best: LoadCpu = { cpuMs: 0, longestMs: 0 };
  for (const main of mains) {
    const own = tasks.filter((t) => t.pid === main.pid && t.tid === main.tid);
    const cpuMs = own.reduce((sum, t) => sum + t.tdur!, 0) / 1000;
    if (cpuMs > best.cpuMs) best = { cpuMs, longestMs: Math.max(0, ...own.map((t) => t.tdur!)) / 1000 };
  }
  return best;
}
