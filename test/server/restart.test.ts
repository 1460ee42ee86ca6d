/**
 * Restart: the server process is killed (SIGKILL, no goodbye) while a team's actions are
 * in flight, then started again on the same data. Every acknowledged action must still
 * be in the log, the team resumes from the stored log with the same state hash, and the
 * game plays on to the end. On SQLite and (when one answers) PostgreSQL.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { botLog, call, logScore, freshDb, pgAvailable, wsClient, type DbUnderTest } from './harness.ts';
import { kill, removeServerBundle, startProcess, type Proc } from './proc.ts';

const pgProblem = await pgAvailable();
if (pgProblem) console.warn(`server restart test on PostgreSQL skipped: ${pgProblem}`);

function restartSuite(kind: 'sqlite' | 'postgres') {
  let db: DbUnderTest | null = null;
  let proc: Proc | null = null;
  afterAll(async () => {
    if (proc) await kill(proc);
    await db?.drop();
    await removeServerBundle();
  });

  it('loses no acknowledged action when killed mid-game, and the team resumes where it was', async () => {
    db = await freshDb(kind);
    proc = await startProcess(db);
    const fac = proc.token;
    const seed = 'ws-2';
    const log = botLog(seed, 'iron-triangle', Infinity);
    const created = await call(proc.base, 'POST', '/api/events', fac, { name: 'Restart', scenario: { id: 'tutorial' }, seed, teams: [{ name: 'Kappa' }] });
    const teamId: string = created.body.teams[0].id;
    await call(proc.base, 'POST', `/api/events/${created.body.id}/start`, fac);
    const token: string = (await call(proc.base, 'POST', '/api/join', undefined, { code: created.body.teams[0].code })).body.token;

    let acked = 0;
    for (const stopAt of [12]) { // many kill points, 20 teams: kill.test.ts
      // Play up to `stopAt` one by one, then send five more at once and kill the server while they are in flight.
      const c = await wsClient(proc.base);
      expect((await c.request({ type: 'auth', token })).game.next).toBe(acked);
      for (; acked < stopAt; acked++) expect(await c.request({ type: 'action', seq: acked, action: log[acked]!.action })).toMatchObject({ type: 'ack', seq: acked, hash: log[acked]!.hash });
      const inFlight: number[] = [];
      c.ws.on('message', (d) => {
        const m = JSON.parse(d.toString());
        if (m.type === 'ack') inFlight.push(m.seq);
      });
      for (let seq = acked; seq < acked + 5; seq++) c.ws.send(JSON.stringify({ type: 'action', seq, action: log[seq]!.action }));
      await new Promise((r) => setTimeout(r, 5));
      await kill(proc);
      const ackedBeforeKill = acked + inFlight.length;

      proc = await startProcess(db);
      expect(proc.token).toBe(fac); // the facilitator's token survives a restart
      const view = await call(proc.base, 'GET', `/api/teams/${teamId}`, token);
      expect(view.status).toBe(200);
      const next: number = view.body.game.next;
      expect(next).toBeGreaterThanOrEqual(ackedBeforeKill);
      expect(next).toBeLessThanOrEqual(acked + 5);
      expect(view.body.game.log).toEqual(log.slice(0, next).map((x) => x.action));
      expect(view.body.game.hash).toBe(log[next - 1]!.hash);
      acked = next;
    }
    // Play on to the end after the restarts.
    for (; acked < log.length; acked++) {
      const r = await call(proc.base, 'POST', `/api/teams/${teamId}/actions`, token, { seq: acked, action: log[acked]!.action, hash: log[acked]!.hash });
      expect(r.body).toMatchObject({ seq: acked, hashMatch: true });
    }
    const board = await call(proc.base, 'GET', `/api/events/${created.body.id}/leaderboard`, fac);
    expect(board.body.standings[0]).toMatchObject({ finished: true, actions: log.length, score: logScore(seed, log) });
  });
}

describe('workshop server restart on SQLite', () => restartSuite('sqlite'));
(pgProblem ? describe.skip : describe)('workshop server restart on PostgreSQL', () => restartSuite('postgres'));
