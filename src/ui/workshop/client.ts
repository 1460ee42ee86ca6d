/**
 * The sync client: every action the local engine accepts goes to the workshop server with
 * its seq and the local state hash, over the WebSocket (HTTP POST while the socket is
 * down), one at a time; the ack's hash is compared with the local one. Actions typed
 * offline wait (and survive a reload, in localStorage) and are sent again on reconnect.
 * A poll every few seconds reads the light status (pacing, pause, the server's `next`;
 * the server also pushes it on the socket when it changes) and notices a week the
 * server ended by itself. Whenever the two games differ, the local one is rebuilt from the
 * server's log and handed to the app (`it-workshop-play`).
 */
import { stateHash, type Action } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { Session } from '../session.ts';
import type { Role } from '../../scenario/enums.ts';
import { api, ApiFailure, type Pace, type RoleStatus, type TeamStatus, type TeamView } from './api.ts';
import { SyncQueue, type AckMessage, type Pending, type Verdict } from './sync-queue.ts';
import { rebuild, roleOf, storage, type Rebuilt, type Stored } from './team.ts';

export type Connection = 'connecting' | 'online' | 'offline' | 'ended' | 'rejoin';
export type Note = 'resynced' | 'mismatch' | null;
type Reply = { kind: 'ack'; ack: AckMessage } | { kind: 'refused'; code: string; seq?: number };

const POLL_MS = 2500;
const REPLY_TIMEOUT_MS = 8000;
export const PLAY_EVENT = 'it-workshop-play';

export class SyncClient {
  readonly queue: SyncQueue;
  session: Session;
  connection: Connection = 'connecting';
  note: Note = null;
  private pace: Pace | null = null;
  /** Role laptops: the role this laptop holds, each role's status, and whether this one asked to end the week. */
  readonly role: Role | null;
  roles: RoleStatus[] | null = null;
  readyAsked = false;
  private paceAt = 0;
  private ws: WebSocket | null = null;
  private wsReady = false;
  private wsFailures = 0;
  private inflight: { seq: number; done: (r: Reply) => void } | null = null;
  private pumping = false;
  private stopped = false;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private listeners = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;

  constructor(readonly stored: Stored, readonly names: { team: string; event: string }, private readonly sc: Scenario, private readonly contentHash: string, first: Rebuilt, view: TeamView, private readonly host: EventTarget) {
    this.queue = new SyncQueue(first.acked, first.pending);
    this.session = first.session;
    this.role = roleOf(view);
    this.roles = view.roles ?? null;
    this.setPace(view.pace ?? null);
    this.attach(first.session);
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  private notify(): void {
    for (const fn of this.listeners) fn();
  }

  start(): void {
    this.connect();
    this.pollTimer = setInterval(() => void this.poll(), POLL_MS);
    void this.pump();
  }

  stop(): void {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    for (const t of this.timers) clearTimeout(t);
    this.ws?.close();
    this.detach();
  }

  /** The week's time left now (ms), or null without a time limit. */
  timeLeftMs(now = performance.now()): number | null {
    const p = this.pace;
    if (!p || p.timeLeftMs === null) return null;
    return p.paused ? p.timeLeftMs : Math.max(0, p.timeLeftMs - (now - this.paceAt));
  }
  get paused(): boolean {
    return this.pace?.paused === true;
  }

  private setPace(p: Pace | null): void {
    this.pace = p;
    this.paceAt = performance.now();
  }

  // ── the local game ─────────────────────────────────────────────────────────
  private attach(s: Session): void {
    this.session = s;
    s.onApplied = (action, seq) => this.enqueue(s, action, seq);
    if (this.role) s.onEndTurn = () => void this.setReady(true);
    this.unsubscribe = s.subscribe(() => storage.saveTurn(this.stored.eventId, s.log.length, s.turn));
  }
  private detach(): void {
    this.session.onApplied = null;
    this.session.onEndTurn = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private enqueue(s: Session, action: Action, seq: number): void {
    const p: Pending = { seq, action, hash: stateHash(s.state) };
    try {
      this.queue.push(p);
    } catch {
      void this.resync('resynced');
      return;
    }
    this.persist();
    this.notify();
    void this.pump();
  }

  private persist(): void {
    storage.saveQueue(this.stored.eventId, { base: this.queue.acked, actions: this.queue.pending.map((p) => p.action) });
  }

  /**
   * Role laptops: this role is ready (or no longer) to end the week. What waits is sent
   * first; the server ends the week when all three roles are ready.
   */
  async setReady(ready: boolean): Promise<void> {
    if (!this.role) return;
    this.readyAsked = ready;
    this.notify();
    await this.pump();
    if (this.queue.waiting > 0) {
      this.readyAsked = false;
      this.notify();
      return;
    }
    try {
      const r = await api<{ week: number; ended: boolean; roles: RoleStatus[] }>('POST', `/api/teams/${encodeURIComponent(this.stored.teamId)}/ready`, this.stored.token, { week: this.session.state.week, ready });
      this.roles = r.roles;
      if (r.ended || r.week !== this.session.state.week) await this.resync('resynced', undefined, true);
    } catch (e) {
      this.readyAsked = false;
      this.failed(e);
    }
    this.notify();
  }

  /**
   * Rebuild the game from the server's log (the truth). With `keep` the waiting actions
   * are played again on top of it as far as the engine accepts them (the server's log
   * only moved on with others' actions: an inject, another role's), else they are dropped.
   */
  private async resync(note: Note, given?: TeamView, keep = false): Promise<void> {
    let view = given;
    try {
      view ??= await api<TeamView>('GET', `/api/teams/${encodeURIComponent(this.stored.teamId)}`, this.stored.token);
    } catch (e) {
      this.failed(e);
      return;
    }
    if (!keep) storage.saveQueue(this.stored.eventId, null);
    const next = rebuild(this.sc, this.contentHash, view, this.stored.eventId, keep);
    const week = this.session.state.week;
    this.detach();
    this.queue.reset(next.acked);
    for (const p of next.pending) this.queue.push(p);
    this.persist();
    this.roles = view.roles ?? this.roles;
    if (next.session.state.week !== week) this.readyAsked = false;
    this.attach(next.session);
    this.setPace(view.pace ?? null);
    // On role laptops the others' actions arrive this way all the time: that is no news.
    if (!(keep && this.role)) this.note = note;
    this.host.dispatchEvent(new CustomEvent(PLAY_EVENT, { detail: next.session }));
    this.notify();
  }

  private failed(e: unknown): void {
    const code = e instanceof ApiFailure ? e.code : 'network';
    const v = this.queue.onRefused(code);
    this.connection = v === 'rejoin' ? 'rejoin' : v === 'ended' ? 'ended' : this.wsReady ? this.connection : 'offline';
    this.notify();
  }

  // ── sending ────────────────────────────────────────────────────────────────
  private async pump(): Promise<void> {
    if (this.pumping || this.stopped || this.connection === 'ended' || this.connection === 'rejoin') return;
    this.pumping = true;
    let verdict: Verdict = 'sent';
    let code = '';
    try {
      for (let p = this.queue.next(); p && !this.stopped; p = this.queue.next()) {
        const sent = this.session;
        const r = await this.sendOne(p);
        if (sent !== this.session) break; // rebuilt meanwhile
        verdict = r.kind === 'ack' ? this.queue.onAck(r.ack) : this.queue.onRefused(r.code, r.seq);
        code = r.kind === 'ack' ? '' : r.code;
        if (verdict === 'sent' || verdict === 'ignore') {
          if (r.kind === 'ack' && this.connection !== 'online') this.connection = 'online';
          this.persist();
          this.notify();
          continue;
        }
        break;
      }
    } finally {
      this.pumping = false;
    }
    if (verdict === 'retry') {
      if (!this.wsReady) this.connection = 'offline';
      this.later(() => void this.pump(), 2000);
    } else if (verdict === 'resync') {
      // Out of sequence: others added to the log (an inject, another role): play what waits on top of theirs.
      await this.resync(this.queue.mismatches > 0 ? 'mismatch' : 'resynced', undefined, code === 'outOfSequence');
      if (this.queue.waiting > 0) void this.pump();
    } else if (verdict === 'rejoin' || verdict === 'ended') {
      this.connection = verdict;
    }
    this.notify();
  }

  private sendOne(p: Pending): Promise<Reply> {
    if (this.wsReady && this.ws) {
      const ws = this.ws;
      return new Promise<Reply>((done) => {
        const timer = setTimeout(() => {
          this.inflight = null;
          done({ kind: 'refused', code: 'timeout' });
          ws.close();
        }, REPLY_TIMEOUT_MS);
        this.inflight = { seq: p.seq, done: (r) => (clearTimeout(timer), done(r)) };
        ws.send(JSON.stringify({ type: 'action', seq: p.seq, action: p.action, hash: p.hash }));
      });
    }
    return api<AckMessage>('POST', `/api/teams/${encodeURIComponent(this.stored.teamId)}/actions`, this.stored.token, { seq: p.seq, action: p.action, hash: p.hash })
      .then((ack): Reply => ({ kind: 'ack', ack }), (e: unknown): Reply => ({ kind: 'refused', code: e instanceof ApiFailure ? e.code : 'network' }));
  }

  // ── the WebSocket ──────────────────────────────────────────────────────────
  private connect(): void {
    if (this.stopped || typeof WebSocket === 'undefined') return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/ws`;
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch {
      return this.reconnectLater();
    }
    this.ws = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: 'auth', token: this.stored.token }));
    ws.onmessage = (m) => this.onMessage(m.data);
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.wsReady = false;
      this.settle({ kind: 'refused', code: 'network' });
      this.reconnectLater();
      this.notify();
    };
  }

  private reconnectLater(): void {
    if (this.stopped || this.connection === 'ended' || this.connection === 'rejoin') return;
    this.wsFailures++;
    this.later(() => this.connect(), Math.min(5000, 500 * 2 ** Math.min(this.wsFailures, 4)));
  }

  private settle(r: Reply): void {
    const f = this.inflight;
    this.inflight = null;
    f?.done(r);
  }

  private onMessage(data: unknown): void {
    let m: { type?: string; seq?: number; error?: { code?: string } } & Partial<AckMessage> & Partial<TeamView>;
    try {
      m = JSON.parse(String(data));
    } catch {
      return;
    }
    if (m.type === 'ready') {
      this.wsReady = true;
      this.wsFailures = 0;
      this.connection = 'online';
      void this.onView(m as unknown as TeamView);
    } else if (m.type === 'status') {
      // Pushed by the server: the pacing or the event changed, or another laptop moved the game on.
      void this.onView(m as unknown as TeamStatus);
    } else if (m.type === 'ack' && this.inflight && m.seq === this.inflight.seq) {
      this.settle({ kind: 'ack', ack: m as AckMessage });
    } else if (m.type === 'refused') {
      const code = m.error?.code ?? 'internal';
      if (!this.wsReady && (code === 'badToken' || code === 'unauthorized')) {
        this.connection = 'rejoin';
        this.notify();
      } else if (this.inflight && (m.seq === undefined || m.seq === this.inflight.seq)) {
        this.settle({ kind: 'refused', code, ...(m.seq !== undefined ? { seq: m.seq } : {}) });
      }
    }
  }

  // ── polling ────────────────────────────────────────────────────────────────
  /** The light status (a few hundred bytes); the whole game (its log) is read only when it differs from ours. */
  private async poll(): Promise<void> {
    if (this.stopped || this.connection === 'rejoin') return;
    try {
      const status = await api<TeamStatus>('GET', `/api/teams/${encodeURIComponent(this.stored.teamId)}/status`, this.stored.token);
      if (this.connection === 'offline' || this.connection === 'connecting') this.connection = 'online';
      await this.onView(status);
    } catch (e) {
      // The server cannot be reached over HTTP: the socket is as good as gone too (a dropped
      // network leaves it half-open for minutes), so close it and play on offline.
      if (e instanceof ApiFailure && e.code === 'network' && this.ws) {
        const ws = this.ws;
        [this.ws, this.wsReady] = [null, false];
        ws.close();
        this.settle({ kind: 'refused', code: 'network' });
        this.reconnectLater();
      }
      this.failed(e);
    }
  }

  private async onView(view: TeamView | TeamStatus): Promise<void> {
    this.setPace(view.pace ?? null);
    if ('roles' in view && view.roles) this.roles = view.roles;
    if (view.event.status === 'ended') this.connection = 'ended';
    if (view.game && !this.pumping && this.queue.onServerView(view.game.next) === 'resync') await this.resync('resynced', 'log' in view.game ? view as TeamView : undefined, true);
    else if (!this.pumping) void this.pump();
    this.notify();
  }

  private later(fn: () => void, ms: number): void {
    const t = setTimeout(() => {
      this.timers = this.timers.filter((x) => x !== t);
      fn();
    }, ms);
    this.timers.push(t);
  }
}

/** The one sync client of this page (the connection badge reads it). */
export const active = {
  client: null as SyncClient | null,
  listeners: new Set<() => void>(),
  set(c: SyncClient | null): void {
    this.client = c;
    for (const fn of this.listeners) fn();
  },
};
