/**
 * The debrief charts' geometry: ticks are round and cover the data, stacks sum to their
 * totals, thinned labels keep the ends and never crowd, scales and paths map as stated.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  areaPath,
  argMax,
  bandScale,
  keysInOrder,
  labelsThatFit,
  linePath,
  linearScale,
  niceStepAtLeast,
  niceTicks,
  percent,
  pointScale,
  ratio,
  stackRows,
  textWidth,
  thinLabels,
} from '../../src/ui/debrief/chart-geometry.ts';
import { STAGES } from '../../src/debrief/types.ts';

/** 1, 2 or 5 times a power of ten. */
function isNice(step: number): boolean {
  const mag = 10 ** Math.floor(Math.log10(step) + 1e-9);
  const m = step / mag;
  return [1, 2, 5, 10].some((k) => Math.abs(m - k) < 1e-9);
}

describe('niceStepAtLeast', () => {
  it('rounds up to 1, 2 or 5 × 10^k', () => {
    expect([0.7, 1, 1.2, 2, 2.1, 4.9, 5, 7, 10, 0.03, 0.3 + 0.0000000000000001, 123, 250_000, 3_400_000].map(niceStepAtLeast)).toEqual([
      1, 1, 2, 2, 5, 5, 5, 10, 10, 0.05, 0.5, 200, 500_000, 5_000_000,
    ]);
  });
});

describe('niceTicks', () => {
  it('covers money ranges with round steps', () => {
    const t = niceTicks(0, 4_130_000, { maxTicks: 6 });
    expect(t.values).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000]);
    expect(t.step).toBe(1_000_000);
    expect([t.min, t.max]).toEqual([0, 5_000_000]);
  });

  it('asks for at least 3 ticks, the fewest that cover a range across zero', () => {
    expect(niceTicks(-0.5, 1, { maxTicks: 2 }).values).toEqual([-1, 0, 1]);
  });

  it('gives 0…100 in steps of 20 for satisfaction', () => {
    expect(niceTicks(0, 100, { maxTicks: 6 }).values).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('keeps counts whole', () => {
    expect(niceTicks(0, 3, { maxTicks: 6, integer: true }).values).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 1, { maxTicks: 6, integer: true }).values).toEqual([0, 1]);
    const t = niceTicks(0, 0.4, { maxTicks: 6, integer: true });
    expect(t.values.every(Number.isInteger)).toBe(true);
    expect(t.max).toBeGreaterThanOrEqual(0.4);
  });

  it('gives an all-zero series an axis from 0', () => {
    const t = niceTicks(0, 0);
    expect(t.values[0]).toBe(0);
    expect(t.max).toBeGreaterThan(0);
    expect(niceTicks(500, 500).values[0]).toBe(0);
    expect(niceTicks(500, 500).max).toBeGreaterThanOrEqual(500);
  });

  it('prints decimals without float noise', () => {
    expect(niceTicks(0, 0.7, { maxTicks: 8 }).values).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('for any range: covers it, evenly, with a nice step, within maxTicks', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.integer({ min: 3, max: 12 }),
        fc.boolean(),
        (a, span, maxTicks, integer) => {
          const lo = a;
          const hi = a + span;
          const t = niceTicks(lo, hi, { maxTicks, integer });
          expect(t.values.length).toBeGreaterThanOrEqual(2);
          expect(t.values.length).toBeLessThanOrEqual(maxTicks);
          // Covers the range (up to the last bit of float rounding of the printed ticks).
          const eps = 1e-12 * Math.max(1, Math.abs(lo), Math.abs(hi));
          expect(t.min).toBeLessThanOrEqual(lo + eps);
          expect(t.max).toBeGreaterThanOrEqual(hi - eps);
          expect(isNice(t.step)).toBe(true);
          if (integer) expect(t.values.every(Number.isInteger)).toBe(true);
          for (const v of t.values) expect(Math.abs(v / t.step - Math.round(v / t.step))).toBeLessThan(1e-6);
          for (let i = 1; i < t.values.length; i++) expect(t.values[i]! - t.values[i - 1]!).toBeCloseTo(t.step, 6);
        },
      ),
    );
  });
});

describe('thinLabels', () => {
  it('shows everything when it fits', () => {
    expect(thinLabels(5, 10)).toEqual([0, 1, 2, 3, 4]);
    expect(thinLabels(0, 10)).toEqual([]);
    expect(thinLabels(1, 1)).toEqual([0]);
  });

  it('thins 52 weeks to evenly spaced labels with the last one never crowded', () => {
    const shown = thinLabels(52, 10);
    expect(shown[0]).toBe(0);
    expect(shown[shown.length - 1]).toBe(51);
    expect(shown.length).toBeLessThanOrEqual(10);
    expect(shown).toEqual([0, 6, 12, 18, 24, 30, 36, 42, 51]);
  });

  it('for any count and max: keeps first and last, ascending, ≤ max, gaps ≥ the planned spacing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), fc.integer({ min: 2, max: 60 }), (count, max) => {
        const shown = thinLabels(count, max);
        expect(shown[0]).toBe(0);
        expect(shown[shown.length - 1]).toBe(count - 1);
        expect(shown.length).toBeLessThanOrEqual(max);
        const minGap = count <= max ? 1 : (count - 1) / (max - 1);
        for (let i = 1; i < shown.length; i++) expect(shown[i]! - shown[i - 1]!).toBeGreaterThanOrEqual(minGap - 1e-9);
      }),
    );
  });

  it('with room for one label shows the first', () => {
    expect(thinLabels(30, 1)).toEqual([0]);
  });

  it('labelsThatFit counts labels along a span', () => {
    expect(labelsThatFit(500, 50)).toBe(11);
    expect(labelsThatFit(10, 50)).toBe(1);
  });
});

describe('stackRows', () => {
  it('stacks stages bottom-up and sums to the totals', () => {
    const rows = [
      { lead: 5, opportunity: 3, bid: 2, contract: 1, order: 0, invoice: 4 },
      { lead: 0, opportunity: 0, bid: 0, contract: 0, order: 0, invoice: 0 },
      { lead: 2, opportunity: -1, bid: 1 },
    ];
    const s = stackRows(rows, STAGES);
    expect(s.totals).toEqual([15, 0, 3]);
    expect(s.max).toBe(15);
    expect(s.series.map((x) => x.key)).toEqual([...STAGES]);
    expect(s.series[0]!.segments[0]).toEqual({ y0: 0, y1: 5 });
    expect(s.series[1]!.segments[0]).toEqual({ y0: 5, y1: 8 });
    expect(s.series[5]!.segments[0]).toEqual({ y0: 11, y1: 15 });
    // Negative and missing values draw nothing.
    expect(s.series[1]!.segments[2]).toEqual({ y0: 2, y1: 2 });
    expect(s.series[3]!.segments[2]).toEqual({ y0: 3, y1: 3 });
  });

  it('for any rows: segments touch, and the top of the stack is the total', () => {
    const keys = ['a', 'b', 'c'] as const;
    fc.assert(
      fc.property(fc.array(fc.record({ a: fc.nat(1000), b: fc.nat(1000), c: fc.nat(1000) }), { maxLength: 60 }), (rows) => {
        const s = stackRows(rows, keys);
        rows.forEach((row, i) => {
          expect(s.totals[i]).toBe(row.a + row.b + row.c);
          expect(s.series[0]!.segments[i]!.y0).toBe(0);
          for (let k = 1; k < keys.length; k++) expect(s.series[k]!.segments[i]!.y0).toBe(s.series[k - 1]!.segments[i]!.y1);
          expect(s.series[keys.length - 1]!.segments[i]!.y1).toBe(s.totals[i]);
        });
        expect(s.max).toBe(Math.max(0, ...s.totals));
      }),
    );
  });
});

describe('scales', () => {
  it('linearScale maps ends to ends, including an inverted (SVG y) range', () => {
    const y = linearScale([0, 100], [250, 10]);
    expect(y(0)).toBe(250);
    expect(y(100)).toBe(10);
    expect(y(50)).toBe(130);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it('pointScale spreads n points end to end; one point sits in the middle', () => {
    const x = pointScale(5, 100, 500);
    expect([0, 1, 2, 3, 4].map(x)).toEqual([100, 200, 300, 400, 500]);
    expect(pointScale(1, 100, 500)(0)).toBe(300);
  });

  it('bandScale fits n bars inside the range with gaps', () => {
    const b = bandScale(4, 0, 400, 0.25);
    expect(b.step).toBe(100);
    expect(b.bandwidth).toBe(75);
    expect(b.x(0)).toBe(12.5);
    expect(b.centre(3)).toBe(350);
    expect(b.x(3) + b.bandwidth).toBeLessThanOrEqual(400);
  });

  it('bandScale caps bar width and keeps bars centred in their bands', () => {
    const b = bandScale(1, 0, 500, 0.3, 48);
    expect(b.bandwidth).toBe(48);
    expect(b.x(0) + b.bandwidth / 2).toBe(b.centre(0));
    expect(b.centre(0)).toBe(250);
  });
});

describe('paths', () => {
  it('linePath moves then draws, rounding to 0.1', () => {
    expect(linePath([])).toBe('');
    expect(linePath([{ x: 1.234, y: 2 }, { x: 3, y: 4.06 }])).toBe('M1.2 2 L3 4.1');
  });

  it('areaPath closes down to the baseline', () => {
    expect(areaPath([{ x: 0, y: 10 }, { x: 50, y: 20 }], 100)).toBe('M0 10 L50 20 L50 100 L0 100 Z');
    expect(areaPath([], 100)).toBe('');
  });
});

describe('helpers', () => {
  it('ratio and percent are safe on empty totals', () => {
    expect(ratio(3, 0)).toBe(0);
    expect(ratio(18, 24)).toBe(0.75);
    expect(percent(0.755)).toBe('76%');
    expect(percent(Number.NaN)).toBe('0%');
  });

  it('argMax finds the first largest', () => {
    expect(argMax([])).toBe(-1);
    expect(argMax([1, 5, 5, 2])).toBe(1);
  });

  it('keysInOrder lists keys in order of first appearance', () => {
    expect(keysInOrder([{ b: 1, a: 2 }, { c: 3, a: 1 }])).toEqual(['b', 'a', 'c']);
  });

  it('textWidth counts CJK as a full em and Latin narrower', () => {
    expect(textWidth('客户经理', 12)).toBe(48);
    expect(textWidth('Leads', 12)).toBeLessThan(48);
    expect(textWidth('Leads', 12)).toBeGreaterThan(20);
    expect(textWidth('', 12)).toBe(0);
  });
});
