/**
 * Older scenario files, brought up to the current format before they are validated.
 *
 * A file says which format it was written for in `schemaVersion` (absent = 1, every file
 * written before the field existed). Each step takes the plain data one version up, as
 * tldraw's store migrations do, so a file of any old version goes through the same chain
 * and the schema only ever knows the current format. A file newer than this app is
 * refused with a plain message (update the app), never half-read.
 *
 * The version is not part of the content: the loader hashes the scenario without it, so
 * marking a file `schemaVersion: 2` does not change its content hash, and saves made with
 * it stay valid. A step that changes what a file says would change the hash; it should
 * say so here.
 */
import { SCENARIO_SCHEMA_VERSION } from './schema.ts';
import type { Problem } from './problem.ts';

type Data = Record<string, unknown>;

interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  /** What changed in the format, for whoever maintains the next step. */
  why: string;
  up: (data: Data) => Data;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    why: 'v2 adds the effects paymentTerms, creditRating, spawnLead and spawnTicket, the `on` trigger and the lead source `scripted`. Nothing a v1 file says changes meaning, so its content passes through as it is.',
    up: (data) => data,
  },
];

export type Migrated = { ok: true; data: unknown; from: number } | { ok: false; problem: Problem };

/**
 * The file's data in the current format, or why it cannot be read. A `schemaVersion` that
 * is not a whole number in range is left for the schema to report (one message, located).
 */
export function migrateScenarioData(data: unknown): Migrated {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: true, data, from: SCENARIO_SCHEMA_VERSION };
  const raw = (data as Data).schemaVersion;
  const from = raw === undefined ? 1 : raw;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: true, data, from: SCENARIO_SCHEMA_VERSION };
  if (from > SCENARIO_SCHEMA_VERSION) {
    return { ok: false, problem: { path: ['schemaVersion'], code: 'check.newerSchema', params: { version: from, supported: SCENARIO_SCHEMA_VERSION } } };
  }
  let out = data as Data;
  for (let v = from; v < SCENARIO_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) throw new Error(`no scenario migration from schema version ${v}`);
    out = step.up(out);
  }
  if (from < SCENARIO_SCHEMA_VERSION) out = { ...out, schemaVersion: SCENARIO_SCHEMA_VERSION };
  return { ok: true, data: out, from };
}

/** The scenario as its content hash sees it: without the format version. */
export function contentOf<T extends { schemaVersion?: number }>(scenario: T): Omit<T, 'schemaVersion'> {
  const content: Partial<T> = { ...scenario };
  delete content.schemaVersion;
  return content as Omit<T, 'schemaVersion'>;
}
