/**
 * Making a save file and re-simulating one — the parts that need no schema, so the
 * browser's autosave does not ship zod. The file's schema and `parseSave` are in
 * format.ts (which re-exports these).
 */
import type { Scenario } from '../scenario/schema.ts';
import { ENGINE_VERSION, replay, stateHash, type Action, type GameState } from '../engine/index.ts';
import type { SaveFile } from './format.ts';

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

export type VerifyResult =
  | { ok: true; state: GameState }
  | { ok: false; reason: 'scenarioMismatch' | 'engineMismatch' | 'refusedAction' | 'diverged' | 'truncated'; message: string; week?: number; state?: GameState };

/** Re-simulate a save and say whether it is what it claims to be, and if not, from which week. */
export function verifySave(sc: Scenario, contentHash: string, save: SaveFile): VerifyResult {
  if (save.scenario.id !== sc.id || save.scenario.contentHash !== contentHash) {
    return { ok: false, reason: 'scenarioMismatch', message: `the save was made with scenario "${save.scenario.id}" (content ${save.scenario.contentHash.slice(0, 8)}), but this is "${sc.id}" (content ${contentHash.slice(0, 8)})` };
  }
  if (save.engineVersion !== ENGINE_VERSION) {
    return { ok: false, reason: 'engineMismatch', message: `the save was made by engine ${save.engineVersion}; this is engine ${ENGINE_VERSION}` };
  }
  const r = replay(sc, save.seed, save.log as Action[]);
  for (let w = 0; w < Math.max(r.weekHashes.length, save.weekHashes.length); w++) {
    if (r.weekHashes[w] !== save.weekHashes[w]) {
      if (r.error && w >= r.weekHashes.length) break;
      return { ok: false, reason: 'diverged', week: w + 1, state: r.state, message: `diverged in week ${w + 1}: the replayed state differs from the recorded one from that week on` };
    }
  }
  if (r.error) {
    return {
      ok: false, reason: 'refusedAction', week: r.error.week, state: r.state,
      message: `action #${r.error.index + 1} (week ${r.error.week}) was refused: ${r.error.rejection.code}${r.error.rejection.params ? ' ' + JSON.stringify(r.error.rejection.params) : ''}`,
    };
  }
  if (stateHash(r.state) !== save.finalHash) {
    return { ok: false, reason: 'diverged', week: r.state.week, state: r.state, message: `diverged in week ${r.state.week}: the final state differs from the recorded one` };
  }
  return { ok: true, state: r.state };
}
