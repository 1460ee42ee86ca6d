/** The workshop client's queue: what each answer from the server does to the waiting actions. */
import { describe, expect, it } from 'vitest';
import { canonicalJson, type Action } from '../../../src/engine/index.ts';
import { SyncQueue, actionsToResend } from '../../../src/ui/workshop/sync-queue.ts';

const end: Action = { kind: 'endWeek' };
const mk = (n: number): Action => ({ kind: 'marketing', role: 'AR', channel: `c${n}` } as unknown as Action);
const p = (seq: number, hash = `h${seq}`) => ({ seq, action: mk(seq), hash });
const ack = (seq: number, hash = `h${seq}`, extra = {}) => ({ seq, hash, week: 1, finished: false, ...extra });
const same = (a: Action, b: Action) => canonicalJson(a) === canonicalJson(b);

describe('SyncQueue', () => {
  it('sends the oldest waiting action first and moves on only on its ack', () => {
    const q = new SyncQueue(3);
    q.push(p(3));
    q.push(p(4));
    expect([q.waiting, q.length, q.next()?.seq]).toEqual([2, 5, 3]);
    expect(q.onAck(ack(3))).toBe('sent');
    expect([q.acked, q.waiting, q.next()?.seq]).toEqual([4, 1, 4]);
    expect(q.onAck(ack(4))).toBe('sent');
    expect([q.acked, q.waiting, q.next()]).toEqual([5, 0, null]);
  });

  it('refuses an action whose seq is not the next index of the local log', () => {
    const q = new SyncQueue(2);
    expect(() => q.push(p(3))).toThrow(/not the next one \(2\)/);
    q.push(p(2));
    expect(() => q.push(p(2))).toThrow(/not the next one \(3\)/);
  });

  it('counts a duplicate ack (a resend the server already stored) as sent', () => {
    const q = new SyncQueue(0, [p(0), p(1)]);
    expect(q.onAck(ack(0, 'h0', { duplicate: true }))).toBe('sent');
    expect(q.acked).toBe(1);
  });

  it('ignores an ack for an action no longer waiting, and re-syncs on an ack from the future', () => {
    const q = new SyncQueue(0, [p(0), p(1)]);
    q.onAck(ack(0));
    expect(q.onAck(ack(0))).toBe('ignore');
    expect(q.waiting).toBe(1);
    expect(q.onAck(ack(5))).toBe('resync');
    expect(new SyncQueue(4).onAck(ack(4))).toBe('ignore');
  });

  it('re-syncs when the server\'s hash differs from the local one (the action is stored all the same)', () => {
    const q = new SyncQueue(0, [p(0), p(1)]);
    expect(q.onAck(ack(0, 'other'))).toBe('resync');
    expect([q.acked, q.mismatches]).toEqual([1, 1]);
  });

  it('keeps an action waiting through the offline, paused, rate-limited and storage refusals', () => {
    for (const code of ['network', 'timeout', 'paused', 'rateLimited', 'storageFailed', 'internal']) {
      const q = new SyncQueue(0, [p(0)]);
      expect(q.onRefused(code, 0), code).toBe('retry');
      expect(q.next()?.seq, code).toBe(0);
    }
  });

  it('re-syncs on the refusals that mean the server\'s log went another way', () => {
    for (const code of ['outOfSequence', 'illegal', 'weekTimeUp', 'badAction', 'wrongRole']) expect(new SyncQueue(0, [p(0)]).onRefused(code, 0), code).toBe('resync');
  });

  it('asks to join again on a dead token and stops after the end of the event', () => {
    expect(new SyncQueue(0, [p(0)]).onRefused('badToken', 0)).toBe('rejoin');
    expect(new SyncQueue(0, [p(0)]).onRefused('notYourTeam')).toBe('rejoin');
    expect(new SyncQueue(0, [p(0)]).onRefused('eventEnded', 0)).toBe('ended');
  });

  it('ignores a late refusal of an action already acknowledged', () => {
    const q = new SyncQueue(0, [p(0), p(1)]);
    q.onAck(ack(0));
    expect(q.onRefused('outOfSequence', 0)).toBe('ignore');
  });

  it('re-syncs when the server\'s log moved on alone, but not for actions it holds whose acks were lost', () => {
    const idle = new SyncQueue(7);
    expect(idle.onServerView(7)).toBe('ok');
    expect(idle.onServerView(8)).toBe('resync'); // the pacing sweep ended the week
    const busy = new SyncQueue(7, [p(7), p(8)]);
    expect(busy.onServerView(7)).toBe('ok');
    expect(busy.onServerView(9)).toBe('ok'); // both stored, acks on the way
    expect(busy.onServerView(10)).toBe('resync');
    expect(busy.onServerView(6)).toBe('resync');
  });

  it('starts over from the server\'s log length after a rebuild', () => {
    const q = new SyncQueue(2, [p(2), p(3)]);
    q.reset(4);
    expect([q.acked, q.waiting, q.length]).toEqual([4, 0, 4]);
    q.push(p(4));
    expect(q.next()?.seq).toBe(4);
  });
});

describe('actionsToResend (after a reload)', () => {
  const server = [mk(0), mk(1), end];
  it('sends again every waiting action the server does not hold', () => {
    expect(actionsToResend(server, { base: 3, actions: [mk(3), mk(4)] }, same)).toEqual([mk(3), mk(4)]);
  });
  it('skips those the server stored before the reload (their acks were lost)', () => {
    expect(actionsToResend([...server, mk(3)], { base: 3, actions: [mk(3), mk(4)] }, same)).toEqual([mk(4)]);
    expect(actionsToResend([...server, mk(3), mk(4)], { base: 3, actions: [mk(3), mk(4)] }, same)).toEqual([]);
  });
  it('drops them when the server\'s log went another way (a forced end of week)', () => {
    expect(actionsToResend([...server, end], { base: 3, actions: [mk(3), mk(4)] }, same)).toEqual([]);
    expect(actionsToResend(server, { base: 5, actions: [mk(5)] }, same)).toEqual([]);
    expect(actionsToResend([...server, mk(3), mk(4), mk(5)], { base: 3, actions: [mk(3)] }, same)).toEqual([]);
  });
  it('plays them on top of what others added meanwhile: the facilitator\'s injects, the other roles\' actions', () => {
    const inject: Action = { kind: 'inject', text: { zh: '通知', en: 'Notice' } };
    const sr = (n: number): Action => ({ kind: 'marketing', role: 'SR', channel: `s${n}` } as unknown as Action);
    const mine = (a: Action) => 'role' in a && a.role === 'AR';
    expect(actionsToResend([...server, inject], { base: 3, actions: [mk(3), mk(4)] }, same)).toEqual([mk(3), mk(4)]);
    expect(actionsToResend([...server, sr(3), mk(3), inject], { base: 3, actions: [mk(3), mk(4)] }, same, mine)).toEqual([mk(4)]);
    // Without `mine` (one laptop) every other action is this laptop's own: the log went another way.
    expect(actionsToResend([...server, sr(3)], { base: 3, actions: [mk(3)] }, same)).toEqual([]);
    // A week this laptop did not end, even among others' actions, drops them.
    expect(actionsToResend([...server, sr(3), end], { base: 3, actions: [mk(3)] }, same, mine)).toEqual([]);
  });
  it('has nothing to send without a stored queue', () => {
    expect(actionsToResend(server, null, same)).toEqual([]);
    expect(actionsToResend(server, { base: 3, actions: [] }, same)).toEqual([]);
  });
});
