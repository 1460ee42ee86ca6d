/**
 * Bot teams playing through the workshop server like real clients: each team's players
 * join with the team's code (one laptop, or three laptops holding one role each), open
 * their own WebSocket, and send the bots' actions in order — each action from the laptop
 * of the role that takes it — waiting for its acknowledgement. A dropped connection (a
 * killed server) is reopened until the server answers; the team then resumes from the
 * `next` the server reports, and the fleet checks that no acknowledged action was lost.
 * Used by the kill test (test/server/kill.test.ts) and `npm run bench:server`.
 */
import WebSocket from 'ws';
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Action } from '../../src/engine/index.ts';
import { botLog, call } from './harness.ts';

export interface FleetOptions {
  /** Where the players connect (a function: a restarted server or another instance may answer elsewhere). */
  base: (team: number) => string;
  facilitatorToken: string;
  teams: number;
  /** 1: the team of three on one laptop; 3: one laptop per role. */
  players: 1 | 3;
  scenario: 'tutorial' | 'flagship';
  seed: string;
  /** The bot strategies, one per team in turn. */
  strategies?: readonly string[];
  /** A pause (ms) before each action, like a player's thinking time; 0: as fast as the acks come. */
  thinkMs?: (team: number) => number;
}

export interface TeamResult { name: string; actions: number; acked: number; resumes: number; lost: string[] }

const REPLY_TIMEOUT_MS = 15_000;

type Msg = { type: string; seq?: number; [k: string]: unknown };

/** One laptop's WebSocket: a request gets the next message back; a closed socket fails it. */
class Laptop {
  private ws: WebSocket | null = null;
  private waiting: { resolve: (m: Msg) => void; reject: (e: Error) => void } | null = null;
  /** Live status messages received (another laptop of the team acted). */
  pushes = 0;

  constructor(private readonly url: () => string, readonly token: string, private readonly localAddress: string) {}

  /** (Re)connect until the server answers, then authenticate; resolves with the `ready` message. */
  async open(): Promise<Msg> {
    for (;;) {
      try {
        return await this.tryOpen();
      } catch {
        await sleep(40);
      }
    }
  }

  private tryOpen(): Promise<Msg> {
    this.close();
    const ws = new WebSocket(this.url().replace(/^http/, 'ws') + '/api/ws', { localAddress: this.localAddress });
    this.ws = ws;
    ws.on('message', (d) => {
      const m = JSON.parse(d.toString()) as Msg;
      if (m.type === 'status') return void this.pushes++; // a live update, not a reply
      const w = this.waiting;
      this.waiting = null;
      w?.resolve(m);
    });
    ws.on('close', () => this.fail(new Error('connection closed')));
    ws.on('error', () => this.fail(new Error('connection failed')));
    return new Promise<void>((res, rej) => {
      ws.once('open', () => res());
      ws.once('error', rej);
      ws.once('close', () => rej(new Error('closed')));
    }).then(() => this.request({ type: 'auth', token: this.token })).then((m) => {
      if (m.type !== 'ready') throw new Error(`auth refused: ${JSON.stringify(m)}`);
      return m;
    });
  }

  private fail(e: Error): void {
    const w = this.waiting;
    this.waiting = null;
    w?.reject(e);
  }

  request(m: unknown): Promise<Msg> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return Promise.reject(new Error('not connected'));
    return new Promise((resolve, reject) => {
      // No answer in time (like the browser client): give up on this socket and resume.
      const timer = setTimeout(() => {
        this.fail(new Error('no answer'));
        this.close();
      }, REPLY_TIMEOUT_MS);
      const done = <T>(f: (x: T) => void) => (x: T) => {
        clearTimeout(timer);
        f(x);
      };
      this.waiting = { resolve: done(resolve), reject: done(reject) };
      ws.send(JSON.stringify(m));
    });
  }

  close(): void {
    if (this.ws) {
      this.ws.removeAllListeners('message');
      this.ws.terminate();
    }
    this.ws = null;
  }
}

export interface Fleet {
  eventId: string;
  teamIds: string[];
  /** Every acknowledgement's round trip (ms), as the clients saw it. */
  latencies: number[];
  /** Acknowledgements so far, all teams. */
  acked(): number;
  /** Play every team to the end of its log; resolves with each team's result. */
  play(): Promise<TeamResult[]>;
  /** Close every connection. */
  close(): void;
}

/** Create and start an event for `teams` bot teams and join every player; `play()` runs them. */
export async function startFleet(o: FleetOptions): Promise<Fleet> {
  const strategies = o.strategies ?? ['iron-triangle', 'siloed', 'greedy-discount', 'random'];
  const logs = new Map<string, { action: Action; hash: string }[]>();
  for (const s of new Set(strategies.slice(0, o.teams))) logs.set(s, botLog(o.seed, s, Infinity, o.scenario));
  const mode = o.players === 3 ? 'roleLaptops' : 'oneLaptop';
  const created = await call(o.base(0), 'POST', '/api/events', o.facilitatorToken, {
    name: 'Bot fleet', scenario: { id: o.scenario }, seed: o.seed, lang: 'en',
    teams: Array.from({ length: o.teams }, (_, i) => ({ name: `Bots ${i + 1}`, mode })),
  });
  if (created.status !== 201) throw new Error(`event not created: ${JSON.stringify(created.body)}`);
  const ev = created.body as { id: string; teams: { id: string; code: string; name: string }[] };
  const started = await call(o.base(0), 'POST', `/api/events/${ev.id}/start`, o.facilitatorToken);
  if (started.status !== 200) throw new Error(`event not started: ${JSON.stringify(started.body)}`);

  const latencies: number[] = [];
  let total = 0;
  const teams = await Promise.all(ev.teams.map(async (t, i) => {
    const roles = o.players === 3 ? (['AR', 'SR', 'FR'] as const) : ([null] as const);
    const laptops = new Map<string, Laptop>();
    for (const [r, role] of roles.entries()) {
      // Each laptop its own address, as in a training room (joins are rate-limited per address).
      const from = laptopAddress(i * 3 + r);
      const j = await joinFrom(o.base(i), from, role ? { code: t.code, role } : { code: t.code });
      if (j.status !== 200) throw new Error(`join refused: ${JSON.stringify(j.body)}`);
      laptops.set(role ?? 'all', new Laptop(() => o.base(i), j.body.token as string, from));
    }
    return { t, i, log: logs.get(strategies[i % strategies.length]!)!, laptops };
  }));

  async function playTeam({ t, i, log, laptops }: (typeof teams)[number]): Promise<TeamResult> {
    const lost: string[] = [];
    let acked = 0; // every seq below this was acknowledged
    let resumes = 0;
    const laptopFor = (a: Action) => laptops.get(o.players === 1 || !('role' in a) ? 'all' : a.role)!;
    // Role laptops end a week together: each says it is ready, and the server ends the
    // week with the third (its own endWeek, at the seq the bots' log has it). Readiness is
    // kept in memory only, so after a restart every laptop says it again.
    const readyAll = async (seq: number): Promise<boolean> => {
      const week = 1 + log.slice(0, seq).filter((x) => x.action.kind === 'endWeek').length;
      let ended = false;
      for (const l of laptops.values()) {
        const r = await call(o.base(i), 'POST', `/api/teams/${t.id}/ready`, l.token, { week, ready: true });
        if (r.status === 429) return false;
        if (r.status !== 200) throw new Error(`${t.name}: ready for week ${week} refused: ${JSON.stringify(r.body)}`);
        ended = (r.body as { ended: boolean }).ended;
      }
      return ended;
    };
    // Open every laptop; the team's position is what the server says.
    const resume = async () => {
      let next = -1;
      for (const l of laptops.values()) {
        const ready = await l.open();
        const game = ready.game as { next: number; hash: string | null };
        next = game.next;
        if (next < acked) lost.push(`${t.name}: the server's log has ${next} actions, ${acked} were acknowledged`);
        if (next > acked + 1) lost.push(`${t.name}: the server's log has ${next} actions, at most ${acked + 1} were sent`);
        if (next > 0 && game.hash !== log[next - 1]!.hash) lost.push(`${t.name}: the state hash after ${next} actions differs from the bots' own`);
      }
      acked = Math.max(acked, next);
    };
    await resume();
    while (acked < log.length) {
      const think = o.thinkMs?.(i) ?? 0;
      if (think > 0) await sleep(think);
      const seq = acked;
      const { action, hash } = log[seq]!;
      const t0 = performance.now();
      if (o.players === 3 && action.kind === 'endWeek') {
        let ended: boolean;
        try {
          ended = await readyAll(seq);
        } catch (e) {
          if (e instanceof Error && e.message.startsWith(t.name)) throw e;
          resumes++;
          await resume();
          continue;
        }
        if (!ended) {
          await sleep(200);
          await resume();
          continue;
        }
        latencies.push(performance.now() - t0);
        acked = seq + 1;
        total++;
        continue;
      }
      let reply: Msg;
      try {
        reply = await laptopFor(action).request({ type: 'action', seq, action, hash });
      } catch {
        resumes++;
        await resume();
        continue;
      }
      if (reply.type === 'ack' && reply.seq === seq) {
        latencies.push(performance.now() - t0);
        if (reply.hashMatch !== true) lost.push(`${t.name}: action ${seq} acknowledged with another hash`);
        acked = seq + 1;
        total++;
      } else if (reply.type === 'refused' && (reply.error as { code?: string })?.code === 'rateLimited') {
        await sleep(200);
      } else {
        throw new Error(`${t.name}: action ${seq} refused: ${JSON.stringify(reply)}`);
      }
    }
    return { name: t.name, actions: log.length, acked, resumes, lost };
  }

  return {
    eventId: ev.id, teamIds: ev.teams.map((t) => t.id), latencies,
    acked: () => total,
    play: () => Promise.all(teams.map(playTeam)),
    close: () => teams.forEach((t) => t.laptops.forEach((l) => l.close())),
  };
}

/** Loopback addresses 127.0.1.1, 127.0.1.2, …: one per laptop. */
function laptopAddress(n: number): string {
  return `127.0.${1 + (n >> 8)}.${1 + (n & 255)}`;
}

/** POST /api/join from a given local address (fetch cannot choose one). */
function joinFrom(base: string, localAddress: string, body: unknown): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/join`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** The q-quantile (0…1) of some numbers. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
