/**
 * The workshop API, end to end over HTTP and WebSocket, on one database kind: events and
 * join codes, server-authoritative play, every kind of bad input refused (the server
 * staying up and other teams unaffected), the leaderboard, and an archive that the real
 * `npm run cli -- verify` accepts with the event's seed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { computeKpis, computeScore, replay } from '../../src/engine/index.ts';
import { bundled } from '../helpers.ts';
import { botLog, call, freshDb, startInProcess, wsClient, type DbUnderTest, type Running } from './harness.ts';

// On this seed the tutorial's bots score: iron-triangle 1226, siloed 1014 (a real ranking to check).
const SEED = 'ws-2';
const ROOT = join(import.meta.dirname, '../..');

export function apiSuite(kind: 'sqlite' | 'postgres'): void {
  let db: DbUnderTest;
  let srv: Running;
  let fac: string;
  let event: { id: string; teams: { id: string; name: string; code: string; mode: string }[] };
  const tokens: Record<string, string> = {};
  const team = (name: string) => event.teams.find((t) => t.name === name)!;
  const logA = botLog(SEED, 'iron-triangle', Infinity);
  const logB = botLog(SEED, 'siloed', Infinity);
  // Real time, except that the rate-limit test stops it (so its counts do not depend on the machine's speed).
  let frozen: number | null = null;
  const clock = () => frozen ?? Date.now();

  beforeAll(async () => {
    db = await freshDb(kind);
    srv = await startInProcess(db, { clock });
    fac = srv.server.facilitatorToken;
  });
  afterAll(async () => {
    await srv?.close();
    await db?.drop();
  });

  it('answers health with its database kind', async () => {
    expect(await call(srv.base, 'GET', '/api/health')).toEqual({ status: 200, body: { ok: true, db: kind } });
  });

  it('refuses the facilitator API without the token, and bad event input with the field named', async () => {
    expect((await call(srv.base, 'GET', '/api/events')).body.error.code).toBe('unauthorized');
    expect((await call(srv.base, 'GET', '/api/events', 'x'.repeat(43))).status).toBe(403);
    const noTeams = await call(srv.base, 'POST', '/api/events', fac, { name: 'E', scenario: { id: 'tutorial' }, teams: [] });
    expect(noTeams.status).toBe(400);
    expect(noTeams.body.error.message).toMatch(/^teams: /);
    const unknown = await call(srv.base, 'POST', '/api/events', fac, { name: 'E', scenario: { id: 'nope' }, teams: [{ name: 'A' }] });
    expect(unknown.body.error.code).toBe('unknownScenario');
    const badYaml = await call(srv.base, 'POST', '/api/events', fac, { name: 'E', scenario: { yaml: 'id: x\nweeks: [' }, teams: [{ name: 'A' }] });
    expect(badYaml.body.error.code).toBe('badScenario');
    expect((await call(srv.base, 'POST', '/api/events', fac, '{"name": "E",')).body.error.code).toBe('badJson');
  });

  it('creates an event from an instructor\'s scenario file, checked by the loader', async () => {
    const yaml = readFileSync(join(ROOT, 'scenarios/tutorial.yaml'), 'utf8');
    const r = await call(srv.base, 'POST', '/api/events', fac, { name: 'Custom', scenario: { yaml }, teams: [{ name: 'Solo' }] });
    expect(r.status).toBe(201);
    expect(r.body.scenario).toBe('tutorial');
    expect(r.body.customScenario).toBe(true);
    expect(r.body.seed).toMatch(/^[0-9a-f]{12}$/); // drawn by the server
  });

  it('creates an event with join codes and keeps the seed from teams until it starts', async () => {
    const r = await call(srv.base, 'POST', '/api/events', fac, {
      name: 'Workshop', scenario: { id: 'tutorial' }, seed: SEED, lang: 'en',
      teams: [{ name: 'Alpha' }, { name: 'Beta' }, { name: 'Gamma', mode: 'roleLaptops' }, { name: 'Flood' }, { name: 'Delta' }],
    });
    expect(r.status).toBe(201);
    event = r.body;
    for (const t of event.teams) expect(t.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    const wrong = await call(srv.base, 'POST', '/api/join', undefined, { code: 'AAAAAA' });
    expect([wrong.status, wrong.body.error.code]).toEqual([404, 'wrongCode']);
    const a = team('Alpha').code;
    const joined = await call(srv.base, 'POST', '/api/join', undefined, { code: `${a.slice(0, 3).toLowerCase()}-${a.slice(3)}` });
    expect(joined.status).toBe(200);
    expect(joined.body.seed).toBeNull();
    expect(joined.body.team.name).toBe('Alpha');
    tokens.Alpha = joined.body.token;
    for (const n of ['Beta', 'Flood', 'Delta']) tokens[n] = (await call(srv.base, 'POST', '/api/join', undefined, { code: team(n).code })).body.token;
    expect((await call(srv.base, 'POST', '/api/join', undefined, { code: team('Gamma').code })).body.error.code).toBe('roleRequired');
    for (const role of ['AR', 'SR'] as const) tokens[`Gamma${role}`] = (await call(srv.base, 'POST', '/api/join', undefined, { code: team('Gamma').code, role })).body.token;
    const early = await call(srv.base, 'POST', `/api/teams/${team('Alpha').id}/actions`, tokens.Alpha, { seq: 0, action: logA[0]!.action });
    expect([early.status, early.body.error.code]).toEqual([409, 'notStarted']);
    expect((await call(srv.base, 'POST', `/api/events/${event.id}/start`, fac)).body.status).toBe('running');
    const view = await call(srv.base, 'GET', `/api/teams/${team('Alpha').id}`, tokens.Alpha);
    expect(view.body.seed).toBe(SEED);
    expect(view.body.game.next).toBe(0);
  });

  it('applies a team\'s actions over HTTP, stores them, and acknowledges each with the engine\'s hash', async () => {
    const id = team('Alpha').id;
    for (let seq = 0; seq < logA.length; seq++) {
      const r = await call(srv.base, 'POST', `/api/teams/${id}/actions`, tokens.Alpha, { seq, action: logA[seq]!.action, hash: logA[seq]!.hash });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body).toMatchObject({ seq, hash: logA[seq]!.hash, hashMatch: true });
    }
    const view = await call(srv.base, 'GET', `/api/teams/${id}`, tokens.Alpha);
    expect(view.body.game).toMatchObject({ next: logA.length, finished: true, hash: logA.at(-1)!.hash });
    expect(view.body.game.weekHashes).toHaveLength(12);
  });

  it('plays a team over WebSocket, one message per action', async () => {
    const c = await wsClient(srv.base);
    expect((await c.request({ type: 'action', seq: 0, action: logB[0]!.action })).error.code).toBe('unauthorized');
    const ready = await c.request({ type: 'auth', token: tokens.Beta });
    expect(ready).toMatchObject({ type: 'ready', team: { name: 'Beta' }, game: { next: 0 } });
    for (let seq = 0; seq < logB.length; seq++) {
      expect(await c.request({ type: 'action', seq, action: logB[seq]!.action, hash: logB[seq]!.hash })).toMatchObject({ type: 'ack', seq, hash: logB[seq]!.hash, hashMatch: true });
    }
    expect(await c.request('{not json')).toMatchObject({ type: 'refused', error: { code: 'badJson' } });
    expect(await c.request({ type: 'action', seq: logB.length, action: { kind: 'visit' } })).toMatchObject({ type: 'refused', seq: logB.length, error: { code: 'badAction' } });
    c.ws.send('x'.repeat(70 * 1024));
    expect(await c.closed).toBe(1009); // over 64 KB: the connection is closed, the server goes on
    expect((await call(srv.base, 'GET', '/api/health')).status).toBe(200);
  });

  it('refuses out-of-order, forged, illegal, wrong-role and oversized actions with a reason, and logs them', async () => {
    const id = team('Alpha').id;
    const next = logA.length;
    const again = await call(srv.base, 'POST', `/api/teams/${id}/actions`, tokens.Alpha, { seq: 0, action: logA[0]!.action });
    expect(again.body).toMatchObject({ seq: 0, duplicate: true, hash: logA[0]!.hash }); // a resend is acknowledged, not re-applied
    const gap = await call(srv.base, 'POST', `/api/teams/${id}/actions`, tokens.Alpha, { seq: next + 3, action: { kind: 'endWeek' } });
    expect([gap.status, gap.body.error.code, gap.body.error.expected]).toEqual([409, 'outOfSequence', next]);
    const rewrite = await call(srv.base, 'POST', `/api/teams/${id}/actions`, tokens.Alpha, { seq: 0, action: { kind: 'endWeek' } });
    expect(rewrite.body.error.code).toBe('outOfSequence');
    const forged = await call(srv.base, 'POST', `/api/teams/${team('Beta').id}/actions`, tokens.Alpha, { seq: logB.length, action: { kind: 'endWeek' } });
    expect([forged.status, forged.body.error.code]).toEqual([403, 'notYourTeam']);
    const illegal = await call(srv.base, 'POST', `/api/teams/${id}/actions`, tokens.Alpha, { seq: next, action: { kind: 'qualifyLead', role: 'AR', lead: 'constructor' } });
    expect([illegal.status, illegal.body.error.code]).toEqual([422, 'illegal']);
    expect(illegal.body.error.rejection.code).toBeTruthy();
    const badShape = await call(srv.base, 'POST', `/api/teams/${id}/actions`, tokens.Alpha, { seq: next, action: { kind: 'endWeek', extra: 1 } });
    expect(badShape.body.error.code).toBe('badAction');
    const notJson = await call(srv.base, 'POST', `/api/teams/${id}/actions`, tokens.Alpha, '{"seq": 1, "action": ');
    expect([notJson.status, notJson.body.error.code]).toEqual([400, 'badJson']);
    const huge = await call(srv.base, 'POST', `/api/teams/${id}/actions`, tokens.Alpha, { seq: next, action: { kind: 'endWeek' }, pad: 'x'.repeat(100 * 1024) });
    expect([huge.status, huge.body.error.code]).toEqual([413, 'tooLarge']);
    const badToken = await call(srv.base, 'POST', `/api/teams/${id}/actions`, 'y'.repeat(43), { seq: next, action: { kind: 'endWeek' } });
    expect(badToken.body.error.code).toBe('badToken');
    const gid = team('Gamma').id;
    const asSr = await call(srv.base, 'POST', `/api/teams/${gid}/actions`, tokens.GammaAR, { seq: 0, action: { kind: 'designSolution', role: 'SR', opportunity: 'x' } });
    expect([asSr.status, asSr.body.error.code]).toEqual([403, 'wrongRole']);
    // Nothing refused was stored: Alpha's log is as it was.
    expect((await call(srv.base, 'GET', `/api/teams/${id}`, tokens.Alpha)).body.game.next).toBe(next);
    const logged = (await call(srv.base, 'GET', `/api/events/${event.id}/refusals`, fac)).body.refusals.map((r: { code: string }) => r.code);
    for (const code of ['outOfSequence', 'illegal', 'badAction', 'wrongRole']) expect(logged).toContain(code);
  });

  it('rate-limits a flooding client while other teams play on', async () => {
    const fid = team('Flood').id;
    frozen = Date.now();
    const replies = await Promise.all(Array.from({ length: 400 }, () => call(srv.base, 'GET', `/api/teams/${fid}`, tokens.Flood)));
    const limited = replies.filter((r) => r.status === 429);
    expect(limited.length).toBe(400 - 120); // a full bucket holds 120; time stands still, so none refill
    expect(limited[0]!.body.error.code).toBe('rateLimited');
    const c = await wsClient(srv.base);
    await c.request({ type: 'auth', token: tokens.Flood }); // shares the Flood session's bucket: already empty
    for (let i = 0; i < 1000; i++) c.ws.send('{"type":"ping"}');
    expect(await c.closed).toBe(1008);
    frozen = null;
    // A client whose hash differs is still acknowledged (the server's state is the truth), told so, and logged.
    const other = await call(srv.base, 'POST', `/api/teams/${team('Delta').id}/actions`, tokens.Delta, { seq: 0, action: logA[0]!.action, hash: '0'.repeat(32) });
    expect([other.status, other.body.seq, other.body.hashMatch]).toEqual([200, 0, false]);
    // On role laptops no single laptop ends the week: each role says it is ready (test/server/live.test.ts).
    const end = await call(srv.base, 'POST', `/api/teams/${team('Gamma').id}/actions`, tokens.GammaSR, { seq: 0, action: { kind: 'endWeek' } });
    expect([end.status, end.body.error.code]).toEqual([403, 'useReady']);
    const logged = (await call(srv.base, 'GET', `/api/events/${event.id}/refusals`, fac)).body.refusals;
    expect(logged.filter((r: { code: string }) => r.code === 'hashMismatch')).toHaveLength(1);
  });

  it('ranks teams by re-simulating every log, and exports an archive that `cli verify --seed` accepts', async () => {
    // Delta stops mid-week; a partial game counts as it stood when its last whole week
    // ended, as `cli verify` says too.
    for (let seq = 0; seq < 25; seq++) expect((await call(srv.base, 'POST', `/api/teams/${team('Delta').id}/actions`, tokens.Delta, { seq, action: logA[seq]!.action })).status).toBe(200);
    const board = (await call(srv.base, 'GET', `/api/events/${event.id}/leaderboard`, fac)).body.standings;
    expect(board).toHaveLength(5);
    const { scenario } = bundled('tutorial');
    const score = (log: typeof logA) => computeScore(scenario, computeKpis(scenario, replay(scenario, SEED, log.map((x) => x.action)).state));
    // Delta's 25 actions: the weeks they end, and the score as it stood at the last one.
    const delta = logA.slice(0, 25);
    const deltaWeeks = delta.filter((x) => x.action.kind === 'endWeek').length;
    const lastEnd = delta.map((x) => x.action.kind).lastIndexOf('endWeek');
    const deltaScore = score(delta.slice(0, lastEnd + 1));
    const tail = deltaScore > 0 ? 4 : 3; // a tie shares the rank; then by name
    expect(board).toMatchObject([
      { rank: 1, team: 'Alpha', weeks: 12, finished: true, actions: logA.length, score: score(logA) },
      { rank: 2, team: 'Beta', weeks: 12, finished: true, actions: logB.length, score: score(logB) },
      { rank: 3, team: 'Delta', weeks: deltaWeeks, finished: false, actions: 25, score: deltaScore },
      { rank: tail, team: 'Flood', weeks: 0, actions: 0, score: 0 },
      { rank: tail, team: 'Gamma', weeks: 0, finished: false, actions: 0, score: 0 },
    ]);
    expect(score(logA)).toBeGreaterThan(score(logB));
    const csv = await fetch(`${srv.base}/api/events/${event.id}/results.csv`, { headers: { authorization: `Bearer ${fac}` } });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^rank,team,score,weeks,finished,actions,winRate,/);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(board.map((s: { rank: number; team: string; score: number }) => `${s.rank},"${s.team}",${s.score}`));
    const ar = await call(srv.base, 'GET', `/api/events/${event.id}/archive`, fac);
    expect(ar.body.files).toHaveLength(5);
    const dir = mkdtempSync(join(tmpdir(), 'its-archive-'));
    try {
      const files = ar.body.files.map((f: { name: string; save: unknown }) => {
        writeFileSync(join(dir, f.name), JSON.stringify(f.save));
        return join(dir, f.name);
      });
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'verify', ...files, '--seed', SEED, '--json'], { cwd: ROOT, encoding: 'utf8' });
      const rows: { file: string; verified: boolean; score: number }[] = JSON.parse(out);
      expect(rows.map((x) => x.verified)).toEqual([true, true, true, true, true]);
      const byFile = new Map(rows.map((x) => [x.file, x.score]));
      for (const f of ar.body.files) expect(byFile.get(join(dir, f.name))).toBe(board.find((s: { teamId: string }) => s.teamId === f.teamId).score);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses actions after the game ends and after the event ends', async () => {
    const over = await call(srv.base, 'POST', `/api/teams/${team('Alpha').id}/actions`, tokens.Alpha, { seq: logA.length, action: { kind: 'endWeek' } });
    expect([over.status, over.body.error.rejection.code]).toEqual([422, 'gameOver']);
    expect((await call(srv.base, 'POST', `/api/events/${event.id}/end`, fac)).body.status).toBe('ended');
    const late = await call(srv.base, 'POST', `/api/teams/${team('Gamma').id}/actions`, tokens.GammaAR, { seq: 1, action: { kind: 'endWeek' } });
    expect([late.status, late.body.error.code]).toEqual([409, 'eventEnded']);
    expect((await call(srv.base, 'POST', '/api/join', undefined, { code: team('Beta').code })).body.error.code).toBe('eventEnded');
  });
}
