/**
 * `npm run bench:server [-- --teams 60 --scenario flagship --think 0 --pg-only --sqlite-only]`:
 * the workshop server under a room of bots, measured and never asserted in tests.
 * 1. One instance (SQLite, its own process): `--teams` teams × 3 bot players on three
 *    laptops each, over WebSockets, play the whole scenario (the flagship: a full year);
 *    each player waits `--think` ms before its action (0: as fast as the acks come, each
 *    team one action in flight). Reports the acknowledgement round trip (p50/p95/p99)
 *    as the clients saw it, then the leaderboard recompute (every log re-simulated).
 * 2. Two instances over PostgreSQL (when 127.0.0.1:5432 or DATABASE_URL answers): the
 *    same room, half the teams on each instance, the leaderboard asked of either.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { call, freshDb, pgAvailable, type DbUnderTest } from '../test/server/harness.ts';
import { quantile, startFleet } from '../test/server/fleet.ts';
import { kill, startProcess, type Proc } from '../test/server/proc.ts';

const { values } = parseArgs({
  options: {
    teams: { type: 'string', default: '60' },
    scenario: { type: 'string', default: 'flagship' },
    think: { type: 'string', default: '0' },
    'pg-only': { type: 'boolean', default: false },
    'sqlite-only': { type: 'boolean', default: false },
  },
});
const TEAMS = Number(values.teams);
const SCENARIO = values.scenario === 'tutorial' ? 'tutorial' : 'flagship';
const THINK = Number(values.think);

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function room(label: string, db: DbUnderTest, instances: number): Promise<void> {
  const procs: Proc[] = [];
  try {
    for (let i = 0; i < instances; i++) procs.push(await startProcess(db));
    const bases = procs.map((p) => p.base);
    const t0 = performance.now();
    const fleet = await startFleet({
      base: (team) => bases[team % bases.length]!, facilitatorToken: procs[0]!.token, teams: TEAMS, players: 3,
      scenario: SCENARIO, seed: 'bench-server', thinkMs: THINK > 0 ? () => Math.floor(Math.random() * 2 * THINK) : undefined,
    });
    const joined = performance.now();
    const results = await fleet.play();
    const played = performance.now();
    fleet.close();
    const lost = results.flatMap((r) => r.lost);
    if (lost.length) throw new Error(`lost or mismatched actions:\n${lost.join('\n')}`);
    const n = fleet.latencies.length;
    const secs = (played - joined) / 1000;
    console.log(`${label}: ${TEAMS} teams × 3 players (${instances} instance${instances > 1 ? 's' : ''}), ${SCENARIO}, think ${THINK} ms — ${n} actions acknowledged in ${secs.toFixed(1)} s (${(n / secs).toFixed(0)} actions/s; joining ${((joined - t0) / 1000).toFixed(1)} s)`);
    console.log(`  ack round trip: p50 ${ms(quantile(fleet.latencies, 0.5))}, p95 ${ms(quantile(fleet.latencies, 0.95))}, p99 ${ms(quantile(fleet.latencies, 0.99))}, max ${ms(quantile(fleet.latencies, 1))}`);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const base = bases[i % bases.length]!;
      const s = performance.now();
      const r = await call(base, 'GET', `/api/events/${fleet.eventId}/leaderboard`, procs[0]!.token);
      times.push(performance.now() - s);
      if (r.status !== 200 || r.body.standings.length !== TEAMS || !r.body.standings.every((x: { finished: boolean }) => x.finished)) throw new Error(`leaderboard: ${JSON.stringify(r.body).slice(0, 300)}`);
    }
    console.log(`  leaderboard recompute (${TEAMS} ${SCENARIO} logs, ${n} actions, re-simulated): ${times.map(ms).join(', ')}`);
  } finally {
    for (const p of procs) await kill(p);
    await db.drop();
  }
}

if (!values['pg-only']) await room('SQLite', await freshDb('sqlite'), 1);
if (!values['sqlite-only']) {
  const problem = await pgAvailable();
  if (problem) console.log(`PostgreSQL: skipped — ${problem}`);
  else await room('PostgreSQL', await freshDb('postgres'), 2);
}
