/**
 * One file for saves, replays, competition entries and bug reports: which scenario
 * (id, version and a hash of its content), which engine, the seed, the action log and
 * a hash of the state after every week. The state itself is never stored — it is a
 * cache of the log — so a save cannot be edited into a better score.
 */
import { z } from 'zod';
import type { Scenario } from '../scenario/schema.ts';
import { ActionSchema } from '../engine/action-schema.ts';
import { ENGINE_VERSION, replay, stateHash, type Action, type GameState } from '../engine/index.ts';

export const SAVE_FORMAT = 'iron-triangle-save';

/**
 * The coach (智慧小玄) in this game: whether it was available, and each time it was asked
 * (week, role, and which suggestion the player then took: 1–3, or null for none). Not
 * part of the action log and not in any state hash: asking changes nothing in the game.
 */
export const CoachRecord = z.strictObject({
  allowed: z.boolean(),
  uses: z.array(z.strictObject({ week: z.int().min(1).max(200), role: z.enum(['AR', 'SR', 'FR']), taken: z.int().min(1).max(3).nullable() })).max(20_000),
});
export type CoachRecord = z.infer<typeof CoachRecord>;

export const SaveFile = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  formatVersion: z.literal(1),
  engineVersion: z.string().max(40),
  scenario: z.strictObject({ id: z.string().max(40), version: z.int(), contentHash: z.string().regex(/^[0-9a-f]{32}$/) }),
  seed: z.string().min(1).max(200),
  /** Who played: a strategy per role for bots, a team name for people. Informational. */
  players: z.record(z.string().max(20), z.string().max(100)).default({}),
  log: z.array(ActionSchema).max(200_000),
  weekHashes: z.array(z.string().regex(/^[0-9a-f]{32}$/)).max(200),
  finalHash: z.string().regex(/^[0-9a-f]{32}$/),
  /** The trainee's reflection notes, by question. */
  notes: z.record(z.string().max(40), z.string().max(20_000)).default({}),
  /** For a "what if" branch: the game it branched from (same scenario and seed) and the week. */
  branch: z.strictObject({ fromWeek: z.int().min(1).max(200), log: z.array(ActionSchema).max(200_000) }).optional(),
  /** The coach's availability and uses; absent in saves made before the coach existed. */
  coach: CoachRecord.optional(),
});
export type SaveFile = z.infer<typeof SaveFile>;

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

/** `reason` says in one word what is wrong, for a plain-language message; `message` is the developer's detail. */
export type ParseSaveResult = { ok: true; save: SaveFile } | { ok: false; reason: 'notJson' | 'invalid'; message: string };

export function parseSave(text: string): ParseSaveResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'notJson', message: `not JSON: ${(e as Error).message}` };
  }
  const r = SaveFile.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    return { ok: false, reason: 'invalid', message: `not a valid save file: ${i.path.map(String).join('.') || '(root)'}: ${i.message}` };
  }
  return { ok: true, save: r.data };
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
