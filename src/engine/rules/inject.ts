/**
 * The facilitator's live inject (issue 12): during a workshop the facilitator fires one of
 * the scenario's events, or types an announcement in zh and en, for every team at the same
 * week. The workshop server appends it to each team's log (a team can never send one: the
 * server refuses it), so a replay — the server's, the archive's, `cli verify` — is exact.
 *
 * A scenario event fired this way counts as fired: its own trigger never fires it again
 * (runScript skips fired events). An announcement changes nothing in the world; it is in
 * the log and the feed. It costs no one any days.
 */
import type { ActionDef } from './types.ts';
import { reject } from './types.ts';
import { emit } from '../context.ts';
import { fireEvent } from './script.ts';

export const inject: ActionDef<'inject'> = {
  kind: 'inject',
  category: 'internal',
  cost: () => ({}),
  check: ({ s, sc }, a) => {
    if ((a.event === undefined) === (a.text === undefined)) return reject('badInject');
    if (a.event === undefined) return null;
    if (!sc.events.some((e) => e.id === a.event)) return reject('unknownEvent', { event: a.event });
    if (s.firedEvents.includes(a.event)) return reject('eventAlreadyFired', { event: a.event });
    return null;
  },
  perform: (ctx, a) => {
    if (a.text) {
      emit(ctx, 'injected', { zh: a.text.zh, en: a.text.en });
      return;
    }
    const ev = ctx.sc.events.find((e) => e.id === a.event)!;
    fireEvent(ctx, ev);
    emit(ctx, 'injected', { event: ev.id });
  },
};
