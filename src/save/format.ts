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
import { MAX_NOTE_CHARS, MAX_NOTES_TOTAL_CHARS, MAX_SAVE_BYTES, cleanText } from './text.ts';

export { SAVE_FORMAT, makeSave, verifySave, type VerifyResult, type CoachRecord } from './file.ts';
export { MAX_NOTE_CHARS, MAX_NOTES_TOTAL_CHARS, MAX_SAVE_BYTES, cleanText, cleanRecord } from './text.ts';

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
  notes: z.record(z.string().max(40), z.string().max(MAX_NOTE_CHARS)).default({}),
  /** For a "what if" branch: the game it branched from (same scenario and seed) and the week. */
  branch: z.strictObject({ fromWeek: z.int().min(1).max(200), log: z.array(ActionSchema).max(200_000) }).optional(),
  /** The coach's availability and uses; absent in saves made before the coach existed. */
  coach: CoachRecordSchema.optional(),
});
export type SaveFile = z.infer<typeof SaveFile>;

/** `reason` says in one word what is wrong, for a plain-language message; `message` is the developer's detail. */
export type ParseSaveResult = { ok: true; save: SaveFile } | { ok: false; reason: 'notJson' | 'invalid' | 'tooLarge' | 'notesTooLong'; message: string };

/**
 * Read a save file's text: too large is refused before parsing, a byte-order mark is
 * skipped, notes over their limits are named as such. Messages quote nothing from the
 * file but cleaned text (they reach terminals).
 */
export function parseSave(text: string): ParseSaveResult {
  // A UTF-16 code unit is at least one UTF-8 byte, so this refuses every file over the limit before JSON.parse.
  if (text.length > MAX_SAVE_BYTES || utf8Length(text) > MAX_SAVE_BYTES) {
    return { ok: false, reason: 'tooLarge', message: `the file is larger than ${MAX_SAVE_BYTES / 1_000_000} MB; a save of a whole year is about 20 KB` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, reason: 'notJson', message: `not JSON: ${cleanText((e as Error).message).slice(0, 200)}` };
  }
  const notes = notesProblem(data);
  if (notes) return { ok: false, reason: 'notesTooLong', message: notes };
  const r = SaveFile.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    const path = i.path.map((p) => cleanText(String(p)).slice(0, 40)).join('.') || '(root)';
    return { ok: false, reason: 'invalid', message: `not a valid save file: ${path}: ${cleanText(i.message).slice(0, 200)}` };
  }
  return { ok: true, save: r.data };
}

function utf8Length(text: string): number {
  if (text.length * 3 <= MAX_SAVE_BYTES) return text.length; // cannot be over, however wide its characters
  return new TextEncoder().encode(text).length;
}

/** Notes longer than a real reflection needs, said as such (the schema would only say "invalid"). */
function notesProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const notes = Object.hasOwn(data, 'notes') ? (data as { notes: unknown }).notes : undefined;
  if (typeof notes !== 'object' || notes === null) return null;
  let total = 0;
  for (const v of Object.values(notes)) {
    if (typeof v !== 'string') continue;
    if (v.length > MAX_NOTE_CHARS) return `a note is ${v.length.toLocaleString('en-US')} characters long; at most ${MAX_NOTE_CHARS.toLocaleString('en-US')} per note`;
    total += v.length;
  }
  if (total > MAX_NOTES_TOTAL_CHARS) return `the notes are ${total.toLocaleString('en-US')} characters long in all; at most ${MAX_NOTES_TOTAL_CHARS.toLocaleString('en-US')}`;
  return null;
}
