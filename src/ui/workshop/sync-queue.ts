/**
 * The workshop client's bookkeeping, with no network and no DOM (unit-tested in Node).
 *
 * The team's local log is the server's acknowledged prefix (`acked` actions) followed by
 * the actions still waiting (`pending`), each with the seq (its index in the log) and the
 * state hash the local engine computed after it. Actions go one at a time (stop and
 * wait): the first pending one is sent, and only its ack moves the queue on. A resend
 * after a lost ack is harmless — the server acknowledges a duplicate again.
 *
 * What to do with each answer is decided here (`onAck`, `onRefused`, `onServerView`);
 * the client (client.ts) only carries messages and rebuilds the game when told to.
 */
import type { Action } from '../../engine/index.ts';

export interface Pending { seq: number; action: Action; hash: string }
export interface AckMessage { seq: number; hash: string; week: number; finished: boolean; duplicate?: boolean }

/**
 * - `sent`: the action is stored; carry on with the next.
 * - `retry`: the action is still waiting (offline, paused, rate-limited, a storage hiccup): send it again later.
 * - `resync`: the local game and the server's differ (a forced end of week, a refusal, a
 *   hash mismatch): rebuild the game from the server's log. Waiting actions are dropped.
 * - `rejoin`: the session token is no longer valid.
 * - `ended`: the event has ended; nothing more is accepted.
 * - `ignore`: an answer to something no longer waiting (a late duplicate).
 */
export type Verdict = 'sent' | 'retry' | 'resync' | 'rejoin' | 'ended' | 'ignore';

/** Refusals that leave the action waiting, to be sent again later. */
const RETRY = new Set(['paused', 'rateLimited', 'storageFailed', 'internal', 'notStarted', 'network', 'timeout']);
const REJOIN = new Set(['badToken', 'unauthorized', 'notYourTeam']);
const ENDED = new Set(['eventEnded']);

export class SyncQueue {
  private items: Pending[] = [];
  /** How many actions of the log the server has acknowledged. */
  acked: number;
  /** Hash mismatches seen (each one led to a re-sync). */
  mismatches = 0;

  constructor(acked = 0, pending: Pending[] = []) {
    this.acked = acked;
    for (const p of pending) this.push(p);
  }

  get pending(): readonly Pending[] {
    return this.items;
  }
  get waiting(): number {
    return this.items.length;
  }
  /** The length of the local log (acknowledged and waiting). */
  get length(): number {
    return this.acked + this.items.length;
  }

  /** A new local action; its seq must be the next index of the local log. */
  push(p: Pending): void {
    if (p.seq !== this.length) throw new Error(`sync queue: action seq ${p.seq} is not the next one (${this.length})`);
    this.items.push(p);
  }

  /** The action to send now, if any. */
  next(): Pending | null {
    return this.items[0] ?? null;
  }

  onAck(ack: AckMessage): Verdict {
    const head = this.items[0];
    if (!head || ack.seq < head.seq) return 'ignore';
    if (ack.seq > head.seq) return 'resync';
    this.items.shift();
    this.acked = ack.seq + 1;
    if (ack.hash !== head.hash) {
      this.mismatches++;
      return 'resync';
    }
    return 'sent';
  }

  onRefused(code: string, seq?: number): Verdict {
    const head = this.items[0];
    if (seq !== undefined && (!head || seq < head.seq)) return 'ignore';
    if (RETRY.has(code)) return 'retry';
    if (REJOIN.has(code)) return 'rejoin';
    if (ENDED.has(code)) return 'ended';
    // outOfSequence, illegal, weekTimeUp, badAction, wrongRole…: the server's log is the truth.
    return 'resync';
  }

  /**
   * The server's view of the team (its log length `next`): whether the local game must be
   * rebuilt from it. With nothing waiting, any difference means the server moved on alone
   * (the pacing sweep ended the week). With actions waiting, the server may hold some of
   * them already (acks lost on the way): only a log longer than the local one is a problem.
   */
  onServerView(next: number): 'ok' | 'resync' {
    if (this.items.length === 0) return next === this.acked ? 'ok' : 'resync';
    return next > this.length || next < this.acked ? 'resync' : 'ok';
  }

  /** After a rebuild from the server's log of `length` actions: nothing waits. */
  reset(length: number): void {
    this.acked = length;
    this.items = [];
  }
}

/** What a reload keeps of the waiting actions (localStorage): the acked count they follow and the actions. */
export interface StoredQueue { base: number; actions: Action[] }

/**
 * On a reload or a re-sync: the actions to play after the server's log so that nothing
 * typed offline is lost. `serverLog` is the server's log; `stored` the waiting actions
 * saved before. Those the server already holds (stored, ack lost) are skipped, and so are
 * what others added meanwhile — the facilitator's injects and, on role laptops, the other
 * roles' actions (`mine` tells this laptop's own). If the server's log went another way (a
 * week ended that this laptop did not end, or an own action that is not the one waiting),
 * the stored ones are dropped.
 */
export function actionsToResend(serverLog: readonly Action[], stored: StoredQueue | null, same: (a: Action, b: Action) => boolean, mine: (a: Action) => boolean = () => true): Action[] {
  if (!stored || stored.actions.length === 0) return [];
  if (serverLog.length < stored.base) return [];
  let held = 0;
  for (let i = stored.base; i < serverLog.length; i++) {
    const a = serverLog[i]!;
    if (held < stored.actions.length && same(a, stored.actions[held]!)) held++;
    else if (a.kind === 'endWeek' || (a.kind !== 'inject' && mine(a))) return [];
  }
  return stored.actions.slice(held);
}
