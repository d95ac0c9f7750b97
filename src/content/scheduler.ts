/**
 * Cooperative scheduling: Siyaq's work on a page runs in slices of a few milliseconds and yields
 * between them, so that no task it causes blocks the page for long (the target is under 50 ms).
 */
const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Gives the event loop a turn: input, rendering and the page's own tasks go first. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` on each item, yielding whenever a slice has used its time. Returns false when
 * `cancelled()` became true before the end.
 */
export async function forEachSliced<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  cancelled: () => boolean = () => false,
): Promise<boolean> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (cancelled()) return false;
    work(item);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return !cancelled();
}
