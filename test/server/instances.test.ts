/**
 * Two server instances over one PostgreSQL database hold one event: a team's actions go
 * alternately to either, and every one is acknowledged with the engine's hash, in order;
 * a stale instance re-reads the log instead of refusing. Live updates fan out through
 * PostgreSQL LISTEN/NOTIFY: a team playing on instance A is seen move by move by the
 * facilitator on instance B (live socket, status, dashboard); a pause given on B reaches
 * the team's socket on A; one laptop's action on A reaches its team-mate's laptop on B.
 */
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botLog, call, logScore, freshDb, pgAvailable, startInProcess, type DbUnderTest, type Running } from './harness.ts';

/** A raw socket keeping every message, to wait for pushes as well as answers. */
async function listener(base: string, path: string) {
  const ws = new WebSocket(base.replace('http', 'ws') + path);
  const got: any[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  ws.on('message', (d) => got.push(JSON.parse(d.toString())));
  await new Promise<void>((res, rej) => {
    ws.once('open', () => res());
    ws.once('error', rej);
  });
  return {
    ws, got,
    send: (m: unknown) => ws.send(JSON.stringify(m)),
    /** The first message (from `from` on) that `pred` accepts; fails after 15 s (a busy CI machine is slow, not wrong). */
    async waitFor(pred: (m: any) => boolean, from = 0): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
      for (let t = 0; t < 1500; t++) {
        const m = got.slice(from).find(pred);
        if (m) return m;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`no such message on ${path}; got ${JSON.stringify(got.slice(from)).slice(0, 500)}`);
    },
  };
}

const pgProblem = await pgAvailable();
if (pgProblem) console.warn(`two-instance test skipped: ${pgProblem}`);

(pgProblem ? describe.skip : describe)('two workshop server instances on one PostgreSQL database', () => {
  let db: DbUnderTest;
  let a: Running;
  let b: Running;
  beforeAll(async () => {
    db = await freshDb('postgres');
    a = await startInProcess(db);
    b = await startInProcess(db);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it('plays one team through both instances, alternating, with no action lost or refused', async () => {
    const fac = a.server.facilitatorToken;
    expect(b.server.facilitatorToken).toBe(fac); // one token, from the shared database
    const ev = (await call(a.base, 'POST', '/api/events', fac, { name: 'Two', scenario: { id: 'tutorial' }, seed: 'ws-2', teams: [{ name: 'Both' }] })).body;
    await call(b.base, 'POST', `/api/events/${ev.id}/start`, fac);
    const token = (await call(b.base, 'POST', '/api/join', undefined, { code: ev.teams[0].code })).body.token;
    const log = botLog('ws-2', 'iron-triangle', Infinity);
    const id = ev.teams[0].id;
    // Both instances have the team's game cached before the alternation starts.
    expect((await call(a.base, 'GET', `/api/teams/${id}`, token)).body.game.next).toBe(0);
    expect((await call(b.base, 'GET', `/api/teams/${id}`, token)).body.game.next).toBe(0);
    for (let seq = 0; seq < log.length; seq++) {
      const via = seq % 2 === 0 ? a : b;
      const r = await call(via.base, 'POST', `/api/teams/${id}/actions`, token, { seq, action: log[seq]!.action, hash: log[seq]!.hash });
      expect(r.body, `seq ${seq}`).toMatchObject({ seq, hash: log[seq]!.hash, hashMatch: true });
    }
    // A resend of the last action to the instance that did not store it (its cache is one behind): acknowledged as a duplicate.
    const last = log.length - 1;
    const stale = last % 2 === 0 ? b : a;
    expect((await call(stale.base, 'POST', `/api/teams/${id}/actions`, token, { seq: last, action: log[last]!.action })).body).toMatchObject({ seq: last, duplicate: true, hash: log[last]!.hash });
    for (const via of [a, b]) {
      const standings = (await call(via.base, 'GET', `/api/events/${ev.id}/leaderboard`, fac)).body.standings;
      expect(standings[0]).toMatchObject({ finished: true, actions: log.length, score: logScore('ws-2', log) });
    }
    const refusals = (await call(a.base, 'GET', `/api/events/${ev.id}/refusals`, fac)).body.refusals;
    expect(refusals).toEqual([]);
  });

  it('fans live updates out through LISTEN/NOTIFY: a team on A is seen live by the facilitator on B, a pause on B reaches A', async () => {
    const fac = a.server.facilitatorToken;
    const ev = (await call(b.base, 'POST', '/api/events', fac, { name: 'Live', scenario: { id: 'tutorial' }, seed: 'ws-2', teams: [{ name: 'North' }, { name: 'Roles', mode: 'roleLaptops' }] })).body;
    const [north, roles] = ev.teams as { id: string; code: string }[];
    const live = await listener(b.base, '/api/live');
    live.send({ type: 'auth', token: fac, event: ev.id });
    expect(await live.waitFor((m) => m.type === 'ready')).toMatchObject({ event: { status: 'draft' } });
    // Started on A: the facilitator's socket on B hears it.
    await call(a.base, 'POST', `/api/events/${ev.id}/start`, fac);
    await live.waitFor((m) => m.type === 'change' && m.change.kind === 'event');
    // North plays on A; each action reaches B's facilitator socket, and B's status and dashboard follow.
    const token = (await call(a.base, 'POST', '/api/join', undefined, { code: north!.code })).body.token;
    const team = await listener(a.base, '/api/ws');
    team.send({ type: 'auth', token });
    await team.waitFor((m) => m.type === 'ready');
    const log = botLog('ws-2', 'iron-triangle', Infinity);
    let version = (await call(b.base, 'GET', `/api/events/${ev.id}/status`, fac)).body.version;
    const firstWeek = log.findIndex((x) => x.action.kind === 'endWeek') + 1;
    for (let seq = 0; seq < firstWeek; seq++) {
      const from = team.got.length;
      team.send({ type: 'action', seq, action: log[seq]!.action, hash: log[seq]!.hash });
      expect(await team.waitFor((m) => m.type === 'ack' || m.type === 'refused', from)).toMatchObject({ type: 'ack', seq, hashMatch: true });
      await live.waitFor((m) => m.type === 'change' && m.change.kind === 'team' && m.change.teamId === north!.id && m.change.next === seq + 1);
      const status = (await call(b.base, 'GET', `/api/events/${ev.id}/status?since=${version}`, fac)).body;
      expect(status).toMatchObject({ changed: true });
      expect(status.teams.find((t: { id: string }) => t.id === north!.id)).toMatchObject({ next: seq + 1 });
      version = status.version;
    }
    expect((await call(b.base, 'GET', `/api/events/${ev.id}/status?since=${version}`, fac)).body).toEqual({ changed: false, version });
    const dash = (await call(b.base, 'GET', `/api/events/${ev.id}/dashboard`, fac)).body;
    expect(dash.teams.find((t: { id: string }) => t.id === north!.id)).toMatchObject({ week: 2, actions: firstWeek });
    // A pause given on B reaches the team's socket on A at once, and A refuses actions until the resume.
    let from = team.got.length;
    await call(b.base, 'POST', `/api/events/${ev.id}/pause`, fac);
    expect(await team.waitFor((m) => m.type === 'status', from)).toMatchObject({ pace: { paused: true }, game: { next: firstWeek } });
    from = team.got.length;
    team.send({ type: 'action', seq: firstWeek, action: log[firstWeek]!.action });
    expect(await team.waitFor((m) => m.type === 'refused', from)).toMatchObject({ error: { code: 'paused' } });
    from = team.got.length;
    await call(b.base, 'POST', `/api/events/${ev.id}/resume`, fac);
    expect(await team.waitFor((m) => m.type === 'status', from)).toMatchObject({ pace: { paused: false } });
    // Three laptops, two instances: the AR's action on A reaches the SR's laptop on B.
    const ar = await listener(a.base, '/api/ws');
    const sr = await listener(b.base, '/api/ws');
    ar.send({ type: 'auth', token: (await call(a.base, 'POST', '/api/join', undefined, { code: roles!.code, role: 'AR' })).body.token });
    sr.send({ type: 'auth', token: (await call(b.base, 'POST', '/api/join', undefined, { code: roles!.code, role: 'SR' })).body.token });
    await ar.waitFor((m) => m.type === 'ready');
    await sr.waitFor((m) => m.type === 'ready');
    from = sr.got.length;
    // (A role laptop cannot end the week alone — that takes all three saying they are ready — so AR plays its first move.)
    const arFirst = log[0]!.action;
    expect(arFirst).toMatchObject({ role: 'AR' });
    ar.send({ type: 'action', seq: 0, action: arFirst });
    expect(await ar.waitFor((m) => m.type === 'ack')).toMatchObject({ seq: 0, week: 1 });
    expect(await sr.waitFor((m) => m.type === 'status', from)).toMatchObject({ game: { next: 1, week: 1 } });
    expect(ar.got.filter((m) => m.type === 'status' && m.game?.next === 1)).toEqual([]); // its own action: the ack says it already
    // Who is ready is in the database: AR says so on A, SR on B, FR on A — and the week ends.
    const join = async (base: string, role: string) => (await call(base, 'POST', '/api/join', undefined, { code: roles!.code, role })).body.token as string;
    const ready = async (base: string, token: string) => (await call(base, 'POST', `/api/teams/${roles!.id}/ready`, token, { week: 1, ready: true })).body;
    const [arToken, srToken, frToken] = [await join(a.base, 'AR'), await join(b.base, 'SR'), await join(a.base, 'FR')];
    expect(await ready(a.base, arToken)).toMatchObject({ week: 1, ended: false });
    const second = await ready(b.base, srToken);
    expect(second).toMatchObject({ week: 1, ended: false });
    expect(second.roles.filter((r: { ready: boolean }) => r.ready).map((r: { role: string }) => r.role)).toEqual(['AR', 'SR']);
    expect(await ready(a.base, frToken)).toMatchObject({ week: 2, ended: true });
    expect((await call(b.base, 'GET', `/api/teams/${roles!.id}/status`, srToken)).body).toMatchObject({ game: { next: 2, week: 2 } });
    for (const s of [live, team, ar, sr]) s.ws.close();
  });
});
