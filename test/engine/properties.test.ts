/**
 * Property tests: random sequences of legal AND illegal actions, by role, on both
 * bundled scenarios. Recorded seeds: fast-check prints the seed and path of any
 * failure; pass it back with `{ seed, path }` to reproduce.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bundled } from '../helpers.ts';
import {
  applyAction, applyActionInPlace, candidateActions, canonicalJson, cloneState, createGame, legalActions, replay, stateHash,
  type Action, type GameState, type Role,
} from '../../src/engine/index.ts';
import { GameStateSchema } from '../../src/engine/state-schema.ts';

const ROLES: Role[] = ['AR', 'SR', 'FR'];
const Move = fc.record({
  role: fc.constantFrom(...ROLES),
  mode: fc.constantFrom('legal', 'legal', 'legal', 'candidate', 'garbage', 'endWeek'),
  pick: fc.nat(),
  garbage: fc.oneof(
    fc.constant({ kind: 'visit', role: 'AR', opportunity: 'nope', stakeholder: 'x', with: [] }),
    fc.constant({ kind: 'submitBid', role: 'SR', opportunity: 'opp1', discountBp: -5 }),
    fc.constant({ kind: 'orderParts', role: 'FR', qty: 1e9 }),
    fc.constant({ kind: 'endWeek', extra: true }),
    fc.constant({ kind: 'install', role: 'AR', order: 'ord1' }),
    fc.anything(),
  ),
});

function cashConserved(sc: { company: { startingCash: number } }, s: GameState): boolean {
  return s.cash === sc.company.startingCash + Object.values(s.ledger).reduce((a, b) => a + b, 0);
}

type MoveT = typeof Move extends fc.Arbitrary<infer T> ? T : never;

function pickAction(sc: Parameters<typeof legalActions>[0], s: GameState, m: MoveT): unknown {
  if (m.mode === 'endWeek') return { kind: 'endWeek' };
  if (m.mode === 'garbage') return m.garbage;
  const list = m.mode === 'legal' ? legalActions(sc, s, m.role) : candidateActions(sc, s, m.role);
  return list[m.pick % list.length];
}

describe.each([
  ['tutorial', 40, 160],
  ['flagship', 12, 260],
] as const)('engine invariants on %s', (name, runs, maxMoves) => {
  const { scenario } = bundled(name);

  it('random legal and illegal actions: no throw, valid state, cash conserved, rejections change nothing, replay and immer agree', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.array(Move, { maxLength: maxMoves }), (seed, moves) => {
        let s = createGame(scenario, seed);
        const plain = cloneState(s);
        const log: Action[] = [];
        for (const m of moves) {
          if (s.finished) break;
          const action = pickAction(scenario, s, m);
          const before = canonicalJson(s);
          const r = applyAction(scenario, s, action as Action);
          const r2 = applyActionInPlace(scenario, plain, action as Action);
          expect(r2.ok).toBe(r.ok);
          if (!r.ok) {
            expect(r.state).toBe(s);
            expect(canonicalJson(s)).toBe(before);
            expect(typeof r.rejection.code).toBe('string');
            continue;
          }
          s = r.state;
          log.push(action as Action);
          expect(cashConserved(scenario, s)).toBe(true);
          if (m.mode === 'endWeek') expect(GameStateSchema.safeParse(s).success).toBe(true);
        }
        const parsed = GameStateSchema.safeParse(s);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
        expect(stateHash(plain)).toBe(stateHash(s));
        const r = replay(scenario, seed, log);
        expect(r.error).toBeNull();
        expect(stateHash(r.state)).toBe(stateHash(s));
        // Save → load → continue equals uninterrupted, from any cut point.
        const cut = Math.floor(log.length / 3);
        const head = replay(scenario, seed, log.slice(0, cut));
        const tail = replay(scenario, seed, log.slice(cut), JSON.parse(JSON.stringify(head.state)));
        expect(stateHash(tail.state)).toBe(stateHash(s));
      }),
      { numRuns: runs },
    );
  });
});
