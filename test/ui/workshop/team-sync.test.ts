/**
 * The browser's game and the server's agree: a team-mode Session's actions, each hashed
 * as the sync client hashes it (onApplied → stateHash), are acknowledged by the real
 * server with the same hash; and a game rebuilt from the server's view (a reload) is the
 * same game, with the turn of the role that acted last.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stateHash, type Action } from '../../../src/engine/index.ts';
import { Session } from '../../../src/ui/session.ts';
import { rebuild, turnAfter } from '../../../src/ui/workshop/team.ts';
import { SyncQueue } from '../../../src/ui/workshop/sync-queue.ts';
import type { TeamView } from '../../../src/ui/workshop/api.ts';
import { bundled } from '../../helpers.ts';
import { botLog, call, freshDb, startInProcess, type DbUnderTest, type Running } from '../../server/harness.ts';

const SEED = 'wsclient-1';
let db: DbUnderTest;
let srv: Running;

beforeAll(async () => {
  db = await freshDb('sqlite');
  srv = await startInProcess(db);
});
afterAll(async () => {
  await srv?.close();
  await db?.drop();
});

it('sends each accepted action with the hash the server acknowledges, and rebuilds the same game from the server\'s log', async () => {
  const fac = srv.server.facilitatorToken;
  const ev = (await call(srv.base, 'POST', '/api/events', fac, { name: 'Sync', scenario: { id: 'tutorial' }, seed: SEED, lang: 'en', teams: [{ name: 'Alpha' }] })).body;
  await call(srv.base, 'POST', `/api/events/${ev.id}/start`, fac);
  const joined = (await call(srv.base, 'POST', '/api/join', undefined, { code: ev.teams[0].code })).body;
  const { scenario, contentHash } = bundled('tutorial');
  const session = new Session(scenario, contentHash, joined.seed, 'team', 'AR');
  const queue = new SyncQueue(0);
  session.onApplied = (action, seq) => queue.push({ seq, action, hash: stateHash(session.state) });

  // Two weeks and a bit of the bots' game, played through the session as a person would.
  const log = botLog(SEED, 'iron-triangle', 3).map((x) => x.action);
  const ends = log.flatMap((a, i) => (a.kind === 'endWeek' ? [i] : []));
  const played = log.slice(0, ends[1]! + 4);
  expect(played.slice(-3).every((a) => a.kind !== 'endWeek')).toBe(true);
  for (const a of played) expect((session as unknown as { apply(a: Action, by: string): { ok: boolean } }).apply(a, 'player').ok).toBe(true);
  expect(queue.waiting).toBe(played.length);

  for (let p = queue.next(); p; p = queue.next()) {
    const r = await call(srv.base, 'POST', `/api/teams/${joined.team.id}/actions`, joined.token, p);
    expect(r.status).toBe(200);
    expect(r.body.hashMatch).toBe(true);
    expect(queue.onAck(r.body)).toBe('sent');
  }
  expect([queue.acked, queue.mismatches]).toEqual([played.length, 0]);

  const view = (await call(srv.base, 'GET', `/api/teams/${joined.team.id}`, joined.token)).body as TeamView;
  expect(queue.onServerView(view.game!.next)).toBe('ok');
  const again = rebuild(scenario, contentHash, view, ev.id);
  expect(again.session.hash()).toBe(session.hash());
  expect(again.session.state.week).toBe(3);
  expect(again.session.turn).toBe((played.at(-1) as { role: string }).role);
  expect(again.pending).toEqual([]);
});

it('takes the turn from the log when this laptop remembers none', () => {
  const ar = { kind: 'marketing', role: 'AR' } as unknown as Action;
  const sr = { kind: 'marketing', role: 'SR' } as unknown as Action;
  expect(turnAfter([], null)).toBe('AR');
  expect(turnAfter([ar, sr], null)).toBe('SR');
  expect(turnAfter([sr, { kind: 'endWeek' }], null)).toBe('AR');
  expect(turnAfter([ar], { length: 1, turn: 'FR' })).toBe('FR');
  expect(turnAfter([ar, sr], { length: 1, turn: 'FR' })).toBe('SR');
});
