/**
 * What an event produced, always re-simulated from the stored logs (never from the
 * cached games): the leaderboard, and the archive — one save file per team in the
 * format `npm run cli -- verify` checks, so anyone can re-check the ranking offline.
 */
import { computeKpis, computeScore, type Action, type Kpis } from '../engine/index.ts';
import { makeSave, type SaveFile } from '../save/format.ts';
import { safeReplay } from '../save/file.ts';
import { eventScenario } from './scenarios.ts';
import type { EventRow, Store, TeamRow } from './store.ts';

export interface Standing {
  rank: number;
  teamId: string;
  team: string;
  score: number;
  /** Weeks ended; a game that is not finished is scored as it stood at the end of its last whole week. */
  weeks: number;
  finished: boolean;
  actions: number;
  kpis: Kpis;
  /** Set when the stored log does not replay (should never happen): the team is listed last with score 0. */
  problem: string | null;
}

async function replayTeam(store: Store, ev: EventRow, team: TeamRow) {
  const { scenario, contentHash } = eventScenario(ev);
  const log = (await store.log(team.id)).map((a) => a.action);
  return { scenario, contentHash, log, r: safeReplay(scenario, ev.seed, log) };
}

/** Every team re-simulated and ranked by score (ties share a rank; then by name). */
export async function leaderboard(store: Store, ev: EventRow): Promise<Standing[]> {
  const rows: Omit<Standing, 'rank'>[] = [];
  const { scenario } = eventScenario(ev);
  const logs = await store.eventLogs(ev.id);
  for (const team of await store.teams(ev.id)) {
    const log = logs.get(team.id) ?? [];
    // Scored as the game stood when its last whole week ended (like `cli verify` scores a
    // partial game), so only that part is re-simulated; the week in progress counts only
    // as actions. A game ends on an endWeek, so a finished one is re-simulated whole.
    let end = log.length;
    while (end > 0 && log[end - 1]!.kind !== 'endWeek') end--;
    // Without week hashes: hashing the state is most of a replay's time, and a ranking needs only the state.
    const r = safeReplay(scenario, ev.seed, log.slice(0, end), false);
    const kpis = computeKpis(scenario, r.state);
    const weeks = log.slice(0, r.error ? r.error.index : end).filter((a) => a.kind === 'endWeek').length;
    rows.push({
      teamId: team.id, team: team.name, score: r.error ? 0 : computeScore(scenario, kpis), weeks,
      finished: r.state.finished, actions: log.length, kpis, problem: r.error ? `action #${r.error.index + 1} (week ${r.error.week}) ${r.error.detail}` : null,
    });
  }
  rows.sort((a, b) => Number(a.problem !== null) - Number(b.problem !== null) || b.score - a.score || a.team.localeCompare(b.team));
  const out: Standing[] = [];
  rows.forEach((row, i) => {
    const prev = out[i - 1];
    out.push({ ...row, rank: prev && prev.score === row.score && !row.problem ? prev.rank : i + 1 });
  });
  return out;
}

const KPI_COLUMNS = ['winRate', 'bidsWon', 'bidsDecided', 'revenue', 'grossMarginPct', 'invoiced', 'collected', 'collectedPct', 'collectionCycleDays', 'dsoDays', 'badDebt', 'csat', 'complaintRate', 'docCycleDays'] as const satisfies readonly (keyof Kpis)[];

/**
 * The leaderboard as CSV for a spreadsheet: a byte-order mark (so Excel reads Chinese
 * team names as UTF-8), every text quoted, and a text a spreadsheet would run as a
 * formula (= + - @ at its start) prefixed with an apostrophe.
 */
export function standingsCsv(rows: readonly Standing[]): string {
  const text = (v: string) => `"${(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"`;
  const num = (v: number | null) => (v === null ? '' : String(v));
  const lines = [['rank', 'team', 'score', 'weeks', 'finished', 'actions', ...KPI_COLUMNS].join(',')];
  for (const r of rows) lines.push([r.rank, text(r.team), r.score, r.weeks, r.finished, r.actions, ...KPI_COLUMNS.map((k) => num(r.kpis[k]))].join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** A file name from a team's name: letters and digits kept (any script), the rest a dash. */
export function fileNameFor(position: number, name: string): string {
  const slug = name.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'team';
  return `${String(position + 1).padStart(2, '0')}-${slug}.json`;
}

export async function teamSave(store: Store, ev: EventRow, team: TeamRow): Promise<SaveFile> {
  const { scenario, contentHash, log, r } = await replayTeam(store, ev, team);
  const valid = r.error ? log.slice(0, r.error.index) : log;
  return makeSave(scenario, contentHash, ev.seed, valid as Action[], r.weekHashes, r.state, { team: team.name.slice(0, 100) });
}

export interface Archive {
  event: { id: string; name: string; scenario: string; seed: string; status: string };
  /** The instructor's scenario text, when the event did not use a bundled one (verify needs it: --scenario FILE). */
  scenarioYaml: string | null;
  files: { name: string; teamId: string; team: string; save: SaveFile }[];
}

export async function archive(store: Store, ev: EventRow): Promise<Archive> {
  const files: Archive['files'] = [];
  for (const team of await store.teams(ev.id)) {
    files.push({ name: fileNameFor(team.position, team.name), teamId: team.id, team: team.name, save: await teamSave(store, ev, team) });
  }
  return {
    event: { id: ev.id, name: ev.name, scenario: ev.scenario_id, seed: ev.seed, status: ev.status },
    scenarioYaml: ev.scenario_yaml,
    files,
  };
}
