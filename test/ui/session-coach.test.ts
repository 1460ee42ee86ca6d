/**
 * The coach in a game: asked through the session (the player's view only), each use
 * saved with the game — never in the action log or a hash —, switchable off.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { Session } from '../../src/ui/session.ts';
import { advise } from '../../src/coach/advise.ts';
import { parseSave, verifySave } from '../../src/save/format.ts';
import { coachUsageLines } from '../../src/i18n/coach-usage.ts';

const { scenario, contentHash } = bundled('tutorial');

function load(text: string) {
  const p = parseSave(text);
  if (!p.ok) throw new Error(p.message);
  return p.save;
}

describe('the coach in a session', () => {
  it('records each use with the suggestion taken, outside the log and the hashes', () => {
    const s = new Session(scenario, contentHash, 'coach-s1', 'solo', 'AR');
    s.runBots();
    const logBefore = s.log.length;
    const hashBefore = s.hash();
    const r = s.askCoach(advise);
    if (!r.ok) throw new Error(r.reason);
    expect(r.advice.length).toBeGreaterThan(0);
    expect(s.log.length).toBe(logBefore);
    expect(s.hash()).toBe(hashBefore);
    expect(s.coachUses).toEqual([{ week: 1, role: 'AR', taken: null }]);
    const first = r.advice[0]!.action;
    expect(first.kind).not.toBe('endWeek');
    expect(s.act(first).ok).toBe(true);
    expect(s.coachUses[0]!.taken).toBe(1);
    // Asked again, and this time the player does something else.
    const again = s.askCoach(advise);
    expect(again.ok).toBe(true);
    s.endTurn();
    s.askCoach(advise);
    expect(s.coachUses.map((u) => [u.week, u.taken === null ? 0 : u.taken])).toEqual([[1, 1], [1, again.ok && again.advice[0]!.action.kind === 'endWeek' ? 1 : 0], [2, 0]]);

    // Saved, verified and restored; a game played the same way without the coach has the same hashes.
    const save = load(JSON.stringify(s.toSave()));
    expect(save.coach).toEqual({ allowed: true, uses: s.coachUses });
    expect(verifySave(scenario, contentHash, save).ok).toBe(true);
    const back = Session.fromSave(scenario, contentHash, save);
    expect(back.coachUses).toEqual(s.coachUses);
    const plain = { ...save };
    delete plain.coach;
    const noCoach = load(JSON.stringify(plain));
    expect(noCoach.weekHashes).toEqual(save.weekHashes);
    expect(noCoach.finalHash).toBe(save.finalHash);
    // An old save (before the coach) loads: no uses, the coach available.
    const old = Session.fromSave(scenario, contentHash, noCoach);
    expect(old.coachUses).toEqual([]);
    expect(old.coachAvailable()).toBe(true);

    expect(coachUsageLines('en', save.coach)[0]).toBe('Coach asked 3 times: weeks 1, 2.');
    expect(coachUsageLines('zh', save.coach)[0]).toBe('共询问智慧小玄 3 次：第 1、2 周。');
    expect(coachUsageLines('en', undefined)).toEqual([]);
  });

  it('switched off by the instructor or the scenario: refused, and the save says so', () => {
    const s = new Session(scenario, contentHash, 'coach-s2', 'solo', 'SR');
    s.coachAllowed = false;
    s.runBots();
    expect(s.askCoach(advise)).toEqual({ ok: false, reason: 'coachOff' });
    expect(s.coachUses).toEqual([]);
    const save = load(JSON.stringify(s.toSave()));
    expect(save.coach?.allowed).toBe(false);
    expect(Session.fromSave(scenario, contentHash, save).coachAvailable()).toBe(false);
    expect(coachUsageLines('en', save.coach)).toEqual(['The coach was switched off for this game.']);

    const competition = new Session({ ...scenario, coach: false }, contentHash, 'coach-s3', 'solo', 'AR');
    competition.runBots();
    expect(competition.coachAvailable()).toBe(false);
    expect(competition.askCoach(advise)).toEqual({ ok: false, reason: 'coachOff' });
  });

  it('refused when no person holds the turn', () => {
    const s = new Session(scenario, contentHash, 'coach-s4', 'solo', 'FR');
    s.runBots();
    while (!s.state.finished) s.endTurn();
    expect(s.askCoach(advise)).toEqual({ ok: false, reason: 'notYourTurn' });
  });
});
