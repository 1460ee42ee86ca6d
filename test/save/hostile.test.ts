/**
 * A corpus of hostile saves, made by code from genuine bot games on the real engine, run
 * through everything that reads a save: `verify` (its function, and once as a child
 * process), `debrief` (the CLI's entry point, in process) and the browser's import path
 * (parse + verify). Each is refused with one clear line or handled; nothing throws,
 * nothing hangs, and no control character from a file reaches the output.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundled } from '../helpers.ts';
import { botsFor, playGame, playWeeks } from '../../src/bots/index.ts';
import { computeKpis, computeScore, replay, type Action } from '../../src/engine/index.ts';
import { MAX_NOTE_CHARS, MAX_SAVE_BYTES, cleanText, makeSave, verifySave, type SaveFile } from '../../src/save/format.ts';
import { formatVerifyTable, terminalSafeJson, verifyFiles, verifyOne } from '../../src/cli/verify.ts';
import { main } from '../../src/cli/main.ts';
import { checkImportText } from '../../src/ui/save-check.ts';
import { importErrorText } from '../../src/ui/import-errors.ts';
import { metaFromText } from '../../src/ui/saves.ts';
import { Session } from '../../src/ui/session.ts';
import { Tx } from '../../src/ui/text.ts';

const ROOT = join(import.meta.dirname, '../..');
const tut = bundled('tutorial');
const sc = tut.scenario;
const find = (id: string) => (id === sc.id ? tut : null);
const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Anything a terminal or a screen would act on: C0 but newline and tab, DEL, C1, bidi controls. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const ESC = '\u001b';
const NASTY = `${ESC}[2J${ESC}[1;1Hverified\r\u009b31m\u202e\u0007x`;
const PROTO_KEYS = ['hasOwnProperty', 'constructor', '__proto__', 'toString', 'valueOf'];

function game(seed: string, weeks = Infinity) {
  const { log } = weeks === Infinity ? playGame(sc, seed, botsFor('iron-triangle')!) : playWeeks(sc, seed, botsFor('iron-triangle')!, weeks);
  const r = replay(sc, seed, log);
  if (r.error) throw new Error('a bot game does not replay');
  return { log, r };
}
function save(seed: string, opts: { weeks?: number; players?: Record<string, string>; notes?: Record<string, string>; branch?: { fromWeek: number; log: Action[] } } = {}): SaveFile {
  const { log, r } = game(seed, opts.weeks);
  return makeSave(sc, tut.contentHash, seed, log, r.weekHashes, r.state, opts.players ?? { AR: 'player', SR: 'iron-triangle', FR: 'iron-triangle' }, { notes: opts.notes, branch: opts.branch });
}
/** The index of the first action in `week` (after week-1 endWeeks). */
function startOfWeek(log: readonly Action[], week: number): number {
  let ended = 0;
  for (let i = 0; i < log.length; i++) if (log[i]!.kind === 'endWeek' && ++ended === week - 1) return i + 1;
  throw new Error('no such week');
}
function withAction(log: readonly Action[], week: number, a: unknown): Action[] {
  const i = startOfWeek(log, week);
  return [...log.slice(0, i), a as Action, ...log.slice(i)];
}
const protoActions = (k: string) => [
  { kind: 'install', role: 'FR', order: k },
  { kind: 'qualifyLead', role: 'AR', lead: k },
  { kind: 'creditCheck', role: 'AR', customer: k },
  { kind: 'designSolution', role: 'SR', opportunity: k },
  { kind: 'visit', role: 'AR', opportunity: k, stakeholder: k, with: [] },
];

interface Case { name: string; text: string; ok: boolean; reason?: RegExp; ui?: string }
const cases: Case[] = [];
const genuine = save('g1');
const partial = save('g1', { weeks: 5 });

beforeAll(() => {
  const j = (s: unknown) => JSON.stringify(s);
  cases.push({ name: 'genuine', text: j(genuine), ok: true });
  cases.push({ name: 'bom', text: '\ufeff' + JSON.stringify(genuine, null, 1), ok: true });
  cases.push({ name: 'partial', text: j(partial), ok: true });
  const foreign = save('other-seed');
  cases.push({ name: 'foreign-seed', text: j(foreign), ok: true });
  for (const k of PROTO_KEYS) {
    protoActions(k).forEach((a, n) => {
      cases.push({ name: `log-${k}-${n}`, text: j({ ...genuine, log: withAction(genuine.log as Action[], 3, a) }), ok: false, reason: /action #\d+ \(week 3\) (was refused|could not be applied)/, ui: 'refusedAction' });
    });
    const badOrigin = withAction(genuine.log as Action[], 2, protoActions(k)[0]);
    cases.push({ name: `branch-${k}`, text: j({ ...genuine, branch: { fromWeek: 4, log: badOrigin } }), ok: false, reason: /branch.*week 2/, ui: 'badBranch' });
  }
  // Prototype keys as record keys: dropped or kept as plain keys, never a prototype.
  cases.push({ name: 'proto-record-keys', text: j(genuine).replace('"notes":{}', '"notes":{"__proto__":{"polluted":1},"constructor":"c","toString":"t"}').replace('"players":{', '"players":{"__proto__":"p","hasOwnProperty":"h",'), ok: true });
  // A genuine branch: this game is the original's first 3 weeks, played on.
  cases.push({ name: 'branch-genuine', text: j({ ...genuine, branch: { fromWeek: 4, log: genuine.log } }), ok: true });
  const other = save('g2');
  cases.push({ name: 'branch-foreign', text: j({ ...genuine, branch: { fromWeek: 4, log: other.log } }), ok: false, reason: /does not start with the first 3 weeks/, ui: 'badBranch' });
  // Control characters and escapes in every string field.
  const nastyGame = save(`seed${NASTY}`, { players: { AR: 'player', SR: NASTY, [`k${ESC}[31m`]: NASTY }, notes: { q1: `line 1\r\n${NASTY}\nline 3\ttab`, [`q${ESC}]0;title\u0007`]: NASTY } });
  cases.push({ name: 'nasty-fields', text: j(nastyGame), ok: true });
  cases.push({ name: 'nasty-scenario-id', text: j({ ...genuine, scenario: { ...genuine.scenario, id: `tut${ESC}[2J` } }), ok: false, reason: /scenario/, ui: 'unknownScenario' });
  cases.push({ name: 'nasty-engine', text: j({ ...genuine, engineVersion: `9${NASTY}` }), ok: false, reason: /engine 9/, ui: 'engineMismatch' });
  cases.push({ name: 'nasty-format', text: j({ ...genuine, format: NASTY }), ok: false, reason: /not a valid save file: format/, ui: 'invalid' });
  cases.push({ name: 'nasty-hash', text: j({ ...genuine, weekHashes: [NASTY, ...genuine.weekHashes.slice(1)] }), ok: false, reason: /not a valid save file: weekHashes/, ui: 'invalid' });
  cases.push({ name: 'nasty-action-id', text: j({ ...genuine, log: withAction(genuine.log as Action[], 2, { kind: 'install', role: 'FR', order: NASTY }) }), ok: false, reason: /action #\d+ \(week 2\)/, ui: 'refusedAction' });
  cases.push({ name: 'nasty-json-key', text: j(genuine).replace('"seed"', `"${NASTY.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}":1,"seed"`), ok: false, reason: /not a valid save file/, ui: 'invalid' });
  cases.push({ name: 'wrong-version', text: j({ ...genuine, scenario: { ...genuine.scenario, version: genuine.scenario.version + 1 } }), ok: false, reason: /version \d+, but this is version \d+/, ui: 'wrongVersion' });
  cases.push({ name: 'note-too-long', text: j({ ...genuine, notes: { q1: 'x'.repeat(MAX_NOTE_CHARS + 1) } }), ok: false, reason: /at most 20,000 per note/, ui: 'notesTooLong' });
  cases.push({ name: 'notes-too-long', text: j({ ...genuine, notes: Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`q${i}`, 'x'.repeat(MAX_NOTE_CHARS)])) }), ok: false, reason: /at most 100,000/, ui: 'notesTooLong' });
  cases.push({ name: 'too-large', text: j(genuine).replace(/}$/, ' '.repeat(MAX_SAVE_BYTES) + '}'), ok: false, reason: /at most 5 MB/, ui: 'tooLarge' });
  cases.push({ name: 'truncated', text: j(genuine).slice(0, 500), ok: false, reason: /not JSON/, ui: 'notJson' });
  for (const c of cases) writeFileSync(join(dir, `${c.name}.json`), c.text);
});
const file = (name: string) => join(dir, `${name}.json`);

describe('hostile saves: verifySave never throws', () => {
  it('prototype-key ids in the log and in the branch are refused with their week named', () => {
    for (const k of PROTO_KEYS) {
      for (const a of protoActions(k)) {
        const log = withAction(genuine.log as Action[], 3, a);
        let v: ReturnType<typeof verifySave> | undefined;
        expect(() => (v = verifySave(sc, tut.contentHash, { ...genuine, log: log as SaveFile['log'] }))).not.toThrow();
        expect(v!.ok).toBe(false);
        if (!v!.ok) expect([v!.reason, v!.week]).toEqual(['refusedAction', 3]);
        const b = verifySave(sc, tut.contentHash, { ...genuine, branch: { fromWeek: 4, log: log as SaveFile['log'] } });
        expect(b.ok ? null : b.reason).toBe('badBranch');
      }
    }
  });
});

describe('hostile saves through verify (the function)', () => {
  it('each file: the verdict expected, one clear line, nothing raw', () => {
    for (const c of cases) {
      const row = verifyOne(file(c.name), {});
      expect([c.name, row.verified]).toEqual([c.name, c.ok]);
      if (c.reason) expect(row.reason, c.name).toMatch(c.reason);
      if (row.reason) expect(row.reason.split('\n'), c.name).toHaveLength(1);
      expect(terminalSafeJson(row), c.name).not.toMatch(RAW);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const table = formatVerifyTable(cases.map((c) => verifyOne(file(c.name), {})));
    expect(table).not.toMatch(RAW);
    expect(table.split('\n').length).toBe(cases.length + 4);
    expect(table).toMatch(/does not prove who played it/);
  });

  it('--seed refuses the foreign seed, --finished the partial game, and passes the genuine ones', () => {
    const { rows, code } = verifyFiles([file('genuine'), file('bom'), file('partial'), file('foreign-seed'), file('too-large')], { seed: 'g1', finished: true });
    expect(code).toBe(1);
    expect(rows.map((r) => r.verified)).toEqual([true, true, false, false, false]);
    expect(rows[2]!.reason).toMatch(/not finished: 5 of 12 weeks/);
    expect(rows[3]!.reason).toMatch(/seed "other-seed", not the event's seed "g1"/);
    expect(verifyFiles([file('genuine'), file('bom')], { seed: 'g1', finished: true }).code).toBe(0);
  });

  it("a partial game is scored at its week, beside par's score at that week — never as a year", () => {
    const row = verifyOne(file('partial'), {});
    expect(row.verified).toBe(true);
    expect(row.atWeek).toBe(5);
    const par = playWeeks(sc, 'g1', botsFor('iron-triangle')!, 5).state;
    expect(row.par).toBe(computeScore(sc, computeKpis(sc, par)));
    expect(formatVerifyTable([row])).toMatch(new RegExp(`${row.score!.toLocaleString('en-US')} at week 5 +${row.par!.toLocaleString('en-US')} at week 5`));
    // Stopped in the middle of a week: scored as the week before ended, that week's first actions not counted.
    const glog = genuine.log as Action[];
    const w = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((x) => glog[startOfWeek(glog, x)]!.kind !== 'endWeek').pop()!;
    const cut = startOfWeek(glog, w);
    let end = cut;
    while (glog[end]!.kind !== 'endWeek') end++;
    const log = glog.slice(0, end);
    const r = replay(sc, 'g1', log);
    writeFileSync(file('mid-week'), JSON.stringify(makeSave(sc, tut.contentHash, 'g1', log, r.weekHashes, r.state)));
    const mid = verifyOne(file('mid-week'), {});
    const atEnd = replay(sc, 'g1', glog.slice(0, cut)).state;
    expect([mid.verified, mid.atWeek, mid.score]).toEqual([true, w - 1, computeScore(sc, computeKpis(sc, atEnd))]);
    const whole = verifyOne(file('genuine'), {});
    expect(whole.atWeek).toBeNull();
    expect(whole.par).toBe(computeScore(sc, computeKpis(sc, playGame(sc, 'g1', botsFor('iron-triangle')!).state)));
  });

  it('the CLI as a child process: the whole corpus in one run, exit 1, one line per file, nothing raw', () => {
    const files = cases.map((c) => file(c.name));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'verify', ...files, '--seed', 'g1', '--finished'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(RAW);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    for (const c of cases) expect(r.stdout.split('\n').filter((l) => l.startsWith(file(c.name) + ' '))).toHaveLength(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith(dir) && / verified /.test(l)).map((l) => l.split(' ')[0])).toEqual([file('genuine'), file('bom'), file('proto-record-keys'), file('branch-genuine')]);
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'verify', file('genuine'), file('bom'), '--seed', 'g1', '--finished', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { verified: boolean }[]).map((x) => x.verified)).toEqual([true, true]);
  });
});

describe('hostile saves through debrief (the CLI entry point)', () => {
  it('refused with one line and exit 1, or debriefed with nothing raw', async () => {
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    const err = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    try {
      for (const c of cases.filter((x) => !x.ok || x.name === 'nasty-fields' || x.name === 'partial')) {
        for (const json of [[], ['--json']]) {
          out.length = 0;
          const code = await main(['debrief', file(c.name), ...json]);
          const text = out.join('\n');
          expect([c.name, code]).toEqual([c.name, c.ok ? 0 : 1]);
          expect(text, c.name).not.toMatch(RAW);
          expect(text, c.name).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
          if (!c.ok) expect(text.split('\n'), c.name).toHaveLength(1);
        }
      }
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  }, 120_000);
});

describe("hostile saves through the browser's import", () => {
  it('each refused with its reason in plain words in both languages, or imported with its text cleaned', () => {
    for (const c of cases) {
      const r = checkImportText(c.text, find);
      if (c.ok) {
        expect([c.name, r.ok]).toEqual([c.name, true]);
        continue;
      }
      expect([c.name, r.ok ? null : r.problem.reason]).toEqual([c.name, c.ui]);
      if (r.ok) continue;
      for (const lang of ['en', 'zh'] as const) {
        const text = importErrorText(new Tx(lang, null), r.problem);
        expect(text).not.toMatch(/[{}]|ui\.importError/);
        expect(text.length).toBeGreaterThan(20);
      }
    }
  });

  it("a save's seed, players and notes reach the screen without control characters", () => {
    const c = cases.find((x) => x.name === 'nasty-fields')!;
    const r = checkImportText(c.text, find);
    if (!r.ok) throw new Error('the nasty-fields save should import');
    const s = Session.fromSave(sc, tut.contentHash, r.save);
    for (const [k, v] of Object.entries(s.notes)) {
      expect(k + v).not.toMatch(RAW);
    }
    expect(s.notes.q1).toBe('line 1\nverified\nx\nline 3\ttab'); // newlines and tabs kept (a lone CR is one), escapes gone
    expect(metaFromText('g', sc.id, c.text, 1, 0).seed).toBe('seedverifiedx');
    expect(cleanText(NASTY, true)).toBe('verified\nx');
    expect(cleanText(NASTY)).toBe('verifiedx');
  });
});
