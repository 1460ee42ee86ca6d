/**
 * Scenario fuzzing: instructors write scenarios in the studio, so the engine meets content
 * nobody has played. fast-check generates scenarios from the bundled two (the mutations:
 * ./fuzz-scenarios.ts), each goes through the studio's own path (YAML text → loader →
 * lint), and
 * 1. every refusal is a located message in en and zh, never an exception, and a healthy
 *    share is accepted (so the rest of the test is not vacuous);
 * 2. every accepted scenario plays whole games — each bot strategy, and random legal play
 *    by all three roles (which also builds every role's view and bid estimates each week,
 *    and the debrief's history at the end) — without an exception, ending after exactly `weeks` week ends in a
 *    state the state schema accepts, with every number finite, the KPIs and score in range,
 *    cash = start + ledger, and a replay of the log from `createGame` hashing the same.
 *
 * Seeded (fixed fast-check seed and run counts) and bounded (well under a minute on two
 * cores); fast-check prints the seed, path and counterexample of a failure.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bundled } from '../helpers.ts';
import { scenarioArb, scenarioText, type Mutation } from './fuzz-scenarios.ts';
import { cashRuleHolds, finiteEverywhere, kpisHold } from './fuzz.ts';
import { lintScenarioText } from '../../src/scenario/lint.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import {
  applyActionInPlace, computeKpis, createGame, estimateBid, legalActions, openOpportunityViews, playerView, replay, stateHash, type Action, type GameState, type Role,
} from '../../src/engine/index.ts';
import { scoreBreakdown } from '../../src/engine/kpis.ts';
import { GameStateSchema } from '../../src/engine/state-schema.ts';
import { Dice, initialRng } from '../../src/engine/rng.ts';
import { botsFor, playGame, STRATEGIES } from '../../src/bots/index.ts';
import { buildHistory } from '../../src/debrief/index.ts';

const ROLES: Role[] = ['AR', 'SR', 'FR'];
const BASES: Record<string, Scenario> = { tutorial: bundled('tutorial').scenario, flagship: bundled('flagship').scenario };
const FILE = 'studio-draft.yaml';
/** Fixed, so CI replays the same scenarios; a failure prints its own seed and path anyway. */
const SEED = 20261201;
const CJK = /[\u4e00-\u9fff]/;

const describeRun = (base: string, mutations: readonly Mutation[]) => `${base} + ${JSON.stringify(mutations)}`;

const indent = (line: string) => /^[ -]*/.exec(line)![0].length;
/** The line itself if it holds a key, else the nearest line above it that is less indented (its value's key). */
function keyLine(lines: readonly string[], line: number): string {
  const at = lines[line - 1]!;
  if (/^\s*(- )?[A-Za-z$]+:/.test(at) && !/^\s*- /.test(at)) return at;
  for (let n = line - 2; n >= 0; n--) if (indent(lines[n]!) < indent(at) && !/^\s*- /.test(lines[n]!)) return lines[n]!;
  return at;
}

/** A refusal names a real line:column of the text, a field, a catalogue message (not its key) and the same places in zh. */
function refusalIsLocated(text: string, en: ReturnType<typeof lintScenarioText>, zh: ReturnType<typeof lintScenarioText>): void {
  if (en.ok || zh.ok) throw new Error('en and zh disagree on whether the scenario loads');
  const lines = text.split('\n');
  expect(en.issues.length).toBeGreaterThan(0);
  expect(zh.issues.map((i) => [i.code, i.line, i.column, i.path])).toEqual(en.issues.map((i) => [i.code, i.line, i.column, i.path]));
  en.issues.forEach((i, n) => {
    expect(i.file).toBe(FILE);
    expect(i.severity).toBe('error');
    expect(i.line).toBeGreaterThanOrEqual(1);
    expect(i.line).toBeLessThanOrEqual(lines.length);
    expect(i.column).toBeGreaterThanOrEqual(1);
    expect(i.code).toMatch(/^check\./);
    expect(i.message.length).toBeGreaterThan(0);
    expect(i.message).not.toMatch(/\bcheck\.|\{[a-z]+\}/i); // no catalogue key, no unfilled parameter
    expect(zh.issues[n]!.message).toMatch(CJK);
    expect(zh.issues[n]!.message).not.toMatch(/\bcheck\.|\{[a-z]+\}/i);
    // The generator only breaks fields, so every refusal names one, and points at that field: the line
    // holds its key, or is the start of its value (a list or map), under the line with its key.
    expect(i.path.length, i.code).toBeGreaterThan(0);
    const key = /([A-Za-z$]+)$/.exec(i.path)?.[1];
    if (key) expect(keyLine(lines, i.line), `${i.path} at line ${i.line}`).toContain(key);
  });
}

describe('generated scenarios: the loader', () => {
  it('accepts most mutated scenarios and refuses the rest with located messages in en and zh; load and lint never throw', () => {
    let accepted = 0;
    let refused = 0;
    const codes = new Map<string, number>();
    fc.assert(
      fc.property(scenarioArb, ({ base, mutations }) => {
        const text = scenarioText(BASES[base]!, mutations);
        const en = lintScenarioText(text, FILE, 'en');
        if (en.ok) {
          accepted += 1;
          // The studio shows lint warnings in the editor too: each at a real line, worded from the catalogue.
          const lines = text.split('\n').length;
          for (const w of en.warnings) {
            expect(w.severity).toBe('warning');
            expect(w.line >= 1 && w.line <= lines && w.column >= 1, `${w.code} at ${w.line}:${w.column}`).toBe(true);
            expect(w.message).not.toMatch(/\blint\.|\{[a-z]+\}/i);
          }
          return;
        }
        refused += 1;
        for (const i of en.issues) codes.set(i.code, (codes.get(i.code) ?? 0) + 1);
        refusalIsLocated(text, en, lintScenarioText(text, FILE, 'zh'));
      }),
      { seed: SEED, numRuns: 400 },
    );
    console.log(`scenarios generated ${accepted + refused}, accepted ${accepted}, refused ${refused}; refusals by code ${JSON.stringify(Object.fromEntries(codes))}`);
    // Not vacuous: most generated scenarios are playable, and some are not (out-of-range values are generated on purpose).
    expect(accepted).toBeGreaterThanOrEqual((accepted + refused) * 0.5);
    expect(refused).toBeGreaterThan(0);
  }, 60_000);
});

/**
 * As properties.test.ts asks of the bundled scenarios: a rate is null exactly when there
 * was nothing to measure, and the satisfaction drivers explain every point of
 * satisfaction (the scenario's start plus the drivers is the level, clamps included).
 */
function measuredAndExplained(sc: Scenario, s: GameState, where: string): void {
  const k = computeKpis(sc, s);
  expect(k.winRate === null, where).toBe(s.stats.bidsDecided === 0);
  expect(k.grossMarginPct === null, where).toBe(s.stats.revenue === 0);
  expect(k.complaintRate === null, where).toBe(s.stats.ordersDelivered === 0);
  expect(k.csat === null, where).toBe(!Object.values(s.contracts).some((c) => c.status === 'active' || c.status === 'closed'));
  if (s.stats.revenue === 0) expect(scoreBreakdown(sc, k).score, where).toBe(0);
  for (const c of sc.customers) {
    const live = s.customers[c.id]!;
    const drivers = Object.values(live.satisfactionDrivers);
    for (const d of drivers) expect(Number.isInteger(d), where).toBe(true);
    expect(c.satisfaction + drivers.reduce((a, x) => a + x, 0), `${where}: satisfaction drivers of ${c.id}`).toBe(live.satisfaction);
  }
}

/** A finished game: exactly `weeks` week ends, a valid state, finite numbers, KPIs in range, cash conserved, replayable. */
function finishedGameHolds(sc: Scenario, seed: string, s: GameState, log: readonly Action[], where: string): void {
  expect(s.finished, where).toBe(true);
  expect(log.filter((a) => a.kind === 'endWeek').length, where).toBe(sc.weeks);
  const parsed = GameStateSchema.safeParse(s);
  if (!parsed.success) throw new Error(`${where}: state schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  finiteEverywhere(s, 'state', where);
  kpisHold(sc, s, where);
  measuredAndExplained(sc, s, where);
  expect(s.cash, where).toBe(sc.company.startingCash + Object.values(s.ledger).reduce((a, b) => a + b, 0));
  const r = replay(sc, seed, log);
  expect(r.error, where).toBeNull();
  expect(stateHash(r.state), where).toBe(stateHash(s));
}

/** What the players' screens show — each role's view and the bid estimate of every open deal — builds, with finite numbers. */
function viewsHold(sc: Scenario, s: GameState, where: string): void {
  const opps = openOpportunityViews(sc, s);
  for (const role of ROLES) {
    const v = playerView(sc, s, role);
    finiteEverywhere(v, `view ${role}`, where);
    for (const o of opps) finiteEverywhere(estimateBid(v, o.id), `estimate ${o.id}`, where);
  }
}

/**
 * Random legal play: each week up to a dozen actions drawn from `legalActions` of a random
 * role (what the UI offers), each of which must be accepted, then the week ends. The game
 * must not finish before its last week ends, and must finish then.
 */
function randomLegalGame(sc: Scenario, seed: string): { state: GameState; log: Action[] } {
  const d = new Dice(initialRng(`legal|${seed}`));
  const s = createGame(sc, seed);
  const log: Action[] = [];
  let ends = 0;
  while (!s.finished) {
    const where = `random legal play, seed ${seed}, week ${s.week}`;
    for (let i = 0, n = d.int(13); i < n; i++) {
      const role = ROLES[d.int(3)]!;
      // The week's end is this loop's own move, so the weeks can be counted.
      const list = legalActions(sc, s, role).filter((x) => x.kind !== 'endWeek');
      if (list.length === 0) continue;
      const a = list[d.int(list.length)]!;
      const cash = s.cash;
      const r = applyActionInPlace(sc, s, a);
      if (!r.ok) throw new Error(`${where}: legal action ${JSON.stringify(a)} refused: ${r.rejection.code}`);
      log.push(a);
      cashRuleHolds(sc, s, a, cash, where);
    }
    const r = applyActionInPlace(sc, s, { kind: 'endWeek' });
    if (!r.ok) throw new Error(`${where}: endWeek refused: ${r.rejection.code}`);
    log.push({ kind: 'endWeek' });
    ends += 1;
    expect(s.finished, where).toBe(ends === sc.weeks);
    finiteEverywhere(s, 'state', where);
    kpisHold(sc, s, where);
    measuredAndExplained(sc, s, where);
    if (!s.finished) viewsHold(sc, s, where);
  }
  return { state: s, log };
}

describe('generated scenarios: the engine and the bots', () => {
  it('every accepted scenario plays whole games (every strategy, random legal play) keeping the invariants', () => {
    let scenarios = 0;
    let games = 0;
    let withRevenue = 0;
    fc.assert(
      fc.property(scenarioArb, fc.string({ minLength: 1, maxLength: 6 }), ({ base, mutations }, seed) => {
        const loaded = loadScenarioText(scenarioText(BASES[base]!, mutations), FILE);
        if (!loaded.ok) return; // the loader's property above covers refusals
        const sc = loaded.scenario;
        scenarios += 1;
        const where = (how: string) => `${how} on ${describeRun(base, mutations)}, seed ${JSON.stringify(seed)}`;
        for (const strategy of STRATEGIES) {
          const { state, log } = playGame(sc, seed, botsFor(strategy)!);
          finishedGameHolds(sc, seed, state, log, where(strategy));
          games += 1;
          if (state.stats.revenue > 0) withRevenue += 1;
        }
        for (const s of [seed, `${seed}~2`]) {
          const { state, log } = randomLegalGame(sc, s);
          finishedGameHolds(sc, s, state, log, where('random legal play'));
          // The debrief's history of the game (what the instructor reviews) rebuilds it week by week.
          const h = buildHistory(sc, { seed: s, log });
          expect(h.finished && h.weeks.length === sc.weeks && h.stateHash === stateHash(state), where('debrief history')).toBe(true);
          finiteEverywhere([h.weeks, h.funnel, h.timeSplit, h.kpis, h.score, h.overdraft], 'history', where('debrief history'));
          games += 1;
        }
      }),
      { seed: SEED + 1, numRuns: 220 },
    );
    console.log(`accepted scenarios played ${scenarios}, games ${games}, games with revenue ${withRevenue}`);
    expect(scenarios).toBeGreaterThanOrEqual(120);
    // The invariants were met on games with real business, not only on empty ones.
    expect(withRevenue).toBeGreaterThan(scenarios);
  }, 60_000);
});
