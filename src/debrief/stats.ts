/**
 * Small-sample statistics for the debrief: a mean with its 95% interval from a handful
 * of paired samples (Student's t, not the normal approximation, which is too narrow
 * for n = 8). Pure arithmetic, no Node APIs: it runs in the browser's worker too.
 */

/** A mean and its 95% confidence interval over n samples. */
export interface Interval {
  mean: number;
  lo: number;
  hi: number;
  n: number;
}

/** Student's t, two-sided 95% (the 0.975 quantile), for 1–30 degrees of freedom. */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/** The 0.975 quantile of Student's t with `df` degrees of freedom (within 0.002 past 30). */
export function t975(df: number): number {
  if (df < 1) return Infinity;
  return T975[df - 1] ?? 1.96 + 2.5 / df;
}

/**
 * The mean of `xs` with a 95% t interval. One sample: no spread known, so an infinite
 * interval. Samples that all agree give a zero-width one.
 */
export function interval(xs: readonly number[]): Interval {
  const n = xs.length;
  if (n === 0) return { mean: 0, lo: 0, hi: 0, n };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { mean, lo: -Infinity, hi: Infinity, n };
  if (xs.every((x) => x === xs[0])) return { mean, lo: mean, hi: mean, n }; // no spread at all
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const half = t975(n - 1) * Math.sqrt(variance / n);
  return { mean, lo: mean - half, hi: mean + half, n };
}

/** Does the interval leave out zero (the difference is there, in the interval's direction)? */
export const excludesZero = (e: Interval): boolean => e.lo > 0 || e.hi < 0;
