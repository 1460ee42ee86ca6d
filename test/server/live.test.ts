/**
 * The workshop's live features on the server: the facilitator's injects (an event of the
 * scenario, an announcement in zh and en) reach every team at the same week and sit in
 * each log; a team cannot send one; a team of three role laptops acts only for its own
 * roles and ends a week when all three are ready; per-team debrief links open one team's
 * game, read-only, once the event has ended. On SQLite and, when it answers, PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, freshDb, pgAvailable, startInProcess, type DbUnderTest, type Running } from './harness.ts';
import { verifySave } from '../../src/save/format.ts';
import { bundled } from '../helpers.ts';

const pgProblem = await pgAvailable();
if (pgProblem) console.warn(`server live tests on PostgreSQL skipped: ${pgProblem}`);

function liveSuite(kind: 'sqlite' | 'postgres') {
  let db: DbUnderTest;
  let srv: Running;
  let ev: { id: string; teams: { id: string; name: string; code: string }[] };
  const tok: Record<string, string> = {};
  const id = (name: string) => ev.teams.find((x) => x.name === name)!.id;
  const fac = (method: string, path: string, body?: unknown) => call(srv.base, method, `/api/events/${ev.id}${path}`, srv.server.facilitatorToken, body);
  const act = (who: string, team: string, seq: number, action: unknown) => call(srv.base, 'POST', `/api/teams/${id(team)}/actions`, tok[who], { seq, action });
  const view = async (who: string, team: string) => (await call(srv.base, 'GET', `/api/teams/${id(team)}`, tok[who])).body;
  const ready = (role: string, week: number, on = true) => call(srv.base, 'POST', `/api/teams/${id('Trio')}/ready`, tok[role], { week, ready: on });

  beforeAll(async () => {
    db = await freshDb(kind);
    srv = await startInProcess(db, { paceSweepMs: 0 });
    ev = (await call(srv.base, 'POST', '/api/events', srv.server.facilitatorToken, {
      name: 'Live', scenario: { id: 'tutorial' }, seed: 'live-1', lang: 'en', teams: [{ name: 'Solo' }, { name: 'Trio', mode: 'roleLaptops' }],
    })).body;
    const trio = ev.teams.find((t) => t.name === 'Trio')!;
    expect((await call(srv.base, 'POST', '/api/join', undefined, { code: trio.code })).body.error.code).toBe('roleRequired');
    for (const role of ['AR', 'SR', 'FR']) tok[role] = (await call(srv.base, 'POST', '/api/join', undefined, { code: trio.code, role })).body.token;
    tok.Solo = (await call(srv.base, 'POST', '/api/join', undefined, { code: ev.teams.find((t) => t.name === 'Solo')!.code })).body.token;
    await fac('POST', '/start');
  });
  afterAll(async () => {
    await srv?.close();
    await db?.drop();
  });

  it('three role laptops: each acts only for its role; the week ends when all three are ready', async () => {
    const wrong = await act('AR', 'Trio', 0, { kind: 'orderParts', role: 'FR', qty: 1 });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'wrongRole']);
    expect((await act('FR', 'Trio', 0, { kind: 'orderParts', role: 'FR', qty: 1 })).body).toMatchObject({ seq: 0, week: 1 });
    const end = await act('AR', 'Trio', 1, { kind: 'endWeek' });
    expect([end.status, end.body.error.code]).toEqual([403, 'useReady']);
    expect((await ready('AR', 1)).body).toMatchObject({ week: 1, ended: false });
    expect((await ready('SR', 1)).body.roles.map((r: { ready: boolean }) => r.ready)).toEqual([true, true, false]);
    expect((await ready('SR', 1, false)).body.ended).toBe(false);
    expect((await view('FR', 'Trio')).roles).toEqual([
      { role: 'AR', ready: true, online: true }, { role: 'SR', ready: false, online: true }, { role: 'FR', ready: false, online: true },
    ]);
    const dash = (await fac('GET', '/dashboard')).body.teams;
    expect(dash.find((t: { name: string }) => t.name === 'Trio').roles.map((r: { ready: boolean }) => r.ready)).toEqual([true, false, false]);
    expect(dash.find((t: { name: string }) => t.name === 'Solo').roles).toBeUndefined();
    await ready('SR', 1);
    expect((await ready('FR', 1)).body).toMatchObject({ week: 2, ended: true });
    expect((await ready('AR', 1)).body).toMatchObject({ week: 2, ended: false }); // a stale week changes nothing
    const v = await view('SR', 'Trio');
    expect(v.game.log).toEqual([{ kind: 'orderParts', role: 'FR', qty: 1 }, { kind: 'endWeek' }]);
    expect(v.roles.every((r: { ready: boolean }) => !r.ready)).toBe(true);
    expect((await call(srv.base, 'POST', `/api/teams/${id('Solo')}/ready`, tok.Solo, { week: 1, ready: true })).body.error.code).toBe('notRoleLaptop');
  });

  it('an inject reaches every team at the same week and sits in each log; a team cannot send one', async () => {
    // Trio is in week 2, Solo in week 1: the inject is for week 2.
    const text = { zh: '客户 <b>预算</b>\u0007冻结', en: '  Budget\u001b[31m   freeze <script>  ' };
    const r = await fac('POST', '/inject', { text });
    expect(r.body).toMatchObject({ week: 2, delivered: 1, inject: { kind: 'inject', text: { zh: '客户 <b>预算</b>冻结', en: 'Budget freeze <script>' } } });
    expect((await view('AR', 'Trio')).game.log.at(-1)).toEqual(r.body.inject);
    expect((await view('Solo', 'Solo')).game.log).toEqual([]);
    const own = await act('Solo', 'Solo', 0, { kind: 'inject', text: { zh: '我', en: 'me' } });
    expect([own.status, own.body.error.code]).toEqual([403, 'facilitatorOnly']);
    // Solo reaches week 2: the inject follows its endWeek at once.
    expect((await act('Solo', 'Solo', 0, { kind: 'endWeek' })).body).toMatchObject({ seq: 0, week: 2 });
    expect((await view('Solo', 'Solo')).game.log).toEqual([{ kind: 'endWeek' }, r.body.inject]);
    // The facilitator's list, with the scenario's events to pick from.
    const list = (await fac('GET', '/injects')).body;
    expect(list.injects).toHaveLength(1);
    expect(list.events.map((e: { id: string }) => e.id)).toEqual(['rival-cut']);
  });

  it('a scenario event fires once for every team and not again by its trigger; bad injects are refused', async () => {
    expect((await fac('POST', '/inject', { event: 'nope' })).body.error.code).toBe('unknownEvent');
    expect((await fac('POST', '/inject', { text: { zh: '好', en: 'x'.repeat(281) } })).status).toBe(400);
    expect((await fac('POST', '/inject', { text: { zh: '\u0000', en: 'ok' } })).status).toBe(400);
    expect((await fac('POST', '/inject', { event: 'rival-cut' })).body).toMatchObject({ week: 2, delivered: 2 });
    expect((await fac('POST', '/inject', { event: 'rival-cut' })).body.error.code).toBe('eventAlreadyFired');
    // Week 3 (the event's own trigger) passes without it firing again.
    for (const r of ['AR', 'SR', 'FR']) await ready(r, 2);
    const v = await view('AR', 'Trio');
    expect(v.game.week).toBe(3);
    expect(v.game.log.filter((a: { kind: string }) => a.kind === 'inject')).toHaveLength(2);
  });

  it('debrief links open one team\'s game once the event has ended, and the archive replays the injects', async () => {
    const links = (await fac('GET', '/debrief-links')).body;
    expect(links.ended).toBe(false);
    const trio = links.links.find((l: { team: string }) => l.team === 'Trio');
    expect((await call(srv.base, 'GET', `/api/debrief/${trio.teamId}/${trio.key}`)).body.error.code).toBe('notEnded');
    await fac('POST', '/end');
    expect((await call(srv.base, 'GET', `/api/debrief/${trio.teamId}/${'A'.repeat(32)}`)).body.error.code).toBe('noSuchDebrief');
    const solo = links.links.find((l: { team: string }) => l.team === 'Solo');
    expect((await call(srv.base, 'GET', `/api/debrief/${trio.teamId}/${solo.key}`)).status).toBe(404); // another team's key
    const d = (await call(srv.base, 'GET', `/api/debrief/${trio.teamId}/${trio.key}`)).body;
    expect(d.team.name).toBe('Trio');
    const { scenario, contentHash } = bundled('tutorial');
    const checked = verifySave(scenario, contentHash, d.save);
    expect(checked.ok).toBe(true);
    expect(d.save.log.filter((a: { kind: string }) => a.kind === 'inject')).toHaveLength(2);
    const archive = (await fac('GET', '/archive')).body;
    for (const f of archive.files) expect(verifySave(scenario, contentHash, f.save).ok).toBe(true);
  });
}

describe('workshop live features on SQLite', () => liveSuite('sqlite'));
describe.skipIf(pgProblem !== null)('workshop live features on PostgreSQL', () => liveSuite('postgres'));
