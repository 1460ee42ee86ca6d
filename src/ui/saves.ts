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
import type { SaveFile } from '../save/format.ts';

const DB_NAME = 'iron-triangle-sandbox';
const DB_VERSION = 2;
const STORE = 'autosaves';
const GAMES = 'games';
export const KEEP_VERSIONS = 5;

/** One stored version of one game. `game` is its slot (added in DB version 2). */
export interface StoredSave { id?: number; game?: string; scenario: string; savedWeek: number; text: string }
/** One saved game (a slot): what the start screen's list shows. */
export interface GameMeta {
  id: string;
  scenario: string;
  /** A name the player gave it; empty means "not named". */
  name: string;
  mode: 'solo' | 'team';
  /** The roles people hold (all three in team mode). */
  roles: string[];
  week: number;
  finished: boolean;
  /** The week a "what if" branch started from, or null for an original game. */
  branchFrom: number | null;
  /** When it was last written (ms since epoch; 0 when unknown, e.g. migrated). */
  savedAt: number;
  seed: string;
}
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

/** A new slot id: unique enough for one browser profile. */
export function newGameId(now = Date.now()): string {
  const n = new Uint32Array(1);
  globalThis.crypto.getRandomValues(n);
  return `g${now.toString(36)}${n[0]!.toString(36)}`;
}

/** The list's facts about a game, read from its save file text (no verification). */
export function metaFromText(id: string, scenarioId: string, text: string, week: number, savedAt: number, name = ''): GameMeta {
  let players: Record<string, string> = {};
  let branchFrom: number | null = null;
  let seed = '';
  let scenario = scenarioId;
  try {
    const j = JSON.parse(text) as { players?: Record<string, string>; branch?: { fromWeek?: number }; seed?: string; scenario?: { id?: string } };
    players = j.players ?? {};
    branchFrom = typeof j.branch?.fromWeek === 'number' ? j.branch.fromWeek : null;
    seed = typeof j.seed === 'string' ? j.seed : '';
    scenario = j.scenario?.id ?? scenarioId;
  } catch {
    // a damaged newest version: the list still shows the slot; resuming explains the damage
  }
  const mode = players.mode === 'team' ? 'team' : 'solo';
  const roles = ['AR', 'SR', 'FR'].filter((r) => mode === 'team' || players[r] === 'player');
  return { id, scenario, name, mode, roles, week, finished: false, branchFrom, savedAt, seed };
}

export class SaveStore {
  private db: Promise<IDBPDatabase> | null = null;
  /** `null` models a browser window without IndexedDB (some private modes). */
  constructor(private readonly factory: IDBFactory | null = globalThis.indexedDB ?? null) {}

  private open(): Promise<IDBPDatabase> {
    if (!this.factory) return Promise.reject(new SaveError('unavailable', 'IndexedDB is not available in this browser window'));
    this.db ??= openDB(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        const s = oldVersion < 1 ? db.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true }) : tx.objectStore(STORE);
        if (oldVersion < 1) s.createIndex('scenario', 'scenario');
        if (oldVersion < 2) {
          // Version 1 kept one game per scenario; each becomes its own slot, nothing is lost.
          s.createIndex('game', 'game');
          const games = db.createObjectStore(GAMES, { keyPath: 'id' });
          if (oldVersion >= 1) void migrateV1(s as unknown as MigrateStore, games as unknown as MigrateStore);
        }
      },
      // Another tab (or a newer release) needs to upgrade or delete the database: let it; reopen on next use.
      blocking: () => {
        void this.db?.then((db) => db.close());
        this.db = null;
      },
    }).catch((e: unknown) => {
      this.db = null;
      throw new SaveError('unavailable', `IndexedDB cannot be opened: ${(e as Error).message}`);
    }) as Promise<IDBPDatabase>;
    return this.db;
  }

  private async openOrFail(): Promise<IDBPDatabase> {
    try {
      return await this.open();
    } catch (e) {
      throw e instanceof SaveError ? e : new SaveError('unavailable', String(e));
    }
  }

  /**
   * Write a new version of game `game`, read it back, and only then prune its oldest
   * beyond KEEP_VERSIONS and update the slot's list entry (keeping its name).
   */
  async write(game: string, save: SaveFile, week: number, finished = false): Promise<number> {
    const text = JSON.stringify(save);
    const db = await this.openOrFail();
    let id: number;
    try {
      id = (await db.add(STORE, { game, scenario: save.scenario.id, savedWeek: week, text } satisfies StoredSave)) as number;
    } catch (e) {
      const name = (e as DOMException).name;
      throw new SaveError(name === 'QuotaExceededError' ? 'full' : 'unknown', `could not write the save: ${(e as Error).message}`);
    }
    const back = (await db.get(STORE, id)) as StoredSave | undefined;
    if (!back || back.text !== text) throw new SaveError('verifyFailed', 'the save did not read back identically; the previous versions are kept');
    const keys = (await db.getAllKeysFromIndex(STORE, 'game', game)) as number[];
    keys.sort((a, b) => a - b);
    for (const k of keys.slice(0, Math.max(0, keys.length - KEEP_VERSIONS))) await db.delete(STORE, k);
    const old = (await db.get(GAMES, game)) as GameMeta | undefined;
    await db.put(GAMES, { ...metaFromText(game, save.scenario.id, text, week, Date.now(), old?.name ?? ''), finished } satisfies GameMeta);
    return id;
  }

  /** Every saved game, the most recently saved first. */
  async list(): Promise<GameMeta[]> {
    const db = await this.open();
    const rows = (await db.getAll(GAMES)) as GameMeta[];
    return rows.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1));
  }

  /** All stored versions of a game, newest first, each checked. */
  async versions(game: string, sc: Scenario, contentHash: string): Promise<CheckedSave[]> {
    const db = await this.open();
    const rows = (await db.getAllFromIndex(STORE, 'game', game)) as StoredSave[];
    rows.sort((a, b) => b.id! - a.id!);
    // The schema check loads with the first resume, not with the app.
    const { checkStored } = await import('./save-check.ts');
    return rows.map((row) => checkStored(sc, contentHash, row));
  }

  /** The newest version's text, as stored (for export from the list). */
  async latestText(game: string): Promise<string | null> {
    const db = await this.open();
    const rows = (await db.getAllFromIndex(STORE, 'game', game)) as StoredSave[];
    rows.sort((a, b) => b.id! - a.id!);
    return rows[0]?.text ?? null;
  }

  async rename(game: string, name: string): Promise<void> {
    const db = await this.open();
    const row = (await db.get(GAMES, game)) as GameMeta | undefined;
    if (row) await db.put(GAMES, { ...row, name: name.trim().slice(0, 80) });
  }

  /** Delete a game: every version and its list entry. */
  async remove(game: string): Promise<void> {
    const db = await this.open();
    const keys = await db.getAllKeysFromIndex(STORE, 'game', game);
    for (const k of keys) await db.delete(STORE, k);
    await db.delete(GAMES, game);
  }

  /** For tests of the recovery path: overwrite a stored version's text. */
  async tamper(id: number, text: string): Promise<void> {
    const db = await this.open();
    const row = (await db.get(STORE, id)) as StoredSave;
    await db.put(STORE, { ...row, text });
  }
}

/** The parts of a raw IDBObjectStore the migration uses (it runs inside the upgrade). */
interface MigrateStore {
  openCursor(): Promise<{ value: StoredSave; update(v: StoredSave): Promise<unknown>; continue(): Promise<unknown> } | null>;
  put(v: GameMeta): Promise<unknown>;
}

/** Version 1 → 2: every scenario's versions become one slot, `v1-<scenario>`. */
async function migrateV1(saves: MigrateStore, games: MigrateStore): Promise<void> {
  const newest = new Map<string, StoredSave>();
  let cursor = await saves.openCursor();
  while (cursor) {
    const row = { ...cursor.value, game: `v1-${cursor.value.scenario}` };
    await cursor.update(row);
    const prev = newest.get(row.game);
    if (!prev || prev.id! < row.id!) newest.set(row.game, row);
    cursor = (await cursor.continue()) as typeof cursor;
  }
  for (const [game, row] of newest) await games.put(metaFromText(game, row.scenario, row.text, row.savedWeek, 0));
}
