/**
 * Engine fuzzing on the flagship scenario (the harness and its invariants: ./fuzz.ts): legal,
 * mutated and garbage actions through the batch path, bounded and seeded. With the
 * other scenario's file, more than 100,000 actions in CI.
 */
import { describe, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { expectRealMix, fuzz } from './fuzz.ts';

describe('engine fuzz: flagship', () => {
  it('60000 actions: no exception, finite state, KPIs in range, rejections change nothing, cash within the overdraft rule, logs replay', () => {
    const { scenario } = bundled('flagship');
    const st = fuzz(scenario, { actions: 60000, seed: 'fuzz-flagship-1' });
    expectRealMix(st, 60000);
    // A bounded amount of work, not a speed check: generous so a busy CI machine does not time out.
  }, 240_000);
});
