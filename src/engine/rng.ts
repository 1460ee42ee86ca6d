/**
 * The world's dice: seedrandom's alea, whose whole state is four numbers kept in the
 * game state. Alea uses only + − × and |0, which IEEE-754 makes identical on every
 * engine, so the same seed rolls the same dice in Node and every browser.
 */
import seedrandom from 'seedrandom';
import type { AleaState } from './state.ts';

export function initialRng(seed: string): AleaState {
  return seedrandom.alea(seed, { state: true }).state() as AleaState;
}

/** A stream of draws that starts from a saved state and can hand its state back. */
export class Dice {
  private prng: seedrandom.StatefulPRNG<seedrandom.State.Alea> | null = null;
  constructor(private readonly start: AleaState) {}

  private get gen(): seedrandom.StatefulPRNG<seedrandom.State.Alea> {
    // Lazily built: most actions roll nothing, and building the generator costs.
    if (!this.prng) this.prng = seedrandom.alea('', { state: { ...this.start } });
    return this.prng;
  }
  get used(): boolean {
    return this.prng !== null;
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.gen() * n);
  }
  /** True with probability bp / 10000 (basis points, so callers stay in integers). */
  chance(bp: number): boolean {
    if (bp <= 0) return false;
    if (bp >= 10000) return true;
    return this.int(10000) < bp;
  }
  state(): AleaState {
    const s = this.gen.state() as unknown as AleaState;
    return { c: s.c, s0: s.s0, s1: s.s1, s2: s.s2 };
  }
}
