/**
 * A stored value read once and kept until it changes: for the settings, which every page asks
 * about as it starts and checks again on every report it sends. Read from storage and through the
 * schema each time, they took the worker 1–15 ms per question before it could answer.
 */
export function cachedRead<T>(read: () => Promise<T>, onChange: (changed: () => void) => void): () => Promise<T> {
  let kept: Promise<T> | null = null;
  // A read under way when the value changes is answered to those who asked before the change;
  // whoever asks after it gets a read of its own.
  onChange(() => {
    kept = null;
  });
  return () => {
    if (!kept) {
      const reading = read();
      kept = reading;
      // A failed read is tried again by the next caller, not kept.
      reading.catch(() => {
        if (kept === reading) kept = null;
      });
    }
    return kept;
  };
}
