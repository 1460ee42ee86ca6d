/**
 * The kill test: 20 bot teams (three laptops each, over WebSockets like real clients)
 * play through a server process that is killed with SIGKILL at 20 random points and
 * started again on the same data and port. After every restart each laptop reconnects
 * and the server's log must hold every action it acknowledged (and at most the one in
 * flight besides), with the bots' own state hash; every team then plays to the end and
 * the leaderboard re-simulated from the logs gives each team its bots' score. On SQLite
 * and, when one answers, PostgreSQL. The kill points come from a fixed seed (printed),
 * so a failure can be replayed.
 */
import seedrandom from 'seedrandom';
import { afterAll, describe, expect, it } from 'vitest';
import { botLog, call, freshDb, logScore, pgAvailable, type DbUnderTest } from './harness.ts';
import { sleep, startFleet, type Fleet } from './fleet.ts';
import { freePort, kill, removeServerBundle, startProcess, type Proc } from './proc.ts';

const TEAMS = 20;
const KILLS = 20;
const SEED = 'kill-1';
const STRATEGIES = ['iron-triangle', 'siloed', 'greedy-discount', 'random'];
const pgProblem = await pgAvailable();
if (pgProblem) console.warn(`kill test on PostgreSQL skipped: ${pgProblem}`);

function killSuite(kind: 'sqlite' | 'postgres') {
  let db: DbUnderTest | null = null;
  let proc: Proc | null = null;
  let fleet: Fleet | null = null;
  afterAll(async () => {
    fleet?.close();
    if (proc) await kill(proc);
    await db?.drop();
    await removeServerBundle();
  });

  it(`loses no acknowledged action over ${KILLS} SIGKILLs while ${TEAMS} teams play, and every team resumes`, async () => {
    db = await freshDb(kind);
    const port = await freePort();
    proc = await startProcess(db, port);
    const base = proc.base;
    const rng = seedrandom(`kill-points/${kind}`);
    fleet = await startFleet({ base: () => base, facilitatorToken: proc.token, teams: TEAMS, players: 3, scenario: 'tutorial', seed: SEED, strategies: STRATEGIES, thinkMs: () => Math.floor(rng() * 8) });
    let done = false;
    const playing = fleet.play().finally(() => (done = true));
    const points: number[] = [];
    for (let k = 0; k < KILLS && !done; k++) {
      // A random number of acknowledgements after the last restart, then a random moment.
      const target = fleet.acked() + 10 + Math.floor(rng() * 50);
      while (!done && fleet.acked() < target) await sleep(2);
      await sleep(Math.floor(rng() * 10));
      if (done) break;
      points.push(fleet.acked());
      await kill(proc);
      proc = await startProcess(db, port);
    }
    const results = await playing;
    console.info(`kill test (${kind}): ${points.length} kill points after ${points.join(', ')} acknowledged actions; ${results.reduce((n, r) => n + r.actions, 0)} actions in all`);
    expect(points.length).toBe(KILLS);
    expect(results.flatMap((r) => r.lost)).toEqual([]);
    for (const r of results) expect(r.acked, r.name).toBe(r.actions);
    // Every team was cut off and resumed (20 kills while all 20 teams play).
    expect(results.filter((r) => r.resumes > 0).length).toBe(TEAMS);
    const board = (await call(base, 'GET', `/api/events/${fleet.eventId}/leaderboard`, proc.token)).body.standings as { teamId: string; finished: boolean; actions: number; score: number; problem: string | null }[];
    for (const [i, id] of fleet.teamIds.entries()) {
      const log = botLog(SEED, STRATEGIES[i % STRATEGIES.length]!, Infinity);
      expect(board.find((s) => s.teamId === id)).toMatchObject({ finished: true, actions: log.length, score: logScore(SEED, log), problem: null });
    }
  }, 600_000);
}

describe('kill test on SQLite', () => killSuite('sqlite'));
(pgProblem ? describe.skip : describe)('kill test on PostgreSQL', () => killSuite('postgres'));
