import { describe, expect, it } from 'vitest';
import { createGame, replay, stateHash, type Action } from '../../../src/engine/index.ts';
import { INJECT_TEXT_MAX } from '../../../src/engine/action-schema.ts';
import { act, endWeek, newGame, refused, type EventIn } from './fixture.ts';

const t = (en: string) => ({ zh: en, en });
const ev = (id: string, trigger: EventIn['trigger'], effects: EventIn['effects']): EventIn => ({ id, trigger, news: t(id), effects });
const cut = () => newGame({ events: [ev('cut', { atWeek: 3 }, [{ kind: 'competitorPriceCut', competitor: 'rival', bp: 300 }])] });

describe('the facilitator\'s inject', () => {
  it('fires a scenario event now, with its effects; its own trigger never fires it again', () => {
    const { sc, state } = cut();
    const e = act(sc, state, { kind: 'inject', event: 'cut' });
    expect(state.competitorPriceBp.rival).toBe(9200);
    expect(state.firedEvents).toEqual(['cut']);
    expect(e).toEqual([{ type: 'injected', week: 1, event: 'cut' }]);
    const later = endWeek(sc, state, 3);
    expect(later.some((x) => x.type === 'scriptedEvent')).toBe(false);
    expect(state.competitorPriceBp.rival).toBe(9200);
  });

  it('refuses an event that has fired, one the scenario does not have, and both or neither of event and text', () => {
    const { sc, state } = cut();
    endWeek(sc, state, 2);
    expect(refused(sc, state, { kind: 'inject', event: 'cut' })).toEqual({ code: 'eventAlreadyFired', params: { event: 'cut' } });
    expect(refused(sc, state, { kind: 'inject', event: 'constructor' })).toEqual({ code: 'unknownEvent', params: { event: 'constructor' } });
    expect(refused(sc, state, { kind: 'inject' }).code).toBe('badInject');
    expect(refused(sc, state, { kind: 'inject', event: 'cut', text: { zh: '好', en: 'ok' } }).code).toBe('badInject');
  });

  it('an announcement changes nothing in the world, costs no days, and is in the feed in both languages', () => {
    const { sc, state } = cut();
    const before = stateHash(state);
    const e = act(sc, state, { kind: 'inject', text: { zh: '<b>注意</b>', en: 'Heads up' } });
    expect(e).toEqual([{ type: 'injected', week: 1, zh: '<b>注意</b>', en: 'Heads up' }]);
    expect(stateHash(state)).toBe(before);
  });

  it('refuses text that is empty, too long or holds control characters', () => {
    const { sc, state } = cut();
    for (const bad of ['', '   ', 'x'.repeat(INJECT_TEXT_MAX + 1), 'a\nb', 'a\u0000', 'a\u001b[31m', 'a\u202e']) {
      expect(refused(sc, state, { kind: 'inject', text: { zh: '好', en: bad } }).code).toBe('badAction');
    }
    act(sc, state, { kind: 'inject', text: { zh: '好', en: 'x'.repeat(INJECT_TEXT_MAX) } });
  });

  it('a log with injects replays to the same state', () => {
    const { sc } = cut();
    const log: Action[] = [{ kind: 'endWeek' }, { kind: 'inject', text: { zh: '甲', en: 'A' } }, { kind: 'inject', event: 'cut' }, { kind: 'endWeek' }, { kind: 'endWeek' }];
    const state = createGame(sc, 'inject-replay');
    for (const a of log) act(sc, state, a);
    const again = replay(sc, 'inject-replay', log);
    expect(again.error).toBeFalsy();
    expect(stateHash(again.state)).toBe(stateHash(state));
  });
});
