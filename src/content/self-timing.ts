/**
 * Siyaq's own cost on a page: wall time from start to marks shown, the main-thread time it has
 * spent and its longest task. Kept in the content script's isolated world, not the page's User
 * Timing, which would tell the page's scripts that Siyaq runs, and when; the benchmark reads it
 * through the DevTools protocol in the content script's own context.
 */
import type { WorkStats } from './scheduler';

export interface SelfTiming {
  /** When the content script started, on the page's clock (performance.now()). */
  startedAt: number | null;
  marksShownMs: number | null;
  busyMs: number;
  longestMs: number;
}

const timing: SelfTiming = { startedAt: null, marksShownMs: null, busyMs: 0, longestMs: 0 };
(globalThis as { siyaqSelfTiming?: SelfTiming }).siyaqSelfTiming = timing;

export function recordMarksShown(started: number): void {
  timing.startedAt = started;
  timing.marksShownMs = performance.now() - started;
}

export function recordCost(stats: WorkStats): void {
  timing.busyMs = stats.busyMs;
  timing.longestMs = stats.longestMs;
}
