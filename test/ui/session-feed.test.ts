import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { Session } from '../../src/ui/session.ts';

const { scenario, contentHash } = bundled('tutorial');

describe('the feed is rebuilt from the log', () => {
  it('on resume (and import): the same lines the player saw, in order, with who acted', () => {
    const s = new Session(scenario, contentHash, 'feed-test', 'solo', 'SR');
    s.runBots();
    for (let i = 0; i < 4; i++) s.endTurn();
    expect(s.feed.length).toBeGreaterThan(0);
    const back = Session.fromSave(scenario, contentHash, JSON.parse(JSON.stringify(s.toSave())));
    expect(back.hash()).toBe(s.hash());
    expect(JSON.parse(JSON.stringify(back.feed))).toEqual(JSON.parse(JSON.stringify(s.feed)));
  });

  it('on a what-if branch: the feed up to the branch week', () => {
    const s = new Session(scenario, contentHash, 'feed-test', 'team', 'AR');
    s.runBots();
    for (let i = 0; i < 12; i++) s.endTurn();
    const b = s.branchAt(3);
    expect(b.feed.length).toBeGreaterThan(0);
    expect(b.feed.every((f) => f.week <= 3)).toBe(true);
    expect(b.feed.some((f) => f.by === 'world')).toBe(true);
  });
});
