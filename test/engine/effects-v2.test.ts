/**
 * The format-2 content (paymentTerms, creditRating, spawnLead, spawnTicket; the fact
 * triggers) in whole games: the bots meet every piece of it, and games that use it stay
 * deterministic — same seed and log, same hash; replay, both apply paths, save and load
 * mid-game — and keep the fuzzer's invariants. The rules one by one: rules/script-v2.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenarioText } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { applyAction, applyActionInPlace, canonicalJson, computeKpis, createGame, replay, stateHash } from '../../src/engine/index.ts';
import { GameStateSchema } from '../../src/engine/state-schema.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { fuzz } from './fuzz.ts';

const FILE = fileURLToPath(new URL('../fixtures/effects-v2.yaml', import.meta.url));

function fixture(): Scenario {
  const r = loadScenarioText(readFileSync(FILE, 'utf8'), 'effects-v2.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
}

describe('format-2 content in whole games', () => {
  const sc = fixture();

  it('the bots meet every new effect and fact trigger within 20 seeds', () => {
    const seen = new Set<string>();
    for (const strategy of ['random', 'iron-triangle', 'siloed']) {
      for (let i = 0; i < 20; i++) {
        const { state } = playGame(sc, `v2-${i}`, botsFor(strategy)!);
        for (const e of state.firedEvents) seen.add(e);
        for (const [id, c] of Object.entries(state.cards)) seen.add(`${id}=${c.option}`);
        if (state.leads['qj-referral']) seen.add('lead spawned');
        if (state.customers.hexi!.rating) seen.add(`hexi rated ${state.customers.hexi!.rating}`);
        if (Object.values(state.tickets).some((t) => t.cause === 'scripted' && t.kind === 'complaint')) seen.add('complaint spawned');
        if (Object.values(state.tickets).some((t) => t.cause === 'scripted' && t.kind === 'repair')) seen.add('repair spawned');
        expect(GameStateSchema.safeParse(state).success).toBe(true);
      }
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining([
      'complaint spawned', 'downgrade', 'escalation', 'hexi rated C', 'hexi rated D', 'lead spawned', 'line-stop',
      'long-terms=grant', 'long-terms=hold', 'lost-one', 'referral', 'repair spawned', 'tender-terms',
    ]));
  });

  const game = playGame(sc, 'v2-det', botsFor('random')!);
  it('a game that uses them: the same seed and log give the same hash, and the log replays', () => {
    expect(game.state.firedEvents.length).toBeGreaterThanOrEqual(3);
    const again = playGame(sc, 'v2-det', botsFor('random')!);
    expect(again.log).toEqual(game.log);
    expect(stateHash(again.state)).toBe(stateHash(game.state));
    const r = replay(sc, 'v2-det', game.log);
    expect(r.error).toBeNull();
    expect(stateHash(r.state)).toBe(stateHash(game.state));
  });

  it('the immer path and the in-place path agree after every week', () => {
    let immerState = createGame(sc, 'v2-det');
    const plain = createGame(sc, 'v2-det');
    for (const a of game.log) {
      const r1 = applyAction(sc, immerState, a);
      const r2 = applyActionInPlace(sc, plain, a);
      expect(r1.ok && r2.ok).toBe(true);
      immerState = r1.state;
      if (a.kind === 'endWeek') expect(stateHash(immerState)).toBe(stateHash(plain));
    }
    expect(canonicalJson(immerState)).toBe(canonicalJson(plain));
  });

  it('save mid-game, load from JSON, continue = uninterrupted (a changed rating survives the round trip)', () => {
    let rated = playGame(sc, 'v2-0', botsFor('iron-triangle')!);
    for (let i = 1; i < 20 && !rated.state.customers.hexi!.rating; i++) rated = playGame(sc, `v2-${i}`, botsFor('iron-triangle')!);
    expect(rated.state.customers.hexi!.rating).toBeDefined();
    for (const g of [game, rated]) {
      const cut = Math.floor(g.log.length / 2);
      const first = replay(sc, g.state.seed, g.log.slice(0, cut));
      const restored = JSON.parse(JSON.stringify(first.state));
      const rest = replay(sc, g.state.seed, g.log.slice(cut), restored);
      expect(rest.error).toBeNull();
      expect(stateHash(rest.state)).toBe(stateHash(g.state));
      expect(computeKpis(sc, rest.state)).toEqual(computeKpis(sc, g.state));
    }
  });

  it('the fuzzer keeps its invariants on it', () => {
    const st = fuzz(sc, { actions: 6000, seed: 'fuzz-v2-1' });
    expect(st.accepted).toBeGreaterThan(1000);
    expect(st.finishedGames).toBeGreaterThan(0);
  });
});
