/**
 * One piece of asynchronous work after another: a read-change-write that waits for the one
 * before it cannot lose that one's change. A failed piece fails alone; the next still runs.
 */
export function serial(): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (work) => {
    const next = last.then(work);
    last = next.catch(() => undefined);
    return next;
  };
}
