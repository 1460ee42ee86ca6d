/**
 * Checking a save: a stored version or an imported file — parse (zod schema) and
 * re-simulate. Imported lazily, so the schema is not part of the app's first download.
 */
import type { Scenario } from '../scenario/schema.ts';
import { MAX_SAVE_BYTES, parseSave, verifySave, type SaveFile } from '../save/format.ts';
import type { CheckedSave, StoredSave } from './saves.ts';
import type { ImportProblem } from './import-errors.ts';

export function checkStored(sc: Scenario, contentHash: string, row: StoredSave): CheckedSave {
  const parsed = parseSave(row.text);
  if (!parsed.ok) return { id: row.id!, week: row.savedWeek, ok: false, reason: parsed.message, problem: { reason: parsed.reason } };
  const v = verifySave(sc, contentHash, parsed.save);
  if (!v.ok) return { id: row.id!, week: row.savedWeek, ok: false, reason: v.message, problem: { reason: v.reason, week: v.week } };
  return { id: row.id!, week: row.savedWeek, ok: true, save: parsed.save };
}

type Loaded = { scenario: Scenario; contentHash: string };
export type ImportCheck = { ok: true; loaded: Loaded; save: SaveFile; week: number } | { ok: false; problem: ImportProblem };

/** A save file's text, checked for import: every way it can fail is an `ImportProblem`, never an exception. */
export function checkImportText(text: string, find: (id: string) => Loaded | null): ImportCheck {
  try {
    const parsed = parseSave(text);
    if (!parsed.ok) return { ok: false, problem: { reason: parsed.reason } };
    const loaded = find(parsed.save.scenario.id);
    if (!loaded) return { ok: false, problem: { reason: 'unknownScenario' } };
    const v = verifySave(loaded.scenario, loaded.contentHash, parsed.save);
    if (!v.ok) return { ok: false, problem: v.reason === 'refusedAction' || v.reason === 'diverged' ? { reason: v.reason, week: v.week } : { reason: v.reason } };
    return { ok: true, loaded, save: parsed.save, week: v.state.week };
  } catch {
    return { ok: false, problem: { reason: 'invalid' } };
  }
}

/** A file the player chose: too large is refused before it is read. */
export async function checkImport(file: Blob, find: (id: string) => Loaded | null): Promise<ImportCheck> {
  if (file.size > MAX_SAVE_BYTES) return { ok: false, problem: { reason: 'tooLarge' } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problem: { reason: 'unreadable' } };
  }
  return checkImportText(text, find);
}
