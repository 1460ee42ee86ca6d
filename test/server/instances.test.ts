/**
 * Two server instances over one PostgreSQL database hold one event: a team's actions go
 * alternately to either, and every one is acknowledged with the engine's hash, in order;
 * a stale instance re-reads the log instead of refusing. (Live updates between instances
 * — LISTEN/NOTIFY — are a later slice; this is the storage half.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botLog, call, logScore, freshDb, pgAvailable, startInProcess, type DbUnderTest, type Running } from './harness.ts';

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
});
