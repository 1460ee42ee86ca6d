/**
 * The board's LTC lanes share the width so that every lane title can be read: equal
 * columns where the titles allow, a wider one where a title needs it (water-filling).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnWidths, computeLayout } from '../../src/ui/board/layout.ts';
import { LANES } from '../../src/ui/board/model.ts';

describe('columnWidths', () => {
  it('is equal when every need fits in an equal share', () => {
    expect(columnWidths(700, [60, 80, 50, 90, 70, 60, 60])).toEqual(Array(7).fill(100));
  });

  it('gives a long title what it needs and shares the rest equally', () => {
    // 580 px for seven lanes; "Opportunities" needs 111 beside its count.
    const w = columnWidths(580, [71, 111, 63, 90, 75, 82, 66]);
    expect(w[1]).toBe(111);
    expect(w[3]).toBe(90);
    expect(w[5]).toBe(82);
    expect(w[4]).toBe(75);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(580, 6);
    for (const [i, x] of w.entries()) expect(x).toBeGreaterThanOrEqual([71, 111, 63, 90, 75, 82, 66][i]!);
    // The lanes that need less all get the same share.
    expect(new Set([w[0], w[2], w[6]].map((x) => x!.toFixed(6))).size).toBe(1);
    expect(w[0]).toBe(74);
  });

  it('shares in proportion to the needs when even they do not fit', () => {
    const w = columnWidths(300, [100, 200, 100]);
    expect(w).toEqual([75, 150, 75]);
  });

  it('always fills the width exactly and never gives a lane less than its need when the needs fit', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 9 }), fc.integer({ min: 50, max: 3000 }), (need, total) => {
      const w = columnWidths(total, need);
      expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
      if (need.reduce((a, b) => a + b, 0) < total) for (const [i, x] of w.entries()) expect(x).toBeGreaterThanOrEqual(need[i]! - 1e-9);
    }), { seed: 7, numRuns: 300 });
  });
});

describe('computeLayout with lane needs', () => {
  it('lays the lanes side by side, in order, without overlap, within the board', () => {
    const need = Object.fromEntries(LANES.map((l, i) => [l, i === 1 ? 120 : 60]));
    const layout = computeLayout(660, 440, [], new Map(), undefined, need);
    const ltc = layout.lanes.filter((b) => b.lane !== 'ticket');
    expect(ltc.map((b) => b.lane)).toEqual([...LANES]);
    for (let i = 1; i < ltc.length; i++) expect(ltc[i]!.rect.x).toBeGreaterThanOrEqual(ltc[i - 1]!.rect.x + ltc[i - 1]!.rect.w);
    expect(ltc[1]!.rect.w).toBeGreaterThanOrEqual(120);
    const last = ltc.at(-1)!;
    expect(last.rect.x + last.rect.w).toBeLessThanOrEqual(660 + 1e-6);
  });
});
