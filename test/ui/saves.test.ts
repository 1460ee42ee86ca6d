import { beforeEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { bundled } from '../helpers.ts';
import { Session } from '../../src/ui/session.ts';
import { openDB } from 'idb';
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
      await store.write('g1', s.toSave(), s.state.week);
    }
    const v = await store.versions('g1', scenario, contentHash);
    expect(v).toHaveLength(KEEP_VERSIONS);
    expect(v.every((x) => x.ok)).toBe(true);
    expect(v[0]!.week).toBe(s.state.week);
    expect(Session.fromSave(scenario, contentHash, v[0]!.save!).hash()).toBe(s.hash());
  });

  it('a corrupted newest version is reported with a reason and the last good one is kept', async () => {
    const store = new SaveStore();
    const s = played(1);
    await store.write('g1', s.toSave(), s.state.week);
    s.endTurn();
    const newest = await store.write('g1', s.toSave(), s.state.week);
    await store.tamper(newest, '{"format":"iron-triangle-save", broken');
    const v = await store.versions('g1', scenario, contentHash);
    expect(v[0]).toMatchObject({ id: newest, ok: false });
    expect(v[0]!.reason).toMatch(/not JSON/);
    expect(v[1]!.ok).toBe(true);
  });

  it('a save whose log was edited fails verification and names the week', async () => {
    const store = new SaveStore();
    const s = played(4);
    const save = s.toSave();
    const id = await store.write('g1', save, s.state.week);
    const edited = { ...save, weekHashes: save.weekHashes.map((h, i) => (i === 2 ? '0'.repeat(32) : h)) };
    await store.tamper(id, JSON.stringify(edited));
    const [v] = await store.versions('g1', scenario, contentHash);
    expect(v!.ok).toBe(false);
    expect(v!.reason).toMatch(/week 3/);
  });

  it('no IndexedDB (a private window) is a clear error, not a crash', async () => {
    const store = new SaveStore(null);
    await expect(store.write('g1', played(0).toSave(), 1)).rejects.toBeInstanceOf(SaveError);
    await expect(store.write('g1', played(0).toSave(), 1)).rejects.toMatchObject({ problem: 'unavailable' });
  });

  it('every game is its own slot: a second game of the same scenario keeps the first', async () => {
    const store = new SaveStore();
    const a = played(2);
    const b = new Session(scenario, contentHash, 'other-seed', 'team', 'AR');
    b.runBots();
    await store.write('ga', a.toSave(), a.state.week);
    await store.write('gb', b.toSave(), b.state.week);
    const list = await store.list();
    expect(list.map((g) => g.id).sort()).toEqual(['ga', 'gb']);
    const ga = list.find((g) => g.id === 'ga')!;
    expect(ga).toMatchObject({ scenario: scenario.id, mode: 'solo', roles: ['AR'], week: a.state.week, branchFrom: null, seed: 'save-test', name: '' });
    expect(list.find((g) => g.id === 'gb')).toMatchObject({ mode: 'team', roles: ['AR', 'SR', 'FR'], seed: 'other-seed' });
    const [va] = await store.versions('ga', scenario, contentHash);
    expect(Session.fromSave(scenario, contentHash, va!.save!).hash()).toBe(a.hash());
  });

  it('rename keeps the name across later writes; delete removes every version; export reads the newest', async () => {
    const store = new SaveStore();
    const s = played(1);
    await store.write('g1', s.toSave(), s.state.week);
    await store.rename('g1', '  Workshop team A  ');
    s.endTurn();
    await store.write('g1', s.toSave(), s.state.week);
    expect((await store.list())[0]).toMatchObject({ id: 'g1', name: 'Workshop team A', week: s.state.week });
    expect(JSON.parse((await store.latestText('g1'))!)).toEqual(JSON.parse(JSON.stringify(s.toSave())));
    await store.write('g2', s.toSave(), s.state.week);
    await store.remove('g1');
    expect((await store.list()).map((g) => g.id)).toEqual(['g2']);
    expect(await store.versions('g1', scenario, contentHash)).toEqual([]);
    expect(await store.latestText('g1')).toBeNull();
  });

  it('a branch is listed as a branch with the week it started from', async () => {
    const store = new SaveStore();
    const s = played(4);
    const b = s.branchAt(3);
    b.runBots();
    await store.write('gb', b.toSave(), b.state.week);
    expect((await store.list())[0]).toMatchObject({ id: 'gb', branchFrom: 3 });
  });

  it('migrates the one-save-per-scenario database (version 1): nobody\'s save disappears', async () => {
    // Build a version-1 database exactly as the previous release wrote it.
    const old = await openDB('iron-triangle-sandbox', 1, {
      upgrade(db) {
        const st = db.createObjectStore('autosaves', { keyPath: 'id', autoIncrement: true });
        st.createIndex('scenario', 'scenario');
      },
    });
    const s = played(2);
    const early = played(1);
    await old.add('autosaves', { scenario: scenario.id, savedWeek: early.state.week, text: JSON.stringify(early.toSave()) });
    await old.add('autosaves', { scenario: scenario.id, savedWeek: s.state.week, text: JSON.stringify(s.toSave()) });
    await old.add('autosaves', { scenario: 'flagship', savedWeek: 7, text: JSON.stringify({ ...s.toSave(), scenario: { id: 'flagship' }, players: { mode: 'team', AR: 'player', SR: 'player', FR: 'player' } }) });
    old.close();

    const store = new SaveStore();
    const list = await store.list();
    expect(list.map((g) => g.id).sort()).toEqual([`v1-flagship`, `v1-${scenario.id}`]);
    expect(list.find((g) => g.id === `v1-${scenario.id}`)).toMatchObject({ scenario: scenario.id, week: s.state.week, mode: 'solo', roles: ['AR'], savedAt: 0 });
    expect(list.find((g) => g.id === 'v1-flagship')).toMatchObject({ scenario: 'flagship', week: 7, mode: 'team' });
    const v = await store.versions(`v1-${scenario.id}`, scenario, contentHash);
    expect(v).toHaveLength(2);
    expect(v.every((x) => x.ok)).toBe(true);
    expect(Session.fromSave(scenario, contentHash, v[0]!.save!).hash()).toBe(s.hash());
    // And the migrated slot keeps working: a new write prunes within the slot only.
    for (let i = 0; i < KEEP_VERSIONS + 1; i++) await store.write(`v1-${scenario.id}`, s.toSave(), s.state.week);
    expect(await store.versions(`v1-${scenario.id}`, scenario, contentHash)).toHaveLength(KEEP_VERSIONS);
    expect((await store.list()).map((g) => g.id).sort()).toEqual([`v1-flagship`, `v1-${scenario.id}`]);
  });
});
