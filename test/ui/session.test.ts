import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { Session } from '../../src/ui/session.ts';
import { legalActions, replay, stateHash } from '../../src/engine/index.ts';
import { parseSave, verifySave } from '../../src/save/format.ts';

const { scenario, contentHash } = bundled('flagship');

describe('browser session', () => {
  it('weekStart: the numbers as the week began, exact after a reload mid-week too', () => {
    const s = new Session(scenario, contentHash, 'ws1', 'solo', 'AR');
    s.runBots();
    for (let w = 0; w < 6; w++) s.endTurn();
    const atStart = s.weekStart();
    expect(atStart.kpis).toEqual(s.kpis()); // the AR's turn has not begun: nothing changed yet
    expect(atStart.cash).toBe(s.state.cash);
    const legal = legalActions(scenario, s.state, 'AR').find((a) => a.kind === 'marketing' && a.activity === 'seminar');
    expect(legal).toBeDefined();
    expect(s.act(legal!).ok).toBe(true);
    expect(s.weekStart()).toEqual(atStart); // the seminar's cost is a change since the week began
    expect(s.state.cash).toBeLessThan(atStart.cash);
    const again = Session.fromSave(scenario, contentHash, parseSaveOrThrow(JSON.stringify(s.toSave())));
    expect(again.weekStart()).toEqual(atStart);
    s.endTurn();
    expect(s.weekStart().kpis).toEqual(s.kpis()); // a new week: a new baseline
  });

  it('solo: bots play the other roles; the player acts on their turn; the log is the game', () => {
    const s = new Session(scenario, contentHash, 's1', 'solo', 'SR');
    s.runBots();
    expect(s.turn).toBe('SR'); // AR (bot) has played week 1
    expect(s.feed.some((f) => f.by === 'bot' && f.role === 'AR')).toBe(true);
    s.endTurn(); // FR bot, the world moves, AR bot of week 2
    expect(s.state.week).toBe(2);
    expect(s.turn).toBe('SR');
    const r = replay(scenario, 's1', s.log);
    expect(stateHash(r.state)).toBe(s.hash());
    expect(r.weekHashes).toEqual(s.weekHashes);
  });

  it('refuses an action for a role whose turn it is not, changing nothing', () => {
    const s = new Session(scenario, contentHash, 's2', 'team', 'AR');
    s.runBots();
    expect(s.turn).toBe('AR');
    const before = s.hash();
    const r = s.act({ kind: 'orderParts', role: 'FR', qty: 1 });
    expect(r).toEqual({ ok: false, rejection: { code: 'notYourTurn', params: { role: 'AR' } } });
    expect(s.hash()).toBe(before);
    expect(s.log).toHaveLength(0);
  });

  it('team: AR → SR → FR → the world moves', () => {
    const s = new Session(scenario, contentHash, 's3', 'team', 'AR');
    s.runBots();
    const seen = [s.turn];
    for (let i = 0; i < 3; i++) {
      s.endTurn();
      seen.push(s.turn);
    }
    expect(seen).toEqual(['AR', 'SR', 'FR', 'AR']);
    expect(s.state.week).toBe(2);
  });

  it('save mid-turn → restore gives the same state hash and the same turn; play goes on identically', () => {
    const s = new Session(scenario, contentHash, 's4', 'solo', 'AR');
    s.runBots();
    for (let w = 0; w < 3; w++) {
      const a = legalActions(scenario, s.state, 'AR').find((x) => x.kind === 'marketing');
      if (a) s.act(a);
      s.endTurn();
    }
    const a = legalActions(scenario, s.state, 'AR').find((x) => x.kind !== 'endWeek');
    if (a) s.act(a);
    const save = JSON.parse(JSON.stringify(s.toSave()));
    const parsed = parseSave(JSON.stringify(save));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(verifySave(scenario, contentHash, parsed.save).ok).toBe(true);
    const back = Session.fromSave(scenario, contentHash, parsed.save);
    expect(back.hash()).toBe(s.hash());
    expect(back.turn).toBe(s.turn);
    expect(back.mode).toBe('solo');
    s.endTurn();
    back.endTurn();
    expect(back.hash()).toBe(s.hash());
  });
});

describe('what-if branches and reflection notes', () => {
  it('a branch from week N keeps weeks before N, plays on from there, and saves its origin and notes', () => {
    const tutorial = bundled('tutorial');
    const s = new Session(tutorial.scenario, tutorial.contentHash, 'branch-1', 'solo', 'AR');
    s.runBots();
    while (!s.state.finished) s.endTurn();
    s.notes = { q1: 'win the Qingjiang deal' };
    const b = s.branchAt(4);
    expect(b.state.week).toBe(4);
    expect(b.weekHashes).toEqual(s.weekHashes.slice(0, 3));
    expect(b.origin).toEqual({ fromWeek: 4, log: s.log });
    b.runBots();
    b.act({ kind: 'marketing', role: 'AR', activity: 'seminar' });
    while (!b.state.finished) b.endTurn();
    expect(b.weekHashes.slice(0, 3)).toEqual(s.weekHashes.slice(0, 3));
    expect(b.weekHashes[3]).not.toBe(s.weekHashes[3]);
    // The branch's save verifies whole: its own log and the original game it names.
    expect(verifySave(tutorial.scenario, tutorial.contentHash, parseSaveOrThrow(JSON.stringify(b.toSave()))).ok).toBe(true);
    const saved = Session.fromSave(tutorial.scenario, tutorial.contentHash, parseSaveOrThrow(JSON.stringify(b.toSave())));
    expect(saved.origin).toEqual(b.origin);
    const original = Session.fromSave(tutorial.scenario, tutorial.contentHash, parseSaveOrThrow(JSON.stringify(s.toSave())));
    expect(original.notes).toEqual({ q1: 'win the Qingjiang deal' });
  });
});

function parseSaveOrThrow(text: string) {
  const r = parseSave(text);
  if (!r.ok) throw new Error(r.message);
  return r.save;
}
