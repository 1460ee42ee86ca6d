/**
 * Randomness, two kinds.
 *
 * - `Luck` is the world's: every draw is a pure function of the game seed and a key that
 *   names what is being decided ("the bid for deal X", "does customer Y pay invoice Z in
 *   week 12"). Nothing is consumed, so one more action never reshuffles the luck of every
 *   later event: a counterfactual replay (the debrief's "what if") changes only what its
 *   changed decision touches. Integer hashing (Math.imul, >>>) is identical on every
 *   JavaScript engine.
 * - `Dice` is a stream (seedrandom's alea, whose state is four numbers) for the bots,
 *   each of which has its own, seeded apart from the world.
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

/** 32-bit FNV-1a over UTF-16 code units, continuing from `h`. */
function fnv1a(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
/** murmur3's finaliser: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The world's luck: keyed draws from the game seed (see the file comment). */
export class Luck {
  private readonly base: number;
  constructor(seed: string) {
    this.base = fmix32(fnv1a(seed));
  }
  /** Integer in [0, n) for this key; the same key always gives the same number. */
  int(key: string, n: number): number {
    // u32 · n < 2^53 and the division is by a power of two: exact in every engine.
    return Math.floor((fmix32(fnv1a(key, this.base)) * n) / 4294967296);
  }
  /** True with probability bp / 10000 for this key. */
  chance(key: string, bp: number): boolean {
    if (bp <= 0) return false;
    if (bp >= 10000) return true;
    return this.int(key, 10000) < bp;
  }
}
