/**
 * The debrief on several threads (src/cli/debrief-threads.ts) and the CLI's prebuilt bundle
 * (scripts/cli-bundle.mjs) give the report of the sequential analysis, byte for byte
 * (but for the seconds it took).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundled } from '../helpers.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { replay } from '../../src/engine/index.ts';
import {
  branchLog, confirmPoints, listTurningPoints, planTurningPoints, screenPoints, selectForConfirmation, turningPoints,
  type TurningPoint,
} from '../../src/debrief/index.ts';
import { debriefReport } from '../../src/cli/debrief.ts';
import { terminalSafeJson } from '../../src/cli/verify.ts';
import { threadCount, turningPointsThreaded } from '../../src/cli/debrief-threads.ts';
import { pathToFileURL } from 'node:url';
import { makeSave } from '../../src/save/format.ts';

const ROOT = join(import.meta.dirname, '../..');
const { scenario: sc, contentHash } = bundled('flagship');
const SEED = 'threads-1';
const players = { AR: 'player', SR: 'iron-triangle', FR: 'iron-triangle' };
// AR played siloed beside a par team, saved at the start of week 26: decisions par would take otherwise.
const whole = playGame(sc, SEED, { ...botsFor('iron-triangle')!, AR: botsFor('siloed')!.AR });
const log = branchLog(whole.log, 26);
const game = { seed: SEED, log, players };
const OPTS = { untilWeek: 26, confirm: 6, continuations: 4 };

/** Past every decision point and kept fork: nothing left to claim. */
const NONE = 100_000;

/** Claims for two threads: `mine(i)` says which of 0, 1, 2, … thread A takes (each thread's claims increase, as from a shared counter). */
function split(mine: (i: number) => boolean): [() => number, () => number] {
  const claims = (want: boolean) => {
    let i = 0;
    return () => {
      while (i < NONE && mine(i) !== want) i++;
      return i++;
    };
  };
  return [claims(true), claims(false)];
}

/** Claims for `n` threads: `owner(i)` says which thread takes 0, 1, 2, … (each thread's claims increase). */
function partition(n: number, owner: (i: number) => number): (() => number)[] {
  return Array.from({ length: n }, (_, t) => {
    let i = 0;
    return () => {
      while (i < NONE && owner(i) !== t) i++;
      return i++;
    };
  });
}

describe('the turning points computed in parts on two threads', () => {
  const sequential = turningPoints(sc, game, OPTS);

  it.each([
    ['alternating', (i: number) => i % 2 === 0],
    ['first ones to one thread', (i: number) => i < 5],
    ['all to one thread', () => true],
  ])('give the sequential report whichever thread takes which part (%s)', (_, mine) => {
    const plan = planTurningPoints(sc, game, OPTS);
    const [a, b] = split(mine);
    const screened = [...screenPoints(plan, b), ...screenPoints(plan, a)];
    const kept = selectForConfirmation(plan, screened);
    const [c, d] = split(mine);
    const byFork: (TurningPoint | null)[] = new Array(kept.length).fill(null);
    for (const { k, point } of [...confirmPoints(plan, kept, d), ...confirmPoints(plan, kept, c)]) byFork[k] = point;
    const parts = listTurningPoints(plan, byFork.filter((p): p is TurningPoint => p !== null), screened.length, kept.length);
    expect(parts).toEqual(sequential);
    expect(JSON.stringify(parts)).toBe(JSON.stringify(sequential));
  });

  it('give the sequential report on more threads too (one per core: three here, each taking every third part)', () => {
    const plan = planTurningPoints(sc, game, OPTS);
    const screened = partition(3, (i) => i % 3).reverse().flatMap((claim) => screenPoints(plan, claim));
    const kept = selectForConfirmation(plan, screened);
    const byFork: (TurningPoint | null)[] = new Array(kept.length).fill(null);
    for (const claim of partition(3, (i) => (i * 7) % 3)) for (const { k, point } of confirmPoints(plan, kept, claim)) byFork[k] = point;
    const parts = listTurningPoints(plan, byFork.filter((p): p is TurningPoint => p !== null), screened.length, kept.length);
    expect(JSON.stringify(parts)).toBe(JSON.stringify(sequential));
  });

  it('have something to find in this game (the comparison is not of empty reports)', () => {
    expect(sequential.candidates).toBeGreaterThan(10);
    expect(sequential.confirmed).toBe(6);
  });
});

describe('npm run cli (the prebuilt bundle, the turning points on several threads)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-threads-'));
  const file = join(dir, 'save.json');
  const r = replay(sc, SEED, log);
  const save = makeSave(sc, contentHash, SEED, log, r.weekHashes, r.state, players);
  writeFileSync(file, JSON.stringify(save, null, 1));
  const noSeconds = (s: string) => s.trim().replace(/"seconds":[0-9.e-]+/, '"seconds":0');
  const node = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

  it('prints the same debrief --json as the sequential report, byte for byte', () => {
    const out = node(['scripts/cli.mjs', 'debrief', file, '--json']);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const expected = terminalSafeJson(debriefReport(sc, JSON.parse(readFileSync(file, 'utf8'))));
    expect(noSeconds(out.stdout)).toBe(noSeconds(expected));
    expect(JSON.parse(out.stdout).turningPoints.confirmed).toBeGreaterThan(0);
  });

  it('prints the same report on four threads (IRON_TRIANGLE_THREADS=4: three workers) and on one', () => {
    const expected = noSeconds(terminalSafeJson(debriefReport(sc, JSON.parse(readFileSync(file, 'utf8')))));
    for (const threads of ['4', '1']) {
      const out = node(['scripts/cli.mjs', 'debrief', file, '--json'], { IRON_TRIANGLE_THREADS: threads });
      expect(out.stderr, threads).toBe('');
      expect(noSeconds(out.stdout), threads).toBe(expected);
    }
    expect(threadCount({ IRON_TRIANGLE_THREADS: '4' })).toBe(4);
    expect(threadCount({ IRON_TRIANGLE_THREADS: '99' })).toBe(8);
    expect(threadCount({ IRON_TRIANGLE_THREADS: 'lots' })).toBeGreaterThanOrEqual(1);
  });

  it('runs the workers it starts (three here, on any machine), with no fallback to one thread', async () => {
    expect(node(['scripts/cli.mjs', 'help']).status).toBe(0); // the bundle is fresh
    const falls: string[] = [];
    const r = await turningPointsThreaded(sc, game, 26, pathToFileURL(join(ROOT, 'dist-cli/debrief-worker.mjs')), 4, (why) => falls.push(why));
    expect(falls).toEqual([]);
    expect(JSON.stringify(r)).toBe(JSON.stringify(turningPoints(sc, game, { untilWeek: 26 })));
  });

  it('a worker that cannot start: the same report, from this thread alone, and the fallback is told', async () => {
    const falls: string[] = [];
    const r = await turningPointsThreaded(sc, game, 26, pathToFileURL(join(dir, 'no-such-worker.mjs')), 3, (why) => falls.push(why));
    expect(falls.length).toBe(1);
    expect(JSON.stringify(r)).toBe(JSON.stringify(turningPoints(sc, game, { untilWeek: 26 })));
  });

  it('never uses a stale bundle: a changed source file or builder makes it rebuild', () => {
    const out = join(dir, 'bundle');
    const script = `import { buildCli, bundleIsFresh } from './scripts/cli-bundle.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
const out = ${JSON.stringify(out)};
const fresh = [bundleIsFresh(out)];
await buildCli(out);
fresh.push(bundleIsFresh(out));
const m = JSON.parse(readFileSync(out + '/inputs.json', 'utf8'));
const edit = (f) => { const c = structuredClone(m); f(c); writeFileSync(out + '/inputs.json', JSON.stringify(c)); return bundleIsFresh(out); };
fresh.push(edit((c) => { c.inputs['src/debrief/turning-points.ts'] = '1:1'; }));
fresh.push(edit((c) => { c.builder = '1:1'; }));
fresh.push(edit(() => {}));
console.log(JSON.stringify({ fresh, inputs: Object.keys(m.inputs).length }));`;
    const r = node(['--input-type=module', '-e', script]);
    expect(r.stderr).toBe('');
    const { fresh, inputs } = JSON.parse(r.stdout) as { fresh: boolean[]; inputs: number };
    expect(fresh).toEqual([false, true, false, false, true]);
    expect(inputs).toBeGreaterThan(50);
    rmSync(dir, { recursive: true, force: true });
  });
});
