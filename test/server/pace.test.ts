/**
 * Pacing on the server, with a clock the test moves: a week time limit (only endWeek
 * once it is up, and the sweep ends the week for a team that did not), pause/resume for
 * everyone (the clocks stop; nothing is accepted), the limit surviving a restart, and the
 * facilitator's dashboard JSON (weeks, time left, KPIs, idle alerts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botLog, call, freshDb, pgAvailable, startInProcess, type DbUnderTest, type Running } from './harness.ts';

const pgProblem = await pgAvailable();
if (pgProblem) console.warn(`server pacing tests on PostgreSQL skipped: ${pgProblem}`);

function paceSuite(kind: 'sqlite' | 'postgres') {
  let db: DbUnderTest;
  let srv: Running;
  let t = Date.parse('2026-03-02T09:00:00Z');
  const clock = () => t;
  const log = botLog('ws-2', 'iron-triangle', 1);
  let ev: { id: string; teams: { id: string; name: string; code: string }[] };
  const tok: Record<string, string> = {};
  const view = (name: 'P' | 'Q') => call(srv.base, 'GET', `/api/teams/${ev.teams.find((x) => x.name === name)!.id}`, tok[name]);
  const act = (name: 'P' | 'Q', seq: number, action: unknown) => call(srv.base, 'POST', `/api/teams/${ev.teams.find((x) => x.name === name)!.id}/actions`, tok[name], { seq, action });
  const fac = (method: string, path: string, body?: unknown) => call(srv.base, method, `/api/events/${ev.id}${path}`, srv.server.facilitatorToken, body);

  beforeAll(async () => {
    db = await freshDb(kind);
    srv = await startInProcess(db, { clock, paceSweepMs: 0 });
  });
  afterAll(async () => {
    await srv?.close();
    await db?.drop();
  });

  it('gives each team a week deadline; pause stops every clock and refuses actions; the sweep ends late weeks', async () => {
    const created = await call(srv.base, 'POST', '/api/events', srv.server.facilitatorToken, { name: 'Paced', scenario: { id: 'tutorial' }, seed: 'ws-2', weekSeconds: 60, teams: [{ name: 'P' }, { name: 'Q' }] });
    ev = created.body;
    expect(created.body.weekSeconds).toBe(60);
    for (const team of ev.teams) tok[team.name] = (await call(srv.base, 'POST', '/api/join', undefined, { code: team.code })).body.token;
    await fac('POST', '/start');
    expect((await view('P')).body.pace).toEqual({ paused: false, weekSeconds: 60, timeLeftMs: 60_000 });

    t += 10_000;
    expect((await act('P', 0, log[0]!.action)).status).toBe(200);
    t += 10_000;
    expect((await fac('POST', '/pause')).body.paused).toBe(true);
    t += 10 * 60_000; // ten minutes paused
    expect((await act('P', 1, log[1]!.action)).body.error.code).toBe('paused');
    expect((await view('P')).body.pace).toEqual({ paused: true, weekSeconds: 60, timeLeftMs: 40_000 });
    expect((await fac('POST', '/resume')).body.paused).toBe(false);
    expect((await view('P')).body.pace.timeLeftMs).toBe(40_000);
    const dash = (await fac('GET', '/dashboard')).body;
    expect(dash.teams.map((x: { alerts: string[] }) => x.alerts)).toEqual([[], []]); // a pause is not idleness

    t += 41_000; // week 1's time is up
    const late = await act('P', 1, log[1]!.action);
    expect([late.status, late.body.error.code]).toEqual([409, 'weekTimeUp']);
    const end = await act('P', 1, { kind: 'endWeek' });
    expect(end.body).toMatchObject({ seq: 1, week: 2 });
    expect((await view('P')).body.pace.timeLeftMs).toBe(60_000); // a new week, a new minute

    expect(await srv.server.sweep()).toBe(1); // Q never ended week 1: the server does
    const q = (await view('Q')).body.game;
    expect([q.next, q.week, q.log]).toEqual([1, 2, [{ kind: 'endWeek' }]]);
    expect(await srv.server.sweep()).toBe(0);
  });

  it('keeps each team\'s week clock across a restart, and shows the event on the dashboard', async () => {
    t += 30_000;
    await srv.close();
    srv = await startInProcess(db, { clock, paceSweepMs: 0 });
    expect((await view('P')).body.pace.timeLeftMs).toBe(30_000);
    t += 4 * 60_000;
    const dash = (await fac('GET', '/dashboard')).body;
    expect(dash.event).toMatchObject({ status: 'running', weekSeconds: 60, paused: false });
    expect(dash.teams).toMatchObject([
      { name: 'P', week: 2, actions: 2, finished: false, pace: { timeLeftMs: 0 }, alerts: ['idle', 'weekEnding'] },
      { name: 'Q', week: 2, actions: 1, finished: false, alerts: ['idle', 'weekEnding'] },
    ]);
    expect(dash.teams[0].kpis).toHaveProperty('winRate');
    expect((await fac('PUT', '/pace', { weekSeconds: null })).body.weekSeconds).toBeNull();
    expect((await view('P')).body.pace).toEqual({ paused: false, weekSeconds: null, timeLeftMs: null });
    expect((await fac('PUT', '/pace', { weekSeconds: 5 })).body.error.message).toMatch(/^weekSeconds: /);
  });
}

describe('workshop pacing on SQLite', () => paceSuite('sqlite'));
(pgProblem ? describe.skip : describe)('workshop pacing on PostgreSQL', () => paceSuite('postgres'));
