/**
 * One file for saves, replays, competition entries and bug reports: which scenario
 * (id, version and a hash of its content), which engine, the seed, the action log and
 * a hash of the state after every week. The state itself is never stored — it is a
 * cache of the log — so a save cannot be edited into a better score.
 *
 * This module is the file's zod schema and `parseSave`, for files from outside (an
 * import, a stored version, the CLI). Making and re-simulating a save need no schema and
 * live in file.ts, so the browser loads this one only when it reads a save.
 */
import { z } from 'zod';
import { ActionSchema } from '../engine/action-schema.ts';
import { SAVE_FORMAT } from './file.ts';

export { SAVE_FORMAT, makeSave, verifySave, type VerifyResult, type CoachRecord } from './file.ts';

/**
 * The coach (智慧小玄) in this game: whether it was available, and each time it was asked
 * (week, role, and which suggestion the player then took: 1–3, or null for none). Not
 * part of the action log and not in any state hash: asking changes nothing in the game.
 */
export const CoachRecordSchema = z.strictObject({
  allowed: z.boolean(),
  uses: z.array(z.strictObject({ week: z.int().min(1).max(200), role: z.enum(['AR', 'SR', 'FR']), taken: z.int().min(1).max(3).nullable() })).max(20_000),
});

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
  coach: CoachRecordSchema.optional(),
});
export type SaveFile = z.infer<typeof SaveFile>;

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
