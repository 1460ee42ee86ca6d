/**
 * The end screen names the tenders still open when the game ends (their deadline falls
 * after the last week), in both languages: they are in no KPI, and a player should not
 * have to guess why a bid just made is missing from the win rate.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { computeKpis } from '../../src/engine/index.ts';
import { openTenders } from '../../src/ui/end-model.ts';
import { Tx } from '../../src/ui/text.ts';

describe('open tenders at the end', () => {
  const { scenario } = bundled('flagship');
  const games = Array.from({ length: 12 }, (_, i) => playGame(scenario, `end-${i}`, botsFor('iron-triangle')!).state);

  it('counts the open and bidding opportunities, and only those are missing from the decided bids', () => {
    let seen = 0;
    for (const s of games) {
      const all = Object.values(s.opportunities);
      const open = openTenders(s);
      const still = all.filter((o) => o.status === 'open' || o.status === 'bidding');
      expect(open?.n ?? 0).toBe(still.length);
      expect(open?.bids ?? 0).toBe(still.filter((o) => o.status === 'bidding').length);
      // Every bid made is either decided (in the win rate) or still open.
      const made = all.filter((o) => o.bid !== null).length;
      expect(computeKpis(scenario, s).bidsDecided + (open?.bids ?? 0)).toBeGreaterThanOrEqual(made - all.filter((o) => o.status === 'vetoed').length);
      for (const o of still) expect(o.deadlineWeek).toBeGreaterThan(scenario.weeks);
      if (open) seen++;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('says so in both languages, with both numbers', () => {
    const s = games.find((g) => openTenders(g) !== null)!;
    const open = openTenders(s)!;
    for (const lang of ['en', 'zh'] as const) {
      const text = new Tx(lang, scenario).ui('ui.end.openTenders', open);
      expect(text).toContain(String(open.n));
      expect(text).toContain(String(open.bids));
      expect(text).not.toMatch(/[{}]/);
    }
  });
});
