/**
 * The debrief charts' arithmetic: scales, "nice" axis ticks, stacking, thinning of
 * week labels and SVG path strings. Pure functions on numbers, no DOM and no lit, so
 * they are unit-tested in Node (test/ui/chart-geometry.test.ts) and the components in
 * charts.ts only lay out what this module computes.
 */

/** A number rounded to one decimal, which is plenty for SVG coordinates in a 600-wide viewBox. */
export function r1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

/** `part / total`, or 0 when there is nothing to divide by. */
export function ratio(part: number, total: number): number {
  return total > 0 && Number.isFinite(part) ? part / total : 0;
}

/** A linear map from `domain` to `range`; a zero-width domain maps everything to the range's middle. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1_] = range;
  if (d1 === d0 || !Number.isFinite(d1 - d0)) return () => (r0 + r1_) / 2;
  const k = (r1_ - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** `n` evenly spaced points across [r0, r1] (first at r0, last at r1; a single point in the middle). */
export function pointScale(n: number, r0: number, r1_: number): (i: number) => number {
  if (n <= 1) return () => (r0 + r1_) / 2;
  const step = (r1_ - r0) / (n - 1);
  return (i) => r0 + i * step;
}

export interface Band {
  /** Distance from one band's start to the next. */
  step: number;
  /** Width of a bar inside its band. */
  bandwidth: number;
  /** Left edge of bar `i`. */
  x(i: number): number;
  /** Centre of band `i`. */
  centre(i: number): number;
}

/**
 * `n` equal bands across [r0, r1]; `padding` (0–1) is the share of each band left empty.
 * Bars are never wider than `maxBandwidth` (a game of two weeks gets two bars, not two walls).
 */
export function bandScale(n: number, r0: number, r1_: number, padding = 0.2, maxBandwidth = Infinity): Band {
  const count = Math.max(1, n);
  const step = (r1_ - r0) / count;
  const p = Math.min(0.9, Math.max(0, padding));
  const bandwidth = Math.min(step * (1 - p), maxBandwidth);
  return {
    step,
    bandwidth,
    x: (i) => r0 + i * step + (step - bandwidth) / 2,
    centre: (i) => r0 + i * step + step / 2,
  };
}

const NICE = [1, 2, 5, 10] as const;

/** The smallest 1, 2 or 5 × 10^k that is at least `raw` (raw > 0). */
export function niceStepAtLeast(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const m of NICE) {
    const s = m * mag;
    // Tolerate float noise (0.30000000000000004 ≥ 0.3).
    if (s >= raw * (1 - 1e-9)) return s;
  }
  return 10 * mag;
}

/** The next nice step above `step` (1 → 2 → 5 → 10 → 20 …). */
function nextNice(step: number): number {
  return niceStepAtLeast(step * 1.000001);
}

function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step))) + 1;
}

export interface Ticks {
  /** Tick values, ascending, evenly spaced by `step`; first ≤ data min, last ≥ data max. */
  values: number[];
  step: number;
  /** The axis domain: first and last tick. */
  min: number;
  max: number;
}

export interface TickOptions {
  /** Most ticks to return (at least 3: a range across zero needs −s, 0, s). Default 6. */
  maxTicks?: number;
  /** Only whole-number ticks (counts). */
  integer?: boolean;
}

/**
 * Round axis ticks (multiples of 1, 2 or 5 × 10^k) covering [min, max], at most
 * `maxTicks` (≥ 3) of them. A range of (next to) one value is widened to reach zero, and all
 * zeros get 0…1, so a flat or empty chart still has an axis.
 */
export function niceTicks(min: number, max: number, opts: TickOptions = {}): Ticks {
  const maxTicks = Math.max(3, Math.floor(opts.maxTicks ?? 6));
  let lo = Number.isFinite(min) ? min : 0;
  let hi = Number.isFinite(max) ? max : 0;
  if (lo > hi) [lo, hi] = [hi, lo];
  // (Next to) no range: reach to zero; all zeros: 0…1.
  const scale = Math.max(1, Math.abs(lo), Math.abs(hi));
  if (hi - lo < scale * 1e-9) {
    if (hi > 0) lo = Math.min(lo, 0);
    else if (lo < 0) hi = Math.max(hi, 0);
    if (hi - lo < scale * 1e-9) hi = lo + scale;
  }
  let step = niceStepAtLeast((hi - lo) / (maxTicks - 1));
  if (opts.integer && step < 1) step = 1;
  for (;;) {
    // The 1e-9 absorbs float noise (2.9999999999 steps is 3); the checks keep coverage exact.
    let first = Math.floor(lo / step + 1e-9) * step;
    let last = Math.ceil(hi / step - 1e-9) * step;
    if (first > lo) first -= step;
    if (last < hi) last += step;
    const count = Math.round((last - first) / step) + 1;
    if (count <= maxTicks) {
      const d = decimalsOf(step);
      const values = Array.from({ length: count }, (_, i) => {
        const v = Number((first + i * step).toFixed(d));
        return Object.is(v, -0) ? 0 : v;
      });
      return { values, step, min: values[0]!, max: values[values.length - 1]! };
    }
    step = nextNice(step);
  }
}

/**
 * Which of `count` labels to show so that at most `maxLabels` appear: always the first
 * and the last, the rest evenly spaced. Neighbouring labels are never closer than
 * `(count - 1) / (maxLabels - 1)` indices, the spacing `maxLabels` was chosen for (see
 * `labelsThatFit`): an inner label that would crowd the last one is dropped. Returns
 * ascending indices.
 */
export function thinLabels(count: number, maxLabels: number): number[] {
  const n = Math.max(0, Math.floor(count));
  const max = Math.max(1, Math.floor(maxLabels));
  if (n === 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  if (max === 1) return [0];
  const last = n - 1;
  const step = Math.ceil(last / (max - 1));
  const out: number[] = [];
  for (let i = 0; i < last; i += step) out.push(i);
  const minGap = last / (max - 1);
  // Too close to the last label (or one too many): give that slot to the last label.
  while (out.length > 1 && (last - out[out.length - 1]! < minGap - 1e-9 || out.length + 1 > max)) out.pop();
  out.push(last);
  return out;
}

/** How many labels fit along `span` units when each needs `minGap` units. */
export function labelsThatFit(span: number, minGap: number): number {
  if (!(minGap > 0)) return 1;
  return Math.max(1, Math.floor(span / minGap) + 1);
}

export interface StackSegment {
  /** Bottom and top of the segment, in data units (y0 ≤ y1). */
  y0: number;
  y1: number;
}

export interface Stacked<K extends string> {
  /** One series per key, in `keys` order (the first sits at the bottom). */
  series: { key: K; segments: StackSegment[] }[];
  /** Row totals (negative and missing values count as 0). */
  totals: number[];
  /** The largest total (0 when there are no rows). */
  max: number;
}

/** Stacks each row's values for `keys` bottom-up. Negative or missing values are drawn as 0. */
export function stackRows<K extends string>(rows: readonly Partial<Record<K, number>>[], keys: readonly K[]): Stacked<K> {
  const base = rows.map(() => 0);
  const series = keys.map((key) => ({
    key,
    segments: rows.map((row, i) => {
      const raw = row[key];
      const v = typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? raw : 0;
      const y0 = base[i]!;
      base[i] = y0 + v;
      return { y0, y1: y0 + v };
    }),
  }));
  return { series, totals: base, max: base.reduce((m, v) => Math.max(m, v), 0) };
}

export interface Point {
  x: number;
  y: number;
}

/** An SVG path through the points ("M x y L x y …"); empty when there are none. */
export function linePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r1(p.x)} ${r1(p.y)}`).join(' ');
}

/** A closed SVG path filling from the line down (or up) to the horizontal line `baseY`. */
export function areaPath(points: readonly Point[], baseY: number): string {
  if (points.length === 0) return '';
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return `${linePath(points)} L${r1(last.x)} ${r1(baseY)} L${r1(first.x)} ${r1(baseY)} Z`;
}

/** Keys of a list of records, in order of first appearance (e.g. customer ids across weeks). */
export function keysInOrder(records: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

/** Index of the largest value (the first one on ties); -1 for an empty list. */
export function argMax(values: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) if (best < 0 || values[i]! > values[best]!) best = i;
  return best;
}

/** A whole-number percentage string ("72%"), for shares 0–1. */
export function percent(share: number): string {
  return `${Math.round((Number.isFinite(share) ? share : 0) * 100)}%`;
}

/**
 * Rough width of `text` at `fontSize` (in the same units), for laying out gutters before
 * the browser has measured anything: CJK and full-width characters are one em, digits
 * and Latin letters about 0.6 em, narrow punctuation and spaces about 0.33 em. Errs on
 * the wide side so labels get room rather than overlap.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80 && c <= 0xffef && !(c >= 0xfe00 && c <= 0xfe0f)) em += 1;
    else if (' .,:;!|\'’()[]ilI·'.includes(ch)) em += 0.36;
    else if ('MWmw%@'.includes(ch)) em += 0.9;
    else em += 0.62;
  }
  return em * fontSize;
}
