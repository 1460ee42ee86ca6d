/**
 * Making a save file and re-simulating one — the parts that need no schema, so the
 * browser's autosave does not ship zod. The file's schema and `parseSave` are in
 * format.ts (which re-exports these).
 */
import type { Scenario } from '../scenario/schema.ts';
import { ENGINE_VERSION, applyActionInPlace, canonicalJson, createGame, stateHash, type Action, type GameState } from '../engine/index.ts';
import type { SaveFile } from './format.ts';
import { cleanText } from './text.ts';

export const SAVE_FORMAT = 'iron-triangle-save';

/**
 * The coach (智慧小玄) in this game: whether it was available, and each time it was asked
 * (week, role, and which suggestion the player then took: 1–3, or null for none). Not
 * part of the action log and not in any state hash: asking changes nothing in the game.
 * (Its schema, `CoachRecordSchema`, is in format.ts.)
 */
export interface CoachRecord { allowed: boolean; uses: { week: number; role: 'AR' | 'SR' | 'FR'; taken: number | null }[] }

export function makeSave(
  sc: Scenario, contentHash: string, seed: string, log: readonly Action[], weekHashes: readonly string[], state: GameState,
  players: Record<string, string> = {},
  extra: { notes?: Record<string, string>; branch?: { fromWeek: number; log: readonly Action[] } | null; coach?: CoachRecord | null } = {},
): SaveFile {
  return {
    format: SAVE_FORMAT,
    formatVersion: 1,
    engineVersion: ENGINE_VERSION,
    scenario: { id: sc.id, version: sc.version, contentHash },
    seed,
    players,
    log: [...log] as SaveFile['log'],
    weekHashes: [...weekHashes],
    finalHash: stateHash(state),
    notes: { ...extra.notes },
    ...(extra.branch ? { branch: { fromWeek: extra.branch.fromWeek, log: [...extra.branch.log] as SaveFile['log'] } } : {}),
    ...(extra.coach ? { coach: { allowed: extra.coach.allowed, uses: extra.coach.uses.map((u) => ({ ...u })) } } : {}),
  };
}

export type VerifyProblem = 'scenarioMismatch' | 'wrongVersion' | 'engineMismatch' | 'refusedAction' | 'diverged' | 'truncated' | 'badBranch';
export type VerifyResult =
  | { ok: true; state: GameState; weekHashes: string[] }
  | { ok: false; reason: VerifyProblem; message: string; week?: number; state?: GameState };

interface SafeReplay {
  state: GameState;
  weekHashes: string[];
  /** The first action that was refused, or that the engine could not apply at all (threw). */
  error: { index: number; week: number; detail: string } | null;
}

/**
 * Re-simulate a log on the in-place path, like the engine's `replay`, but never throw:
 * an action the engine cannot apply (an exception) is reported like a refused one, so a
 * hostile file is refused with its week named instead of crashing or hanging the caller.
 * `hashWeeks: false` skips the week hashes (most of a replay's time; the leaderboard needs only the state).
 */
export function safeReplay(sc: Scenario, seed: string, log: readonly Action[], hashWeeks = true): SafeReplay {
  const state = createGame(sc, seed);
  const weekHashes: string[] = [];
  for (let i = 0; i < log.length; i++) {
    const a = log[i]!;
    const week = state.week;
    try {
      const r = applyActionInPlace(sc, state, a);
      if (!r.ok) {
        const params = r.rejection.params ? ' ' + cleanText(JSON.stringify(r.rejection.params)).slice(0, 200) : '';
        return { state, weekHashes, error: { index: i, week, detail: `was refused: ${r.rejection.code}${params}` } };
      }
      if (hashWeeks && a.kind === 'endWeek') weekHashes.push(stateHash(state));
    } catch {
      return { state, weekHashes, error: { index: i, week, detail: 'could not be applied' } };
    }
  }
  return { state, weekHashes, error: null };
}

function hashOrNull(s: GameState): string | null {
  try {
    return stateHash(s);
  } catch {
    return null;
  }
}

/** The index just past the end of week `fromWeek - 1` (what `debrief/branch.ts` keeps), or the whole log. */
function branchPrefixLength(log: readonly Action[], fromWeek: number): number {
  if (fromWeek <= 1) return 0;
  let ended = 0;
  for (let i = 0; i < log.length; i++) if (log[i]!.kind === 'endWeek' && ++ended === fromWeek - 1) return i + 1;
  return log.length;
}

/**
 * A "what if" branch names the game it came from: that log must replay legally on the
 * same scenario and seed (the debrief replays all of it), and this game must start with
 * its first `fromWeek - 1` weeks, action for action.
 */
function verifyBranch(sc: Scenario, save: SaveFile): string | null {
  const b = save.branch;
  if (!b) return null;
  const log = b.log as Action[];
  let r: SafeReplay;
  try {
    r = safeReplay(sc, save.seed, log);
  } catch {
    return 'the game it branched from cannot be started';
  }
  if (r.error) return `the game it branched from: action #${r.error.index + 1} (week ${r.error.week}) ${r.error.detail}`;
  const n = branchPrefixLength(log, b.fromWeek);
  if (save.log.length < n) return `it does not start with the first ${b.fromWeek - 1} weeks of the game it branched from`;
  for (let i = 0; i < n; i++) {
    if (canonicalJson(save.log[i]) !== canonicalJson(log[i])) return `it does not start with the first ${b.fromWeek - 1} weeks of the game it branched from (action #${i + 1} differs)`;
  }
  return null;
}

/**
 * Re-simulate a save and say whether it is what it claims to be, and if not, from which
 * week. Never throws. Messages quote nothing from the file but cleaned text.
 */
export function verifySave(sc: Scenario, contentHash: string, save: SaveFile): VerifyResult {
  if (save.scenario.id !== sc.id || save.scenario.contentHash !== contentHash) {
    const id = cleanText(save.scenario.id).slice(0, 40);
    return { ok: false, reason: 'scenarioMismatch', message: `the save was made with scenario "${id}" (content ${cleanText(save.scenario.contentHash).slice(0, 8)}), but this is "${sc.id}" (content ${contentHash.slice(0, 8)})` };
  }
  if (save.scenario.version !== sc.version) {
    return { ok: false, reason: 'wrongVersion', message: `the save says scenario "${sc.id}" version ${save.scenario.version}, but this is version ${sc.version}` };
  }
  if (save.engineVersion !== ENGINE_VERSION) {
    return { ok: false, reason: 'engineMismatch', message: `the save was made by engine ${cleanText(save.engineVersion).slice(0, 40)}; this is engine ${ENGINE_VERSION}` };
  }
  let r: SafeReplay;
  try {
    r = safeReplay(sc, save.seed, save.log as Action[]);
  } catch {
    return { ok: false, reason: 'refusedAction', week: 1, message: 'the game cannot be started from this seed' };
  }
  for (let w = 0; w < Math.max(r.weekHashes.length, save.weekHashes.length); w++) {
    if (r.weekHashes[w] !== save.weekHashes[w]) {
      if (r.error && w >= r.weekHashes.length) break;
      return { ok: false, reason: 'diverged', week: w + 1, state: r.state, message: `diverged in week ${w + 1}: the replayed state differs from the recorded one from that week on` };
    }
  }
  if (r.error) {
    return { ok: false, reason: 'refusedAction', week: r.error.week, state: r.state, message: `action #${r.error.index + 1} (week ${r.error.week}) ${r.error.detail}` };
  }
  if (hashOrNull(r.state) !== save.finalHash) {
    return { ok: false, reason: 'diverged', week: r.state.week, state: r.state, message: `diverged in week ${r.state.week}: the final state differs from the recorded one` };
  }
  const branch = verifyBranch(sc, save);
  if (branch) return { ok: false, reason: 'badBranch', state: r.state, message: `a "what if" branch, but ${branch}` };
  return { ok: true, state: r.state, weekHashes: r.weekHashes };
}
