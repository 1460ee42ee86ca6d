/**
 * Property tests: random sequences of legal AND illegal actions, by role, on both
 * bundled scenarios. Recorded seeds: fast-check prints the seed and path of any
 * failure; pass it back with `{ seed, path }` to reproduce.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bundled } from '../helpers.ts';
import {
  applyAction, applyActionInPlace, candidateActions, canonicalJson, cloneState, computeKpis, createGame, legalActions, replay, stateHash,
  type Action, type GameState, type Role,
} from '../../src/engine/index.ts';
import { RATE_KPIS, SCORE_PARTS, scoreBreakdown } from '../../src/engine/kpis.ts';
import { GameStateSchema } from '../../src/engine/state-schema.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { botDice, botsFor, playTurn, STRATEGIES } from '../../src/bots/index.ts';

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
    fc.constant({ kind: 'technicalExchange', role: 'AR', customer: 'x' }),
    fc.constant({ kind: 'technicalExchange', role: 'SR', customer: '__proto__' }),
    fc.constant({ kind: 'solutionWorkshop', role: 'SR', lead: 'nope' }),
    fc.constant({ kind: 'siteSurvey', role: 'FR', opportunity: 'opp1', extra: 1 }),
    fc.constant({ kind: 'preventiveMaintenance', role: 'FR', customer: 'nobody' }),
    fc.constant({ kind: 'prepareInstallation', role: 'FR', order: 'ord1' }),
    fc.anything(),
  ),
});

function cashConserved(sc: { company: { startingCash: number } }, s: GameState): boolean {
  return s.cash === sc.company.startingCash + Object.values(s.ledger).reduce((a, b) => a + b, 0);
}

type MoveT = typeof Move extends fc.Arbitrary<infer T> ? T : never;

/**
 * The score and KPIs of any reachable state make sense: every rate is null exactly when
 * there was nothing to measure, otherwise finite; every part is 0–150% (or null), and the
 * score is a finite integer ≥ 0 (0 while nothing is measured). Satisfaction drivers
 * explain every point of satisfaction: the scenario's start plus the drivers is the level.
 */
function scoreAndDriversHold(sc: Scenario, s: GameState): void {
  const k = computeKpis(sc, s);
  for (const key of RATE_KPIS) if (k[key] !== null) expect(Number.isFinite(k[key]), key).toBe(true);
  expect(k.winRate === null).toBe(s.stats.bidsDecided === 0);
  expect(k.grossMarginPct === null).toBe(s.stats.revenue === 0);
  expect(k.complaintRate === null).toBe(s.stats.ordersDelivered === 0);
  expect(k.csat === null).toBe(!Object.values(s.contracts).some((c) => c.status === 'active' || c.status === 'closed'));
  const b = scoreBreakdown(sc, k);
  expect(Number.isInteger(b.score)).toBe(true);
  expect(b.score).toBeGreaterThanOrEqual(0);
  expect(b.volume).toBeGreaterThanOrEqual(0);
  expect(b.volume).toBeLessThanOrEqual(1);
  for (const p of SCORE_PARTS) {
    const x = b.parts[p];
    if (x !== null) {
      expect(x, p).toBeGreaterThanOrEqual(0);
      expect(x, p).toBeLessThanOrEqual(1.5);
    }
    expect(Number.isFinite(b.points[p]), p).toBe(true);
  }
  if (s.stats.revenue === 0) expect(b.score).toBe(0);
  for (const c of sc.customers) {
    const live = s.customers[c.id]!;
    const drivers = Object.values(live.satisfactionDrivers);
    for (const d of drivers) expect(Number.isInteger(d)).toBe(true);
    expect(c.satisfaction + drivers.reduce((a, x) => a + x, 0), c.id).toBe(live.satisfaction);
  }
}

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
          scoreAndDriversHold(scenario, s);
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

// Random actions rarely get a deal through, so the score invariants are also checked on
// whole games played by the bots (every strategy), where bids are decided, orders
// delivered, cash collected and customers complain: after every week of them.
describe.each([
  ['tutorial', 8],
  ['flagship', 4],
] as const)('score and satisfaction invariants through bot-played games on %s', (name, runs) => {
  const { scenario } = bundled(name);

  it('every week: rates null only when unmeasured, parts within 0–150%, score a finite integer ≥ 0, drivers add up', () => {
    let measured = 0;
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom(...STRATEGIES), (seed, strategy) => {
        const bots = botsFor(strategy)!;
        const s = createGame(scenario, seed);
        const dice = { AR: botDice(seed, 'AR', strategy), SR: botDice(seed, 'SR', strategy), FR: botDice(seed, 'FR', strategy) };
        scoreAndDriversHold(scenario, s);
        while (!s.finished) {
          for (const r of ROLES) playTurn(scenario, s, r, bots[r], dice[r]);
          const r = applyActionInPlace(scenario, s, { kind: 'endWeek' });
          expect(r.ok).toBe(true);
          scoreAndDriversHold(scenario, s);
        }
        if (s.stats.revenue > 0) measured += 1;
      }),
      { numRuns: runs },
    );
    // the invariants were exercised on games with real business, not only empty ones
    expect(measured).toBeGreaterThan(0);
  });
});
