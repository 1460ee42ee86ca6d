/**
 * Checking a stored save version: parse (zod schema) and re-simulate. Imported lazily
 * by saves.ts, so the schema is not part of the app's first download.
 */
import type { Scenario } from '../scenario/schema.ts';
import { parseSave, verifySave } from '../save/format.ts';
import type { CheckedSave, StoredSave } from './saves.ts';

export function checkStored(sc: Scenario, contentHash: string, row: StoredSave): CheckedSave {
  const parsed = parseSave(row.text);
  if (!parsed.ok) return { id: row.id!, week: row.savedWeek, ok: false, reason: parsed.message, problem: { reason: parsed.reason } };
  const v = verifySave(sc, contentHash, parsed.save);
  if (!v.ok) return { id: row.id!, week: row.savedWeek, ok: false, reason: v.message, problem: { reason: v.reason, week: v.week } };
  return { id: row.id!, week: row.savedWeek, ok: true, save: parsed.save };
}
