/** The background's kept reads (src/background/cached-read.ts): read once, again after a change or a failure. */
import { describe, expect, it } from 'vitest';
import { cachedRead } from '../../src/background/cached-read';

/** A store whose reads are counted and answered when the test says, and whose changes it fires. */
function store() {
  let value = 1;
  let reads = 0;
  let fail = false;
  const pending: (() => void)[] = [];
  let changed = (): void => undefined;
  return {
    read: (): Promise<number> => {
      reads++;
      const now = value;
      const failing = fail;
      return new Promise((resolve, reject) => pending.push(() => (failing ? reject(new Error('storage refused')) : resolve(now))));
    },
    onChange: (cb: () => void): void => void (changed = cb),
    set(v: number): void {
      value = v;
      changed();
    },
    failNext(): void {
      fail = true;
    },
    heal(): void {
      fail = false;
    },
    answer(): void {
      pending.splice(0).forEach((go) => go());
    },
    get reads() {
      return reads;
    },
  };
}

describe('cachedRead', () => {
  it('reads once for every caller until the value changes', async () => {
    const s = store();
    const get = cachedRead(s.read, s.onChange);
    const first = [get(), get()];
    s.answer();
    expect(await Promise.all(first)).toEqual([1, 1]);
    expect(await get()).toBe(1);
    expect(s.reads).toBe(1);
    s.set(2);
    const after = get();
    s.answer();
    expect(await after).toBe(2);
    expect(s.reads).toBe(2);
  });

  it('answers those who asked before a change with the read under way, and reads again for those after', async () => {
    const s = store();
    const get = cachedRead(s.read, s.onChange);
    const before = get();
    s.set(2);
    const after = get();
    s.answer();
    expect(await before).toBe(1);
    expect(await after).toBe(2);
    s.answer();
    expect(await get()).toBe(2);
    expect(s.reads).toBe(2);
  });

  it('keeps no failed read', async () => {
    const s = store();
    const get = cachedRead(s.read, s.onChange);
    s.failNext();
    const failed = get();
    s.answer();
    await expect(failed).rejects.toThrow('storage refused');
    s.heal();
    const retried = get();
    s.answer();
    expect(await retried).toBe(1);
    expect(s.reads).toBe(2);
  });
});
