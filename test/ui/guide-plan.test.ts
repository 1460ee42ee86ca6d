/**
 * The first-week guide asks each role for a real move the engine allows right now, of the
 * role's own job, and says which pipeline item to select first; when the role has nothing
 * to do it says so (the guide then waits for the week's end). It starts by itself only for
 * a first-time player in the tutorial's first week, solo.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { Session } from '../../src/ui/session.ts';
import { actionCost, candidateActions, validate } from '../../src/engine/index.ts';

const ENG = { candidateActions, validate, actionCost, isGeneral, customerPrefix: CUSTOMER_PREFIX };
import { TEACHING_ORDER, movesSince, suggest, tokenFor } from '../../src/ui/onboarding/guide-plan.ts';
import { shouldAutoStart } from '../../src/ui/onboarding/prefs.ts';
import { CUSTOMER_PREFIX, isGeneral, resolveFocus } from '../../src/ui/focus.ts';
import { playerView } from '../../src/engine/index.ts';

const tutorial = bundled('tutorial').scenario;

describe('guide plan', () => {
  for (const role of ['AR', 'SR', 'FR'] as const) {
    it(`${role}: within the first two weeks the guide asks for a valid move of ${role}'s own job, reachable by selecting its token`, () => {
      const s = new Session(tutorial, 'x', `plan-${role}`, 'solo', role);
      s.runBots();
      let sug = suggest(ENG, s.sc, s.state, role);
      if (!sug) {
        // Nothing this week (SR before AR has an opportunity): the guide waits for the week's end.
        s.endTurn();
        sug = suggest(ENG, s.sc, s.state, role);
      }
      expect(sug).not.toBeNull();
      expect(TEACHING_ORDER[role]).toContain(sug!.action.kind);
      expect(validate(s.sc, s.state, sug!.action, true)).toBeNull();
      if (sug!.token !== null) {
        // Selecting the token brings the item into focus (what the action panel lists).
        expect(resolveFocus(playerView(s.sc, s.state, role), sug!.token)).not.toBeNull();
      }
      const before = s.log.length;
      expect(movesSince(s.log, before, role)).toBe(0);
      expect(s.act(sug!.action).ok).toBe(true);
      expect(movesSince(s.log, before, role)).toBe(1);
      // The end of the week is not a move, and bots' moves are not the player's.
      const mark = s.log.length;
      s.endTurn();
      expect(movesSince(s.log, mark, role)).toBe(0);
    });
  }

  it('AR is asked to qualify the tutorial lead first, after selecting that lead', () => {
    const s = new Session(tutorial, 'x', 'plan-ar', 'solo', 'AR');
    s.runBots();
    const sug = suggest(ENG, s.sc, s.state, 'AR')!;
    expect(sug.action.kind).toBe('qualifyLead');
    expect(sug.token).toBe((sug.action as { lead: string }).lead);
  });

  it('SR\'s first move in the tutorial is a technical exchange with a customer (no opportunity is open yet)', () => {
    const s = new Session(tutorial, 'x', 'plan-sr', 'solo', 'SR');
    s.runBots();
    expect(suggest(ENG, s.sc, s.state, 'SR')?.action.kind).toBe('technicalExchange');
  });

  it('general actions need no selection', () => {
    const s = new Session(tutorial, 'x', 'plan-fr', 'solo', 'FR');
    expect(tokenFor(ENG, s.state, { kind: 'orderParts', role: 'FR', qty: 2 } as never)).toBeNull();
    expect(tokenFor(ENG, s.state, { kind: 'creditCheck', role: 'AR', customer: 'qingjiang' } as never)).toBe('customer:qingjiang');
  });
});

describe('the guide starts by itself', () => {
  const game = (mode: string, id: string, week: number) => ({ mode, sc: { id }, state: { week } });
  it('only solo, in the tutorial, in week 1, for a first-time player', () => {
    expect(shouldAutoStart(game('solo', 'tutorial', 1))).toBe(true);
    expect(shouldAutoStart(game('team', 'tutorial', 1))).toBe(false);
    expect(shouldAutoStart(game('solo', 'flagship', 1))).toBe(false);
    expect(shouldAutoStart(game('solo', 'tutorial', 2))).toBe(false);
    const store = new Map<string, string>([['iron-triangle.guide', 'done']]);
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) } });
    try {
      expect(shouldAutoStart(game('solo', 'tutorial', 1))).toBe(false);
    } finally {
      if (saved) Object.defineProperty(globalThis, 'localStorage', saved);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
