/**
 * Engine fuzzing on the flagship scenario (the harness and its invariants: ./fuzz.ts): legal,
 * mutated and garbage actions through the batch path, bounded and seeded. With the
 * other scenario's file, more than 100,000 actions in CI.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { fuzz } from './fuzz.ts';

describe('engine fuzz: flagship', () => {
  it('60000 actions: no exception, finite state, KPIs in range, rejections change nothing, cash within the overdraft rule, logs replay', () => {
    const { scenario } = bundled('flagship');
    const st = fuzz(scenario, { actions: 60000, seed: 'fuzz-flagship-1' });
    expect(st.actions).toBeGreaterThanOrEqual(60000);
    // the mix really was a mix: prototype-key ids, mutations, garbage, accepted and refused actions, whole games
    expect(st.protoKeyActions).toBeGreaterThan(1000);
    expect(st.mutated).toBeGreaterThan(60000 / 4);
    expect(st.garbage).toBeGreaterThan(60000 / 20);
    expect(st.accepted).toBeGreaterThan(60000 / 5);
    expect(st.rejected).toBeGreaterThan(60000 / 4);
    expect(st.finishedGames).toBeGreaterThan(0);
  });
});
