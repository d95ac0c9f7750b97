/** The figures the bench sections print. */

/** The p-quantile (0..1) of a sample. */
export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export const median = (xs: number[]): number => percentile(xs, 0.5);
