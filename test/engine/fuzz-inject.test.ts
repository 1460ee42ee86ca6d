/**
 * The facilitator's inject under the fuzzer (./fuzz.ts, ./fuzz-inject.ts) with injects far
 * more often than the default mix: nothing throws, bad injects are refused without a
 * change, accepted ones replay, and no scenario event ever fires twice.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { fuzz } from './fuzz.ts';

describe('engine fuzz: injects', () => {
  for (const id of ['tutorial', 'flagship'] as const) {
    it(`${id}: 6000 actions with one inject in 8`, () => {
      const { scenario } = bundled(id);
      const st = fuzz(scenario, { actions: 6000, seed: `fuzz-inject-${id}`, injectEvery: 8 });
      expect(st.kinds.inject ?? 0).toBeGreaterThan(20);
      expect(st.rejected).toBeGreaterThan(200);
      expect(st.finishedGames).toBeGreaterThan(0);
    });
  }
});
