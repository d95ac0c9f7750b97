/**
 * Cooperative scheduling: Siyaq's work on a page runs in slices of a few milliseconds and yields
 * between them, so that no task it causes blocks the page for long (the target is under 50 ms).
 */
export const SLICE_MS = 8;

/** Main-thread time Siyaq spent, and its longest uninterrupted stretch. */
export interface WorkStats {
  busyMs: number;
  longestMs: number;
}

export const newStats = (): WorkStats => ({ busyMs: 0, longestMs: 0 });

export function countSlice(stats: WorkStats, ms: number): void {
  stats.busyMs += ms;
  stats.longestMs = Math.max(stats.longestMs, ms);
}
