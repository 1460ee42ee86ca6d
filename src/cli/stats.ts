/** Means and 95% confidence intervals (normal approximation; n is in the hundreds or more). */
export interface Estimate { mean: number; lo: number; hi: number; n: number }

/** Over the measured values only: a KPI that was not measured in a game (null) is left out, not counted as 0. */
export function estimate(all: readonly (number | null)[]): Estimate {
  const xs = all.filter((x): x is number => x !== null);
  const n = xs.length;
  if (n === 0) return { mean: 0, lo: 0, hi: 0, n };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
  const half = 1.96 * Math.sqrt(variance / n);
  return { mean, lo: mean - half, hi: mean + half, n };
}

/** Paired difference b − a over the same seeds: luck cancels, so small effects show. */
export function pairedDifference(a: readonly (number | null)[], b: readonly (number | null)[]): Estimate {
  return estimate(a.map((x, i) => (x === null || b[i] === null || b[i] === undefined ? null : b[i]! - x)));
}

export const excludesZero = (e: Estimate): boolean => e.lo > 0 || e.hi < 0;
