/**
 * Cooperative scheduling: Siyaq's work on a page runs in slices of a few milliseconds and yields
 * between them, so that no task it causes blocks the page for long (the target is under 50 ms).
 */
const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

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

/** Gives the event loop a turn: input, rendering and the page's own tasks go first. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` on each item (pulling items counts as work: they may come from a generator that
 * walks the DOM), yielding whenever a slice has used its time, after calling `beforeYield`.
 * Returns false when `cancelled()` became true before the end.
 */
export async function forEachSliced<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  stats: WorkStats,
  cancelled: () => boolean = () => false,
  beforeYield: () => void = () => undefined,
): Promise<boolean> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (cancelled()) break;
    work(item);
    const now = performance.now();
    if (now - sliceStart > SLICE_MS) {
      beforeYield();
      countSlice(stats, performance.now() - sliceStart);
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  countSlice(stats, performance.now() - sliceStart);
  return !cancelled();
}
