/**
 * `npm run cli -- verify <files…> [--seed S] [--finished] [--json] [--scenario F]`: a
 * facilitator's check of competition entries (save files, or a workshop event's archive:
 * every team's save in it, verify-archive.ts). Every file is read (size first), parsed,
 * re-simulated (its branch too) and, with --seed / --finished, held to the event's rules;
 * one line per file, exit 1 when any is refused. A partial game's score is only ever
 * shown "at week N", beside par (the iron-triangle bots on the same seed) at week N.
 *
 * What a verified file proves: a legal game of this scenario on its seed, whose every
 * week re-simulates to the recorded state. Not who played it — the `players` header is
 * the file's own claim; the workshop server witnesses who played.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Scenario } from '../scenario/schema.ts';
import { formatIssues } from '../scenario/load.ts';
import { computeKpis, computeScore, stateHash, type Action, type GameState, type Kpis } from '../engine/index.ts';
import { botsFor, playWeeks } from '../bots/index.ts';
import { PAR_STRATEGY } from '../debrief/scorecard.ts';
import { MAX_SAVE_BYTES, cleanText, parseSave, verifySave, type SaveFile, type VerifyResult } from '../save/format.ts';
import { safeReplay } from '../save/file.ts';
import { injectsIn } from '../debrief/injects.ts';
import { readArchive } from './verify-archive.ts';
import { findScenarioById, loadScenarioCached } from './scenario-files.ts';

export class FileProblem extends Error {}

/** A save already read (from an event archive, verify-archive.ts), with the archive's own scenario if it has one. */
export interface Given { save: SaveFile | null; problem: string | null; scenario: { scenario: Scenario; contentHash: string } | null }

export const PROOF_NOTE = 'A verified file proves a legal game of its scenario on its seed, re-simulated week by week; it does not prove who played it (the "players" header is the file\'s own claim — the workshop server witnesses who played).';

/** Read, parse and re-simulate one save; a problem with the file itself is a `FileProblem` (one plain line). */
export function loadVerified(file: string, scenarioOpt: string | undefined, given?: Given): { save: SaveFile; scenario: Scenario; contentHash: string; verified: VerifyResult } {
  if (given?.problem) throw new FileProblem(given.problem);
  const save = given?.save ?? readSave(file);
  const { scenario, contentHash } = (!scenarioOpt && given?.scenario) || scenarioFor(save, scenarioOpt);
  return { save, scenario, contentHash, verified: verifySave(scenario, contentHash, save) };
}

function readSave(file: string): SaveFile {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new FileProblem('not a file');
    size = st.size;
  } catch (e) {
    throw e instanceof FileProblem ? e : new FileProblem('file not found');
  }
  if (size > MAX_SAVE_BYTES) throw new FileProblem(`the file is ${(size / 1_000_000).toFixed(1)} MB; a save may be at most ${MAX_SAVE_BYTES / 1_000_000} MB (a whole year is about 20 KB)`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new FileProblem('the file could not be read');
  }
  const parsed = parseSave(text);
  if (!parsed.ok) throw new FileProblem(parsed.message);
  return parsed.save;
}

function scenarioFor(save: SaveFile, scenarioOpt: string | undefined): { scenario: Scenario; contentHash: string } {
  const path = scenarioOpt ?? findScenarioById(save.scenario.id);
  if (!path) throw new FileProblem(`no bundled scenario has id "${cleanText(save.scenario.id)}"; pass --scenario FILE`);
  const r = loadScenarioCached(path);
  if (!r.ok) throw new FileProblem(formatIssues(r.issues).split('\n')[0] ?? 'the scenario file does not load');
  return r;
}

export interface VerifyRow {
  file: string;
  verified: boolean;
  /** Why the file is refused (one line, cleaned), or null. */
  reason: string | null;
  scenario: string | null;
  seed: string | null;
  finished: boolean | null;
  /** Weeks ended, of `weeksTotal`. */
  weeks: number | null;
  weeksTotal: number | null;
  actions: number | null;
  /** The score at the end of the game, or — for a partial game — at the end of week `atWeek` (later actions not counted). */
  score: number | null;
  /** Par's score at the same week (the whole year for a finished game). */
  par: number | null;
  /** null for a finished game; else the week both scores are taken at. */
  atWeek: number | null;
  kpis: Kpis | null;
  stateHash: string | null;
  /** The facilitator's injects in the log (a workshop game): what and in which week. */
  injects: { week: number; event: string | null; text: string | null }[];
}

export interface VerifyOptions { seed?: string; finished?: boolean; scenario?: string }

/** Par's score after `weeks` weeks (all of them: Infinity), once per scenario, seed and week. */
const parCache = new Map<string, number>();
function parScore(sc: Scenario, contentHash: string, seed: string, weeks: number): number {
  const key = JSON.stringify([contentHash, seed, weeks]);
  let s = parCache.get(key);
  if (s === undefined) {
    const { state } = playWeeks(sc, seed, botsFor(PAR_STRATEGY)!, weeks);
    parCache.set(key, (s = computeScore(sc, computeKpis(sc, state))));
  }
  return s;
}

export function verifyOne(file: string, opts: VerifyOptions, given?: Given): VerifyRow {
  const row: VerifyRow = {
    file: cleanText(file), verified: false, reason: null, scenario: null, seed: null, finished: null,
    weeks: null, weeksTotal: null, actions: null, score: null, par: null, atWeek: null, kpis: null, stateHash: null, injects: [],
  };
  let save: SaveFile, sc: Scenario, contentHash: string, v: VerifyResult;
  try {
    ({ save, scenario: sc, contentHash, verified: v } = loadVerified(file, opts.scenario, given));
  } catch (e) {
    return { ...row, reason: e instanceof FileProblem ? cleanText(e.message) : 'the file could not be checked' };
  }
  Object.assign(row, {
    scenario: sc.id, seed: cleanText(save.seed), weeksTotal: sc.weeks, actions: save.log.length,
    injects: injectsIn(save.log as Action[]).map((n) => ({ week: n.week, event: n.event === null ? null : cleanText(n.event), text: n.text === null ? null : cleanText(n.text.en) })),
  });
  if (!v.ok) return { ...row, reason: cleanText(v.message) };
  const state: GameState = v.state;
  const weeks = v.weekHashes.length;
  // A partial game is scored as it stood when its last whole week ended, like par's.
  const scored = state.finished ? state : atLastWeekEnd(sc, save, state);
  const kpis = computeKpis(sc, scored);
  Object.assign(row, {
    finished: state.finished, weeks, kpis, stateHash: stateHash(state), score: computeScore(sc, kpis),
    par: parScore(sc, contentHash, save.seed, state.finished ? Infinity : weeks), atWeek: state.finished ? null : weeks,
  });
  if (opts.seed !== undefined && save.seed !== opts.seed) return { ...row, reason: `played on seed "${row.seed}", not the event's seed "${cleanText(opts.seed)}"` };
  if (opts.finished && !state.finished) return { ...row, reason: `not finished: ${weeks} of ${sc.weeks} weeks played (--finished requires a whole game)` };
  return { ...row, verified: true };
}

/** The state at the end of the last whole week (the game's own state when it ends on one). */
function atLastWeekEnd(sc: Scenario, save: SaveFile, state: GameState): GameState {
  let end = save.log.length;
  while (end > 0 && save.log[end - 1]!.kind !== 'endWeek') end--;
  if (end === save.log.length) return state;
  return safeReplay(sc, save.seed, save.log.slice(0, end) as Action[]).state;
}

export function verifyFiles(files: readonly string[], opts: VerifyOptions): { rows: VerifyRow[]; code: number } {
  const rows = files.flatMap((f) => {
    const archive = readArchive(f);
    if (!archive) return [verifyOne(f, opts)];
    return archive.entries.map((e) => verifyOne(e.file, opts, { save: e.save, problem: e.problem ?? (archive.scenario || opts.scenario ? null : archive.scenarioProblem), scenario: archive.scenario }));
  });
  return { rows, code: rows.every((r) => r.verified) ? 0 : 1 };
}

const num = (n: number) => n.toLocaleString('en-US');

/** The table: one line per file, then the count and what a verification proves. */
export function formatVerifyTable(rows: readonly VerifyRow[]): string {
  const cells = rows.map((r) => {
    const at = r.atWeek === null ? '' : ` at week ${r.atWeek}`;
    return [
      r.file,
      r.verified ? 'verified' : 'REFUSED',
      r.seed ?? '—',
      r.weeks === null ? '—' : `${r.weeks}/${r.weeksTotal}`,
      r.score === null ? '—' : `${num(r.score)}${at}`,
      r.par === null ? '—' : `${num(r.par)}${at}`,
      r.reason ?? '',
    ];
  });
  const head = ['file', 'verdict', 'seed', 'weeks', 'score', 'par (same seed)', rows.some((r) => !r.verified) ? 'why refused' : ''];
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => [...c[i]!].length)));
  const line = (c: readonly string[]) => c.map((x, i) => (i === c.length - 1 ? x : x + ' '.repeat(width[i]! - [...x].length))).join('  ').trimEnd();
  const ok = rows.filter((r) => r.verified).length;
  return [
    line(head),
    ...cells.map(line),
    ...rows.flatMap((r) => r.injects.map((n) => `${r.file}: facilitator injected ${n.event !== null ? `event "${n.event}"` : `announcement "${n.text}"`} in week ${n.week}`)),
    '',
    `${ok} verified, ${rows.length - ok} refused.`,
    PROOF_NOTE,
  ].join('\n');
}

/** JSON with every character that could drive a terminal escaped (JSON.stringify leaves C1 and bidi controls raw). */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
