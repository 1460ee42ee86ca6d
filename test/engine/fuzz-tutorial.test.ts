/**
 * Engine fuzzing on the tutorial scenario (the harness and its invariants: ./fuzz.ts): legal,
 * mutated and garbage actions through the batch path, bounded and seeded. With the
 * other scenario's file, more than 100,000 actions in CI.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { expectRealMix, fuzz } from './fuzz.ts';

describe('engine fuzz: tutorial', () => {
  it('45000 actions: no exception, finite state, KPIs in range, rejections change nothing, cash within the overdraft rule, logs replay', () => {
    const { scenario } = bundled('tutorial');
    const st = fuzz(scenario, { actions: 45000, seed: 'fuzz-tutorial-1' });
    expectRealMix(st, 45000);
  });

  it('a poor company (¥60,000 cash, a ¥150,000 line): chosen spending is refused at the line, committed costs go past it, nothing breaks', () => {
    const { scenario } = bundled('tutorial');
    const poor = { ...scenario, company: { ...scenario.company, startingCash: 60_000, overdraftLimit: 150_000 } };
    const st = fuzz(poor, { actions: 10000, seed: 'fuzz-poor-1' });
    expect(st.overdraftRefusals).toBeGreaterThan(0);
    expect(st.overdrawnStates).toBeGreaterThan(0);
    expect(st.minCash).toBeLessThan(0);
  });
});
