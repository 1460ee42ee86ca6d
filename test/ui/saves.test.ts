import { beforeEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { bundled } from '../helpers.ts';
import { Session } from '../../src/ui/session.ts';
import { SaveStore, SaveError, KEEP_VERSIONS } from '../../src/ui/saves.ts';

const { scenario, contentHash } = bundled('tutorial');

function played(weeks: number): Session {
  const s = new Session(scenario, contentHash, 'save-test', 'solo', 'AR');
  s.runBots();
  for (let i = 0; i < weeks; i++) s.endTurn();
  return s;
}

describe('autosave store', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory(); // a fresh, empty browser profile per test
  });

  it('writes, reads back and keeps the last few versions', async () => {
    const store = new SaveStore();
    const s = played(0);
    for (let i = 0; i < KEEP_VERSIONS + 3; i++) {
      s.endTurn();
      await store.write(s.toSave(), s.state.week);
    }
    const v = await store.versions(scenario, contentHash);
    expect(v).toHaveLength(KEEP_VERSIONS);
    expect(v.every((x) => x.ok)).toBe(true);
    expect(v[0]!.week).toBe(s.state.week);
    expect(Session.fromSave(scenario, contentHash, v[0]!.save!).hash()).toBe(s.hash());
  });

  it('a corrupted newest version is reported with a reason and the last good one is kept', async () => {
    const store = new SaveStore();
    const s = played(1);
    await store.write(s.toSave(), s.state.week);
    s.endTurn();
    const newest = await store.write(s.toSave(), s.state.week);
    await store.tamper(newest, '{"format":"iron-triangle-save", broken');
    const v = await store.versions(scenario, contentHash);
    expect(v[0]).toMatchObject({ id: newest, ok: false });
    expect(v[0]!.reason).toMatch(/not JSON/);
    expect(v[1]!.ok).toBe(true);
  });

  it('a save whose log was edited fails verification and names the week', async () => {
    const store = new SaveStore();
    const s = played(4);
    const save = s.toSave();
    const id = await store.write(save, s.state.week);
    const edited = { ...save, weekHashes: save.weekHashes.map((h, i) => (i === 2 ? '0'.repeat(32) : h)) };
    await store.tamper(id, JSON.stringify(edited));
    const [v] = await store.versions(scenario, contentHash);
    expect(v!.ok).toBe(false);
    expect(v!.reason).toMatch(/week 3/);
  });

  it('no IndexedDB (a private window) is a clear error, not a crash', async () => {
    const store = new SaveStore(null);
    await expect(store.write(played(0).toSave(), 1)).rejects.toBeInstanceOf(SaveError);
    await expect(store.write(played(0).toSave(), 1)).rejects.toMatchObject({ problem: 'unavailable' });
  });
});
