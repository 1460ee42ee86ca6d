/**
 * The engine fuzzer behind fuzz-*.test.ts: seeded, bounded, deterministic.
 *
 * Whole games are played with a mix of
 * - legal actions (from the engine's own `legalActions`, which the UI and bots use),
 * - mutated legal actions: one field replaced by an `Object.prototype` key
 *   (`__proto__`, `constructor`, `hasOwnProperty`…), another record's id, a wrong role,
 *   a number as a string, a negative, huge or fractional number, a wrong type, or removed;
 *   or an extra field added,
 * - garbage: null, numbers, strings, arrays, nested objects, prototype-key kinds,
 * - candidate actions (what the UI lists, legal or not), so refusals such as the overdraft
 *   line come up,
 * - the facilitator's injects (fuzz-inject.ts: events by id, announcements, bad ones),
 * - and week ends, so games move on to their end.
 *
 * Random moves rarely win a deal, so two games in three start from a bot-played game cut
 * at a random week (orders, invoices and tickets to aim at); the fuzz plays on from there.
 *
 * Every action goes through `applyActionInPlace` (the batch path a workshop server uses),
 * and mutated actions also through `validate` and `actionCost`. Nothing may throw. After an
 * accepted action: every number in the state is finite, cash equals the start plus the
 * ledger, the KPIs and score are in range, and cash is below the overdraft line only as
 * the rule allows (see `cashRuleHolds`). After a rejected action the state is unchanged
 * (its JSON text every time, its hash on a sample). At a game's end its accepted log
 * replays to the same hash.
 *
 * The randomness is the engine's own `Dice` (alea) seeded from the run's seed: the same
 * seed plays the same games, so a failure names the seed, game and action to reproduce.
 */
import { expect } from 'vitest';
import type { Scenario } from '../../src/scenario/schema.ts';
import {
  actionCost, applyActionInPlace, candidateActions, computeKpis, createGame, legalActions, replay, stateHash, validate,
  type Action, type GameState, type Role,
} from '../../src/engine/index.ts';
import { SCORE_PARTS, scoreBreakdown } from '../../src/engine/kpis.ts';
import { Dice, initialRng } from '../../src/engine/rng.ts';
import { OVERDRAFT_SPENDING } from '../../src/engine/rules/cash.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { injectAttempt } from './fuzz-inject.ts';

const ROLES: Role[] = ['AR', 'SR', 'FR'];
export const PROTO_KEYS = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', '__defineGetter__', 'toLocaleString'];
const BAD_NUMBERS: unknown[] = [-1, -10000, 0.5, 1e9, 1e21, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, -0];
const WRONG_TYPES: unknown[] = [null, true, [], {}, [['x']], { a: { b: { c: 1 } } }, '', ' ', '\u0000', 'x'.repeat(61)];
const ROLE_VALUES: unknown[] = ['AR', 'SR', 'FR', 'ar', 'XX', '', 'endWeek'];

export interface FuzzStats {
  actions: number;
  accepted: number;
  rejected: number;
  mutated: number;
  garbage: number;
  protoKeyActions: number;
  games: number;
  finishedGames: number;
  overdrawnStates: number;
  /** Refusals with `overdraftLimit`. */
  overdraftRefusals: number;
  minCash: number;
  /** Accepted actions by kind. */
  kinds: Record<string, number>;
}

export class FuzzFailure extends Error {}

/** Ids of every kind the game knows, for swapping one id for another of the wrong kind. */
function idsOf(sc: Scenario, s: GameState): string[] {
  return [
    ...Object.keys(s.leads), ...Object.keys(s.opportunities), ...Object.keys(s.orders), ...Object.keys(s.invoices),
    ...Object.keys(s.tickets), ...Object.keys(s.contracts), ...sc.customers.map((c) => c.id), ...sc.cards.map((c) => c.id),
    ...sc.customers.flatMap((c) => c.stakeholders.map((p) => p.id)), ...sc.products.map((p) => p.id), 'nope', 'opp1', 'ord1', 'inv1',
  ];
}

const BOT_STARTS = ['iron-triangle', 'greedy-discount', 'siloed', 'random'];
const notEndWeek = (a: Action): boolean => a.kind !== 'endWeek';

function pick<T>(d: Dice, list: readonly T[]): T {
  return list[d.int(list.length)]!;
}

/** An own `__proto__` key (as JSON.parse makes it), not a prototype change. */
function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** One legal action with one thing wrong with it. */
export function mutate(d: Dice, a: Action, ids: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) setOwn(out, k, typeof v === 'object' && v !== null ? structuredClone(v) : v);
  const keys = Object.keys(out);
  const field = pick(d, keys);
  const v = out[field];
  switch (d.int(9)) {
    case 0: case 1: setOwn(out, field, pick(d, PROTO_KEYS)); break;
    case 2: setOwn(out, field, pick(d, ids)); break;
    case 3: setOwn(out, 'role', pick(d, ROLE_VALUES)); break;
    case 4: setOwn(out, field, typeof v === 'number' ? String(v) : typeof v === 'string' ? Number(v.replace(/\D/g, '') || '7') : pick(d, BAD_NUMBERS)); break;
    case 5: setOwn(out, field, pick(d, BAD_NUMBERS)); break;
    case 6: setOwn(out, field, pick(d, WRONG_TYPES)); break;
    case 7: delete out[field]; break;
    default: {
      // inside a nested value, or an extra field (a prototype key among them)
      if (Array.isArray(v)) setOwn(out, field, [...v, pick(d, ['SR', 'FR', 'AR', '__proto__', 1, null])]);
      else if (typeof v === 'object' && v !== null) {
        const inner = v as Record<string, unknown>;
        const ik = pick(d, Object.keys(inner));
        setOwn(inner, ik, pick(d, [...BAD_NUMBERS, '5000', null]));
      } else setOwn(out, pick(d, ['extra', '__proto__', 'constructor', 'kind2']), pick(d, [1, 'x', null, {}]));
    }
  }
  return out;
}

/** Not an action at all, or shaped like one with nonsense inside. */
export function garbage(d: Dice, ids: string[]): unknown {
  switch (d.int(12)) {
    case 0: return null;
    case 1: return pick(d, [undefined, 0, -1, NaN, 'endWeek', '', true]);
    case 2: return [{ kind: 'endWeek' }];
    case 3: return {};
    case 4: return { kind: pick(d, PROTO_KEYS), role: pick(d, ROLES) };
    case 5: return JSON.parse('{"__proto__":{"kind":"endWeek"}}');
    case 6: return { kind: 'endWeek', role: 'AR' };
    case 7: return { kind: { kind: 'endWeek' } };
    case 8: {
      let deep: unknown = { kind: 'install', role: 'FR', order: pick(d, ids) };
      for (let i = 0; i < 50; i++) deep = { kind: 'visit', role: 'AR', opportunity: deep, stakeholder: [deep], with: [] };
      return deep;
    }
    case 9: return { kind: pick(d, ['install', 'dun', 'qualifyLead', 'visit', 'chooseCard', 'setTerms']), role: pick(d, ROLES), order: pick(d, PROTO_KEYS), invoice: pick(d, PROTO_KEYS), lead: pick(d, PROTO_KEYS), opportunity: pick(d, PROTO_KEYS) };
    case 10: return { kind: 'visit', role: 'AR', opportunity: pick(d, ids), stakeholder: pick(d, PROTO_KEYS), with: [] };
    default: return { kind: 'chooseCard', role: pick(d, ROLES), card: pick(d, [...PROTO_KEYS, ...ids]), option: pick(d, PROTO_KEYS) };
  }
}

function fail(where: string, what: string): never {
  throw new FuzzFailure(`${where}: ${what}`);
}

/** Every number anywhere in the state is finite. */
export function finiteEverywhere(v: unknown, path: string, where: string): void {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) fail(where, `non-finite number ${v} at ${path}`);
    return;
  }
  if (typeof v !== 'object' || v === null) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) finiteEverywhere(v[i], path, where);
    return;
  }
  for (const k in v) finiteEverywhere((v as Record<string, unknown>)[k], path + '.' + k, where);
}

function inRange(x: number | null, lo: number, hi: number, name: string, where: string): void {
  if (x !== null && !(x >= lo && x <= hi)) fail(where, `${name} = ${x}, outside ${lo}…${hi}`);
}

/** The KPIs and the score are in their ranges. */
export function kpisHold(sc: Scenario, s: GameState, where: string): void {
  const k = computeKpis(sc, s);
  inRange(k.winRate, 0, 1, 'winRate', where);
  inRange(k.grossMarginPct, -Infinity, 1, 'grossMarginPct', where);
  inRange(k.collectedPct, 0, 1, 'collectedPct', where);
  inRange(k.collectionCycleDays, 0, 7 * (sc.weeks + 1), 'collectionCycleDays', where);
  inRange(k.dsoDays, 0, 7 * (sc.weeks + 1), 'dsoDays', where);
  inRange(k.csat, 0, 100, 'csat', where);
  inRange(k.complaintRate, 0, Infinity, 'complaintRate', where);
  inRange(k.docCycleDays, 0, 20, 'docCycleDays', where);
  inRange(k.badDebt, 0, k.invoiced, 'badDebt', where);
  inRange(k.revenue, 0, Infinity, 'revenue', where);
  inRange(k.collected, 0, k.invoiced, 'collected', where);
  const b = scoreBreakdown(sc, k);
  if (!Number.isInteger(b.score) || b.score < 0 || b.score > 1500) fail(where, `score ${b.score}`);
  for (const p of SCORE_PARTS) inRange(b.parts[p], 0, 1.5, `score part ${p}`, where);
  for (const c of Object.values(s.customers)) {
    inRange(c.satisfaction, 0, 100, 'satisfaction', where);
    inRange(c.cashPosition, 0, 100, 'cashPosition', where);
  }
}

/**
 * Cash below zero only as the overdraft rule allows (src/engine/rules/cash.ts): spending
 * the team chooses (OVERDRAFT_SPENDING) never takes cash below −overdraftLimit; anything
 * else that lowers cash is a commitment and may; cash is start + Σ ledger, always.
 */
export function cashRuleHolds(sc: Scenario, s: GameState, a: Action, cashBefore: number, where: string): void {
  const sum = Object.values(s.ledger).reduce((x, y) => x + y, 0);
  if (s.cash !== sc.company.startingCash + sum) fail(where, `cash ${s.cash} ≠ start + ledger ${sc.company.startingCash + sum}`);
  if (!Number.isSafeInteger(s.cash)) fail(where, `cash ${s.cash} is not an integer`);
  if (OVERDRAFT_SPENDING.has(a.kind) && s.cash < cashBefore && s.cash < -sc.company.overdraftLimit) {
    fail(where, `${a.kind} spent ${cashBefore - s.cash} past the overdraft line: cash ${s.cash}, line ${-sc.company.overdraftLimit}`);
  }
}

export interface FuzzOptions {
  /** Stop after at least this many actions. */
  actions: number;
  seed: string;
  /** One week end in this many actions, on average. */
  weekEvery?: number;
  /** Check a rejected action's state hash every this many rejections (its JSON text is checked every time). */
  hashEvery?: number;
  /** One facilitator inject in this many actions, on average (fuzz-inject.ts). */
  injectEvery?: number;
}

/** Plays fuzzed games until `actions` actions have been tried; throws FuzzFailure on the first broken invariant. */
export function fuzz(sc: Scenario, o: FuzzOptions): FuzzStats {
  const d = new Dice(initialRng(o.seed));
  const weekEvery = o.weekEvery ?? 40;
  const hashEvery = o.hashEvery ?? 25;
  const injectEvery = o.injectEvery ?? 200;
  const st: FuzzStats = { actions: 0, accepted: 0, rejected: 0, mutated: 0, garbage: 0, protoKeyActions: 0, games: 0, finishedGames: 0, overdrawnStates: 0, overdraftRefusals: 0, minCash: Infinity, kinds: {} };
  while (st.actions < o.actions) {
    const seed = `${o.seed}-${st.games}`;
    st.games += 1;
    let s = createGame(sc, seed);
    let log: Action[] = [];
    if (d.int(3) > 0) {
      const head = playGame(sc, seed, botsFor(pick(d, BOT_STARTS))!, undefined, undefined, 1 + d.int(sc.weeks));
      s = head.state;
      log = head.log;
    }
    let legal: Partial<Record<Role, Action[]>> = {};
    let ids = idsOf(sc, s);
    let json = JSON.stringify(s);
    while (!s.finished && st.actions < o.actions) {
      const where = `seed ${o.seed}, game ${seed}, week ${s.week}, action #${log.length}`;
      const role = pick(d, ROLES);
      const roll = d.int(weekEvery * 10);
      let action: unknown;
      let mutated = false;
      if (roll < 10) action = { kind: 'endWeek' };
      else if (d.int(injectEvery) === 0) {
        action = injectAttempt(d, sc, ids);
        if (d.int(4) === 0) {
          action = mutate(d, action as Action, ids);
          mutated = true;
          st.mutated += 1;
        }
      } else {
        const mode = d.int(20);
        // endWeek comes from the roll above: the lists' own would end most weeks after a few actions
        let list = mode < 2 ? [] : mode < 4 ? candidateActions(sc, s, role).filter(notEndWeek) : (legal[role] ??= legalActions(sc, s, role).filter(notEndWeek));
        // nothing legal left for this role (days spent): often the week ends, else try what the UI would list anyway
        if (list.length === 0 && mode >= 4) list = d.int(3) === 0 ? [{ kind: 'endWeek' }] : candidateActions(sc, s, role).filter(notEndWeek);
        if (list.length === 0) {
          action = garbage(d, ids);
          st.garbage += 1;
        } else {
          const a = pick(d, list);
          if (mode < 10) action = a;
          else {
            action = mutate(d, a, ids);
            mutated = true;
            st.mutated += 1;
          }
        }
      }
      if (typeof action === 'object' && action !== null && Object.values(action).some((v) => typeof v === 'string' && PROTO_KEYS.includes(v))) st.protoKeyActions += 1;
      st.actions += 1;
      const cashBefore = s.cash;
      let r;
      try {
        if (mutated) {
          validate(sc, s, action);
          actionCost(sc, s, action as Action);
        }
        r = applyActionInPlace(sc, s, action as Action);
      } catch (e) {
        fail(where, `threw on ${describe(action)}: ${(e as Error).stack ?? String(e)}`);
      }
      if (!r.ok) {
        st.rejected += 1;
        if (r.rejection.code === 'overdraftLimit') st.overdraftRefusals += 1;
        if (typeof r.rejection.code !== 'string') fail(where, `rejection without a code for ${describe(action)}`);
        if (JSON.stringify(s) !== json) fail(where, `rejected ${describe(action)} (${r.rejection.code}) changed the state`);
        if (st.rejected % hashEvery === 0 && stateHash(s) !== stateHash(JSON.parse(json))) fail(where, 'rejected action changed the state hash');
        continue;
      }
      st.accepted += 1;
      const a = action as Action;
      log.push(a);
      st.kinds[a.kind] = (st.kinds[a.kind] ?? 0) + 1;
      finiteEverywhere(s, 'state', where);
      cashRuleHolds(sc, s, a, cashBefore, where);
      if (new Set(s.firedEvents).size !== s.firedEvents.length) fail(where, `an event fired twice after ${describe(a)}`);
      kpisHold(sc, s, where);
      if (s.cash < 0) st.overdrawnStates += 1;
      st.minCash = Math.min(st.minCash, s.cash);
      legal = {};
      json = JSON.stringify(s);
      if (a.kind === 'endWeek' || a.kind === 'marketing' || a.kind === 'qualifyLead') ids = idsOf(sc, s);
    }
    if (s.finished) st.finishedGames += 1;
    const again = replay(sc, seed, log);
    if (again.error) fail(`game ${seed}`, `its accepted log does not replay: ${JSON.stringify(again.error)}`);
    if (stateHash(again.state) !== stateHash(s)) fail(`game ${seed}`, 'its accepted log replays to another state');
  }
  return st;
}

function describe(a: unknown): string {
  try {
    const text = JSON.stringify(a, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    return (text ?? String(a)).slice(0, 300);
  } catch {
    return String(a);
  }
}

/** At least `n` actions were tried, and the mix really was a mix: prototype-key ids, mutations, garbage, accepted and refused actions, whole games. */
export function expectRealMix(st: ReturnType<typeof fuzz>, n: number): void {
  expect(st.actions).toBeGreaterThanOrEqual(n);
  expect(st.protoKeyActions).toBeGreaterThan(1000);
  expect(st.mutated).toBeGreaterThan(n / 4);
  expect(st.garbage).toBeGreaterThan(n / 20);
  expect(st.accepted).toBeGreaterThan(n / 5);
  expect(st.rejected).toBeGreaterThan(n / 4);
  expect(st.finishedGames).toBeGreaterThan(0);
}
