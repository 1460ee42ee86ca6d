/**
 * `npm run bench:server [-- --teams 60 --scenario flagship --think 500 --paced 60 --sqlite-only --pg-only]`:
 * the workshop server under a room of bots, measured (never asserted in tests).
 * 1. One instance (SQLite, its own process): `--teams` teams × 3 bot players, three
 *    laptops per team, each its own WebSocket (and its own loopback address), play the
 *    scenario (the flagship: a full year, 52 weeks). For the first `--paced` seconds each
 *    player thinks 0–2×`--think` ms before its action (a busy room: a team acts about
 *    twice a second with --think 500, several times what people do): the acknowledgement
 *    round trip the clients see is reported for that part. Then the bots finish the year
 *    as fast as the acks come (one action in flight per team; reported apart: that is the
 *    server's throughput, not a room). Then the leaderboard is asked three times: every
 *    team's whole log re-simulated.
 * 2. Two instances over PostgreSQL (when 127.0.0.1:5432 or DATABASE_URL answers): the
 *    same room, half the teams on each instance, the leaderboard asked of either.
 * Figures depend on the machine and on what else runs: the load average is printed.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import seedrandom from 'seedrandom';
import { call, freshDb, pgAvailable, type DbUnderTest } from '../test/server/harness.ts';
import { quantile, startFleet } from '../test/server/fleet.ts';
import { kill, removeServerBundle, startProcess, type Proc } from '../test/server/proc.ts';

const { values } = parseArgs({
  options: {
    teams: { type: 'string', default: '60' },
    scenario: { type: 'string', default: 'flagship' },
    think: { type: 'string', default: '500' },
    paced: { type: 'string', default: '60' },
    'pg-only': { type: 'boolean', default: false },
    'sqlite-only': { type: 'boolean', default: false },
  },
});
const TEAMS = Number(values.teams);
const SCENARIO = values.scenario === 'tutorial' ? 'tutorial' : 'flagship';
const THINK = Number(values.think);
const PACED_MS = Number(values.paced) * 1000;
const running: Proc[] = [];
process.once('SIGINT', () => void Promise.all(running.map(kill)).then(() => process.exit(130)));

const ms = (x: number) => `${x.toFixed(1)} ms`;

const stats = (xs: number[]) => `p50 ${ms(quantile(xs, 0.5))}, p95 ${ms(quantile(xs, 0.95))}, p99 ${ms(quantile(xs, 0.99))}, max ${ms(quantile(xs, 1))} (${xs.length} acks)`;
/** CPU time (ms) a process has used so far, from /proc (Linux; null elsewhere): independent of what else the machine runs. */
function cpuMs(pids: (number | undefined)[]): number | null {
  try {
    let ticks = 0;
    for (const pid of pids) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
    }
    return ticks * 10; // USER_HZ = 100
  } catch {
    return null;
  }
}
const load = () => `load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`;

async function room(label: string, db: DbUnderTest, instances: number): Promise<void> {
  const procs: Proc[] = running;
  try {
    for (let i = 0; i < instances; i++) procs.push(await startProcess(db));
    const bases = procs.map((p) => p.base);
    const rng = seedrandom('bench-server');
    const fleet = await startFleet({
      base: (team) => bases[team % bases.length]!, facilitatorToken: procs[0]!.token, teams: TEAMS, players: 3,
      scenario: SCENARIO, seed: 'bench-server', thinkMs: () => (performance.now() < pacedUntil ? Math.floor(rng() * 2 * THINK) : 0),
    });
    let pacedUntil = performance.now() + PACED_MS;
    const t0 = performance.now();
    const pids = procs.map((p) => p.child.pid);
    const cpu0 = cpuMs(pids);
    let paced = -1;
    let cpuPaced: number | null = null;
    const cut = setTimeout(() => {
      paced = fleet.latencies.length;
      cpuPaced = cpuMs(pids);
      console.log(`  (${load()} at the end of the paced part)`);
    }, PACED_MS);
    const results = await fleet.play();
    clearTimeout(cut);
    pacedUntil = 0;
    if (paced < 0) paced = fleet.latencies.length;
    const cpuEnd = cpuMs(pids);
    const secs = (performance.now() - t0) / 1000;
    fleet.close();
    const lost = results.flatMap((r) => r.lost);
    if (lost.length) throw new Error(`lost or mismatched actions:\n${lost.join('\n')}`);
    const n = fleet.latencies.length;
    console.log(`${label}: ${TEAMS} teams × 3 players on 3 laptops each (${instances} instance${instances > 1 ? 's' : ''}), ${SCENARIO}: ${n} actions acknowledged in ${secs.toFixed(1)} s`);
    console.log(`  paced room (think 0–${2 * THINK} ms, first ${PACED_MS / 1000} s): ack round trip ${stats(fleet.latencies.slice(0, paced))}`);
    if (cpu0 !== null && cpuPaced !== null && cpuEnd !== null) {
      console.log(`  server CPU time per acknowledged action (all instances): ${((cpuPaced - cpu0) / Math.max(1, paced)).toFixed(2)} ms paced, ${((cpuEnd - cpuPaced) / Math.max(1, n - paced)).toFixed(2)} ms flat out`);
    }
    if (paced < n) console.log(`  flat out (the rest of the year, one action in flight per team): ${stats(fleet.latencies.slice(paced))}`);
    const times: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < 3; i++) {
      const base = bases[i % bases.length]!;
      const s = performance.now();
      const c0 = cpuMs(pids);
      const r = await call(base, 'GET', `/api/events/${fleet.eventId}/leaderboard`, procs[0]!.token);
      times.push(performance.now() - s);
      const c1 = cpuMs(pids);
      if (c0 !== null && c1 !== null) cpus.push(c1 - c0);
      if (r.status !== 200 || r.body.standings.length !== TEAMS || !r.body.standings.every((x: { finished: boolean }) => x.finished)) throw new Error(`leaderboard: ${JSON.stringify(r.body).slice(0, 300)}`);
    }
    console.log(`  leaderboard recompute (${TEAMS} whole ${SCENARIO} logs, ${n} actions, re-simulated), request round trip: ${times.map(ms).join(', ')}${cpus.length ? ` (server CPU ${cpus.map((c) => `${c} ms`).join(', ')})` : ''}; ${load()}`);
  } finally {
    for (const p of procs.splice(0)) await kill(p);
    await db.drop();
  }
}

if (!values['pg-only']) await room('SQLite', await freshDb('sqlite'), 1);
if (!values['sqlite-only']) {
  const problem = await pgAvailable();
  if (problem) console.log(`PostgreSQL: skipped — ${problem}`);
  else await room('PostgreSQL', await freshDb('postgres'), 2);
}
await removeServerBundle();
