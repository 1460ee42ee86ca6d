/**
 * The studio's preview starts the draft's game at week N with the bots' weeks before it
 * (the same game as `playGame` cut at that week), and its drafts keep the newest versions
 * plus the last one that loaded, each read back before older ones go.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { bundled } from '../../helpers.ts';
import { botsFor, playGame } from '../../../src/bots/index.ts';
import { stateHash } from '../../../src/engine/index.ts';
import { TEAMMATE_STRATEGY } from '../../../src/ui/session.ts';
import { previewSession } from '../../../src/ui/studio/preview.ts';
import { DraftStore, KEEP_DRAFTS } from '../../../src/ui/studio/drafts.ts';
import { asNewScenario } from '../../../src/ui/studio/templates.ts';

const { scenario, contentHash } = bundled('tutorial');

describe('previewSession', () => {
  it('starts at week N after the bots played every role in the weeks before, the player holding the chosen role', () => {
    const s = previewSession(scenario, contentHash, { role: 'FR', seed: 'pv', startWeek: 4 });
    const bots = playGame(scenario, 'pv', botsFor(TEAMMATE_STRATEGY)!, undefined, undefined, 4);
    expect(s.state.week).toBe(4);
    expect(s.log.slice(0, bots.log.length)).toEqual(bots.log);
    expect(s.weekHashes).toHaveLength(3);
    expect(s.weekHashes[2]).toBe(stateHash(bots.state));
    expect([s.mode, s.humanRole, s.turn]).toEqual(['solo', 'FR', 'FR']);
    expect(s.feed.length).toBeGreaterThan(0);
    expect(s.feed.every((f) => f.by !== 'player')).toBe(true);
  });
  it('week 1 is a new game; a week past the end is the last week', () => {
    const first = previewSession(scenario, contentHash, { role: 'AR', seed: 'pv', startWeek: 1 });
    expect([first.state.week, first.log.length, first.turn]).toEqual([1, 0, 'AR']);
    expect(previewSession(scenario, contentHash, { role: 'SR', seed: ' ', startWeek: 999 }).state.week).toBe(scenario.weeks);
  });
});

describe('DraftStore', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  it('keeps the newest versions and the last draft that loaded, never only half-typed ones', async () => {
    const store = new DraftStore();
    await store.write('good', true, 1);
    for (let i = 0; i < KEEP_DRAFTS + 3; i++) await store.write(`typing ${i}`, false, 2 + i);
    const v = await store.versions();
    expect(v.map((d) => d.text)).toEqual([...Array.from({ length: KEEP_DRAFTS }, (_, i) => `typing ${KEEP_DRAFTS + 2 - i}`), 'good']);
    expect((await store.latest())?.text).toBe(`typing ${KEEP_DRAFTS + 2}`);
  });
  it('says so when there is no IndexedDB', async () => {
    await expect(new DraftStore(null).latest()).rejects.toThrow(/not available/);
  });
});

describe('templates', () => {
  it('a copy gets an id of its own', () => {
    expect(asNewScenario('# c\nid: tutorial\nversion: 2\n', 'tutorial')).toBe('# c\nid: my-tutorial\nversion: 2\n');
  });
});
