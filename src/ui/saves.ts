/**
 * Autosaves in IndexedDB, written so progress is never lost.
 *
 * Every save is the same JSON file the CLI's `verify` reads. A write is read back and
 * compared before older versions are pruned, and the last few versions are kept, so a
 * torn or corrupted write never replaces the last good one. Loading checks each
 * version (JSON, schema, scenario, and a full re-simulation against its week hashes)
 * and reports what is wrong with the bad ones instead of silently skipping them.
 */
import type { ImportProblem } from './import-errors.ts';
import { openDB, type IDBPDatabase } from 'idb';
import type { Scenario } from '../scenario/schema.ts';
import { parseSave, verifySave, type SaveFile } from '../save/format.ts';

const DB_NAME = 'iron-triangle-sandbox';
const STORE = 'autosaves';
export const KEEP_VERSIONS = 5;

export interface StoredSave { id?: number; scenario: string; savedWeek: number; text: string }
export type SaveProblem = 'unavailable' | 'full' | 'verifyFailed' | 'unknown';
export class SaveError extends Error {
  constructor(readonly problem: SaveProblem, message: string) {
    super(message);
  }
}

export interface CheckedSave {
  id: number;
  week: number;
  ok: boolean;
  save?: SaveFile;
  /** Why this version cannot be used, in plain words (for the recovery dialog). */
  reason?: string;
  /** The same, as a kind of problem the UI words in the player's language (import-errors.ts). */
  problem?: ImportProblem;
}

export class SaveStore {
  private db: Promise<IDBPDatabase> | null = null;
  /** `null` models a browser window without IndexedDB (some private modes). */
  constructor(private readonly factory: IDBFactory | null = globalThis.indexedDB ?? null) {}

  private open(): Promise<IDBPDatabase> {
    if (!this.factory) return Promise.reject(new SaveError('unavailable', 'IndexedDB is not available in this browser window'));
    this.db ??= openDB(DB_NAME, 1, {
      upgrade(db) {
        const s = db.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
        s.createIndex('scenario', 'scenario');
      },
    }).catch((e: unknown) => {
      this.db = null;
      throw new SaveError('unavailable', `IndexedDB cannot be opened: ${(e as Error).message}`);
    }) as Promise<IDBPDatabase>;
    return this.db;
  }

  /** Write a new version, read it back, and only then prune the oldest beyond KEEP_VERSIONS. */
  async write(save: SaveFile, week: number): Promise<number> {
    const text = JSON.stringify(save);
    let db: IDBPDatabase;
    try {
      db = await this.open();
    } catch (e) {
      throw e instanceof SaveError ? e : new SaveError('unavailable', String(e));
    }
    let id: number;
    try {
      id = (await db.add(STORE, { scenario: save.scenario.id, savedWeek: week, text } satisfies StoredSave)) as number;
    } catch (e) {
      const name = (e as DOMException).name;
      throw new SaveError(name === 'QuotaExceededError' ? 'full' : 'unknown', `could not write the save: ${(e as Error).message}`);
    }
    const back = (await db.get(STORE, id)) as StoredSave | undefined;
    if (!back || back.text !== text) throw new SaveError('verifyFailed', 'the save did not read back identically; the previous versions are kept');
    const keys = (await db.getAllKeysFromIndex(STORE, 'scenario', save.scenario.id)) as number[];
    keys.sort((a, b) => a - b);
    for (const k of keys.slice(0, Math.max(0, keys.length - KEEP_VERSIONS))) await db.delete(STORE, k);
    return id;
  }

  /** All stored versions for a scenario, newest first, each checked. */
  async versions(sc: Scenario, contentHash: string): Promise<CheckedSave[]> {
    const db = await this.open();
    const rows = (await db.getAllFromIndex(STORE, 'scenario', sc.id)) as StoredSave[];
    rows.sort((a, b) => b.id! - a.id!);
    return rows.map((row) => checkStored(sc, contentHash, row));
  }

  /** Scenario ids with at least one stored version (for the start screen's Resume). */
  async scenariosWithSaves(): Promise<string[]> {
    const db = await this.open();
    const rows = (await db.getAll(STORE)) as StoredSave[];
    return [...new Set(rows.map((r) => r.scenario))];
  }

  async clear(scenarioId: string): Promise<void> {
    const db = await this.open();
    const keys = await db.getAllKeysFromIndex(STORE, 'scenario', scenarioId);
    for (const k of keys) await db.delete(STORE, k);
  }

  /** For tests of the recovery path: overwrite a stored version's text. */
  async tamper(id: number, text: string): Promise<void> {
    const db = await this.open();
    const row = (await db.get(STORE, id)) as StoredSave;
    await db.put(STORE, { ...row, text });
  }
}

export function checkStored(sc: Scenario, contentHash: string, row: StoredSave): CheckedSave {
  const parsed = parseSave(row.text);
  if (!parsed.ok) return { id: row.id!, week: row.savedWeek, ok: false, reason: parsed.message, problem: { reason: parsed.reason } };
  const v = verifySave(sc, contentHash, parsed.save);
  if (!v.ok) return { id: row.id!, week: row.savedWeek, ok: false, reason: v.message, problem: { reason: v.reason, week: v.week } };
  return { id: row.id!, week: row.savedWeek, ok: true, save: parsed.save };
}
