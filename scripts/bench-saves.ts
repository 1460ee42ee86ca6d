/**
 * Speed of checking saves, as a facilitator meets it (part of `npm run bench`; runs alone
 * with `npx tsx scripts/bench-saves.ts`). Each figure is a fresh process running what
 * `npm run cli` runs (the prebuilt bundle, scripts/cli-bundle.mjs, built first if stale):
 * "work" is measured inside it (scenario load, parse, re-simulation, par, the debrief's
 * threads), "wall" around it (node startup, the bundle's freshness check and loading
 * included), "CPU" is the process's own CPU time, all threads (what the run costs when
 * other programs share the cores).
 * - verify of one flagship save (target: work ≤ 0.5 s);
 * - verify of 30 flagship saves in one run (target: ≤ 5 s);
 * - debrief --json of one flagship save (target: ≤ 3 s, startup included).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { flagshipSave, ROOT } from './preview.ts';

interface Run { wall: number; work: number; workCpu: number; cpu: number; code: number | null }

/** In a fresh node process: load the CLI as `npm run cli` does (startup), then run `body` with `files` and `cli` in scope (the work). */
function fresh(body: string, files: string[]): Run {
  const script = `const files = ${JSON.stringify(files)};
const cli = await (await import(${JSON.stringify(pathToFileURL(join(ROOT, 'scripts/cli-bundle.mjs')).href)})).loadCli();
const t0 = performance.now();
const c0 = process.cpuUsage();
const code = await (async () => { ${body} })();
const work = performance.now() - t0;
const c1 = process.cpuUsage(c0);
const cpu = process.cpuUsage();
process.stderr.write('\\n@@' + JSON.stringify({ work, workCpu: (c1.user + c1.system) / 1000, cpu: (cpu.user + cpu.system) / 1000, code }) + '\\n');`;
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = performance.now() - t;
  const m = /@@(.*)/.exec(r.stderr);
  if (!m) throw new Error(`bench child failed: ${r.stderr.slice(0, 500)}`);
  const j = JSON.parse(m[1]!) as { work: number; workCpu: number; cpu: number; code: number };
  return { wall: wall / 1000, work: j.work / 1000, workCpu: j.workCpu / 1000, cpu: j.cpu / 1000, code: j.code };
}

export function benchSaves(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-saves-'));
  try {
    const { save } = flagshipSave('bench-verify', 'iron-triangle');
    const text = JSON.stringify(save, null, 1);
    const files = Array.from({ length: 30 }, (_, i) => {
      const p = join(dir, `entry-${i}.json`);
      writeFileSync(p, text);
      return p;
    });
    // The bundle is built (when stale) before anything is timed, as after the first run.
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts/cli.mjs'), 'help'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`cannot build the CLI bundle: ${built.stderr.slice(0, 500)}`);
    const run = (args: string) => `const log = console.log; console.log = () => {}; try { return await cli.main([${args}], cli.options); } finally { console.log = log; }`;
    const verify = run(`'verify', ...files, '--seed', 'bench-verify', '--finished'`);
    const one = fresh(verify, files.slice(0, 1));
    const all = fresh(verify, files);
    const deb = fresh(run(`'debrief', files[0], '--json'`), files.slice(0, 1));
    for (const [name, r] of [['verify 1', one], ['verify 30', all], ['debrief', deb]] as const) if (r.code !== 0) throw new Error(`${name} exited ${r.code}`);
    const f = (r: Run) => `work ${r.work.toFixed(2)} s (CPU ${r.workCpu.toFixed(2)} s), with startup ${r.wall.toFixed(2)} s (CPU ${r.cpu.toFixed(2)} s)`;
    return [
      `verify 1 flagship save (${save.log.length} actions, ${(text.length / 1024).toFixed(0)} KiB): ${f(one)}  [target work ≤ 0.5 s]`,
      `verify 30 flagship saves in one run: ${f(all)}  [target ≤ 5 s]`,
      `debrief --json 1 flagship save: ${f(deb)}  [target ≤ 3 s with startup]`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && /bench-saves\.ts$/.test(process.argv[1])) for (const line of benchSaves()) console.log(line);
