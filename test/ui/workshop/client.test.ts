/**
 * The sync client against the real server, in Node: the browser's globals it uses
 * (location, WebSocket, fetch with relative addresses) are stood in for by the `ws`
 * package and a fetch that prefixes the server's address. Actions go over the WebSocket;
 * with the network down they wait (the client says offline, N waiting) and go when it is
 * back; a week the server ends by itself (the pacing sweep) rebuilds the local game.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { Action } from '../../../src/engine/index.ts';
import { SyncClient } from '../../../src/ui/workshop/client.ts';
import { rebuild } from '../../../src/ui/workshop/team.ts';
import type { JoinReply } from '../../../src/ui/workshop/api.ts';
import type { Session } from '../../../src/ui/session.ts';
import { bundled } from '../../helpers.ts';
import { botLog, call, freshDb, startInProcess, type DbUnderTest, type Running } from '../../server/harness.ts';

const SEED = 'wsclient-2';
let db: DbUnderTest;
let srv: Running;
let now = Date.now();
let networkDown = false;
/** Actions the client sent by HTTP POST (the fallback) rather than over the WebSocket. */
let posted = 0;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  db = await freshDb('sqlite');
  srv = await startInProcess(db, { clock: () => now, paceSweepMs: 0 });
  const realFetch = globalThis.fetch;
  vi.stubGlobal('location', { protocol: 'http:', host: srv.base.replace('http://', '') });
  vi.stubGlobal('fetch', (path: string, init?: RequestInit) => (init?.method === 'POST' && path.endsWith('/actions') && posted++, networkDown && path.startsWith('/') ? Promise.reject(new TypeError('fetch failed')) : realFetch(path.startsWith('/') ? srv.base + path : path, init)));
  vi.stubGlobal('WebSocket', class extends WebSocket {
    constructor(url: string) {
      super(networkDown ? 'ws://127.0.0.1:1/closed' : url);
      this.on('error', () => undefined); // a browser's socket reports errors as a close; so does this one
      sockets.push(this);
    }
  });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await srv?.close();
  await db?.drop();
});

const apply = (s: Session, a: Action) => (s as unknown as { apply(a: Action, by: string): { ok: boolean } }).apply(a, 'player').ok;
const until = async (what: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

it('sends over the WebSocket, waits offline, catches up on reconnect, and follows a week the server ended', async () => {
  const fac = srv.server.facilitatorToken;
  const ev = (await call(srv.base, 'POST', '/api/events', fac, { name: 'Client', scenario: { id: 'tutorial' }, seed: SEED, lang: 'en', weekSeconds: 600, teams: [{ name: 'Alpha' }] })).body;
  await call(srv.base, 'POST', `/api/events/${ev.id}/start`, fac);
  const joined = (await call(srv.base, 'POST', '/api/join', undefined, { code: ev.teams[0].code })).body as JoinReply;
  const { scenario, contentHash } = bundled('tutorial');
  const kept = { token: joined.token, teamId: joined.team.id, eventId: ev.id, code: ev.teams[0].code };
  const host = new EventTarget();
  const handed: Session[] = [];
  host.addEventListener('it-workshop-play', (e) => handed.push((e as CustomEvent<Session>).detail));
  const client = new SyncClient(kept, { team: 'Alpha', event: 'Client' }, scenario, contentHash, rebuild(scenario, contentHash, joined, ev.id), joined, host);
  client.start();
  try {
    await until(() => client.connection === 'online');
    const week1 = botLog(SEED, 'iron-triangle', 1).map((x) => x.action);
    const s = client.session;

    // Online: every action is acknowledged with the same hash.
    for (const a of week1.slice(0, 3)) expect(apply(s, a)).toBe(true);
    await until(() => client.queue.waiting === 0);
    expect([client.queue.acked, client.queue.mismatches, posted]).toEqual([3, 0, 0]);

    // The network drops: the team plays on, the actions wait.
    networkDown = true;
    for (const ws of sockets) ws.terminate();
    await until(() => client.connection === 'offline');
    for (const a of week1.slice(3, 6)) expect(apply(s, a)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(client.queue.waiting).toBe(3);

    // Back: they go, in order, and the server's game is the local one.
    networkDown = false;
    await until(() => client.queue.waiting === 0 && client.connection === 'online', 15_000);
    const view = (await call(srv.base, 'GET', `/api/teams/${kept.teamId}`, kept.token)).body;
    expect(view.game.next).toBe(6);
    expect(view.game.hash).toBe(s.hash());
    expect(handed).toEqual([]);

    // The week's time runs out: the server ends it, the client rebuilds the game a week on.
    const week = s.state.week;
    now += 601_000;
    expect(await srv.server.sweep()).toBe(1);
    await until(() => handed.length === 1, 10_000);
    expect(handed[0]!.state.week).toBe(week + 1);
    expect(client.session).toBe(handed[0]);
    expect(client.queue.acked).toBe(7);
  } finally {
    client.stop();
  }
});
