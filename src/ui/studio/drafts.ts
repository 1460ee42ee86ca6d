/**
 * Studio drafts in IndexedDB, kept like game saves (src/ui/saves.ts): every write is a
 * new version, read back and compared before older ones are pruned, the last few are
 * kept, and so is the newest draft that loaded without errors, so a half-typed text
 * never pushes the last good one out. A database of its own: the games' schema and its
 * migrations are not touched.
 */
import { openDB, type IDBPDatabase } from 'idb';

const DB_NAME = 'iron-triangle-studio';
const STORE = 'drafts';
export const KEEP_DRAFTS = 5;

export interface Draft { id?: number; text: string; savedAt: number; ok: boolean }

export class DraftError extends Error {}

export class DraftStore {
  private db: Promise<IDBPDatabase> | null = null;
  constructor(private readonly factory: IDBFactory | null = globalThis.indexedDB ?? null) {}

  private open(): Promise<IDBPDatabase> {
    if (!this.factory) return Promise.reject(new DraftError('IndexedDB is not available in this browser window'));
    this.db ??= openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
      },
      blocking: () => {
        void this.db?.then((db) => db.close());
        this.db = null;
      },
    }).catch((e: unknown) => {
      this.db = null;
      throw new DraftError(`IndexedDB cannot be opened: ${(e as Error).message}`);
    });
    return this.db;
  }

  /** Store a new version; `ok` says whether it loaded without errors. */
  async write(text: string, ok: boolean, now = Date.now()): Promise<number> {
    const db = await this.open();
    let id: number;
    try {
      id = (await db.add(STORE, { text, savedAt: now, ok } satisfies Draft)) as number;
    } catch (e) {
      throw new DraftError((e as DOMException).name === 'QuotaExceededError' ? 'the browser storage is full' : (e as Error).message);
    }
    const back = (await db.get(STORE, id)) as Draft | undefined;
    if (back?.text !== text) throw new DraftError('the draft did not read back identically; the previous versions are kept');
    const all = ((await db.getAll(STORE)) as Draft[]).sort((a, b) => b.id! - a.id!);
    const lastGood = all.find((d) => d.ok)?.id;
    for (const d of all.slice(KEEP_DRAFTS)) if (d.id !== lastGood) await db.delete(STORE, d.id!);
    return id;
  }

  /** Every kept version, newest first. */
  async versions(): Promise<Draft[]> {
    const db = await this.open();
    return ((await db.getAll(STORE)) as Draft[]).sort((a, b) => b.id! - a.id!);
  }

  /** The newest version, or null when there is none. */
  async latest(): Promise<Draft | null> {
    return (await this.versions())[0] ?? null;
  }
}
