import { useEffect, useState } from 'preact/hooks';

export type QueryState<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

/** Runs an async query whenever its key changes; a stale answer never overwrites a newer one. */
export function useQuery<T>(key: string, run: () => Promise<T>): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ state: 'loading' });
    run().then(
      (value) => live && setState({ state: 'ready', value }),
      () => live && setState({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
