/**
 * The balance report (issue 11 item 6): its games are the games the bots play here, it
 * flags content that never fires, forces card options, and names every learning objective
 * with its measured effect.
 */
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { join } from 'node:path';
import { loadScenarioFile } from '../../src/cli/scenario-files.ts';
import { runBalanceReport } from '../../src/cli/balance-report.ts';
import { reportMarkdown } from '../../src/balance/markdown.ts';
import { playVariant, withForcedCards, variantBots } from '../../src/balance/play.ts';
import { checkForced, plan, cardVariantKey } from '../../src/balance/plan.ts';
import { estimate } from '../../src/cli/stats.ts';
import { BEHAVIOURS, botsFor, playGame } from '../../src/bots/index.ts';
import { OBJECTIVE_BEHAVIOURS } from '../../src/scenario/enums.ts';
import { bundled } from '../helpers.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

function fixture(): Scenario {
  const r = loadScenarioFile(join(import.meta.dirname, '../fixtures/dead-content.yaml'));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
}

describe('balance report', () => {
  it('flags the deliberately dead event and card of the test scenario, and only those', async () => {
    const sc = fixture();
    const r = await runBalanceReport({ scenario: sc, runs: 4, exploitRuns: 0, workers: 2, chunk: 2, seedPrefix: 'd' });
    expect(r.dead.events).toEqual(['never-news']);
    expect(r.dead.cards).toEqual(['never-card']);
    expect(r.events.find((e) => e.id === 'rival-cut')!.par).toBe(1);
    expect(r.cards.find((c) => c.id === 'rush-request')!.any).toBeGreaterThan(0);
    for (const lang of ['en', 'zh'] as const) {
      const md = reportMarkdown(r, lang);
      const dead = md.slice(md.lastIndexOf('## '));
      expect(dead).toContain('`never-news`');
      expect(dead).toContain('`never-card`');
      expect(dead).not.toContain('`rival-cut`');
    }
    expect(reportMarkdown(r, 'zh')).toContain('从未触发的事件');
    expect(reportMarkdown(r, 'en')).toContain('Events never fired');
  }, 60_000);

  it('reports the games the bots play in this thread, every card option forced in turn', async () => {
    const { scenario: sc } = bundled('tutorial');
    const r = await runBalanceReport({ scenario: sc, runs: 5, exploitRuns: 2, workers: 2, chunk: 2, seedPrefix: 't' });
    const seeds = Array.from({ length: 5 }, (_, i) => `t${i}`);
    const par = playVariant(sc, { key: 'iron-triangle', strategy: 'iron-triangle' }, seeds);
    expect(r.strategies.find((s) => s.name === 'iron-triangle')!.score).toEqual(estimate(par.map((g) => g.score)));
    const siloed = seeds.map((s) => playGame(sc, s, botsFor('siloed')!).state);
    expect(r.strategies.find((s) => s.name === 'siloed')!.score.n).toBe(siloed.length);
    // Every option of every card was played (forced), with a paired delta against par.
    for (const c of r.cards) for (const o of c.options) expect(o.delta?.n, `${c.id}=${o.option}`).toBe(5);
    // Objectives: each names its behaviour and carries the ablation's measured effect.
    expect(r.objectives.map((o) => o.behaviour)).toEqual(sc.objectives.map((o) => o.behaviour ?? null));
    for (const o of r.objectives) if (o.behaviour) expect(o.effect?.score.n).toBe(5);
    expect(r.exploits.checked).toBeGreaterThan(10);
    expect(r.games).toBeGreaterThan(0);
  }, 60_000);

  it('a forced option is the option the card applies in every game it is dealt', () => {
    const { scenario: sc } = bundled('tutorial');
    for (const option of ['no', 'yes']) {
      for (const seed of ['f1', 'f2', 'f3']) {
        const bots = variantBots({ key: 'x', strategy: 'iron-triangle', forced: { 'rush-request': option } });
        const s = playGame(sc, seed, bots).state;
        if (s.cards['rush-request']) expect(s.cards['rush-request'].option).toBe(option);
      }
    }
    // Unforced cards are left to the bot's own rule: the wrapper with nothing forced plays par's game.
    const par = botsFor('iron-triangle')!;
    const wrapped = { AR: withForcedCards(par.AR, {}), SR: withForcedCards(par.SR, {}), FR: withForcedCards(par.FR, {}) };
    expect(playGame(sc, 'w1', wrapped).state).toEqual(playGame(sc, 'w1', par).state);
  });

  it('--card ids and options are checked against the scenario', () => {
    const { scenario: sc } = bundled('flagship');
    expect(checkForced(sc, { 'xc-120-days': 'hold' })).toBeNull();
    expect(checkForced(sc, { 'xc-120-dayz': 'hold' })).toMatch(/unknown card "xc-120-dayz".*xc-120-days/);
    expect(checkForced(sc, { 'xc-120-days': 'maybe' })).toMatch(/no option "maybe".*hold, grant, bill/);
    const { plan: p } = plan(sc, { forced: { 'xc-120-days': 'bill' } });
    expect(p.cardBaseline).not.toBe('iron-triangle');
    expect(p.variants.find((v) => v.key === 'siloed')!.forced).toEqual({ 'xc-120-days': 'bill' });
    expect(p.cardOptions.map((c) => c.key)).toContain(cardVariantKey('sc-discount', 'trade'));
  });

  it('objectives name behaviours the bots can switch off; both bundled scenarios link every objective', () => {
    expect([...OBJECTIVE_BEHAVIOURS].sort()).toEqual([...BEHAVIOURS].sort());
    for (const name of ['flagship', 'tutorial']) {
      const { scenario } = bundled(name);
      for (const o of scenario.objectives) expect(OBJECTIVE_BEHAVIOURS, `${name}: ${o.en}`).toContain(o.behaviour);
    }
  });

  it('the CLI names a bad --card or --runs plainly, with no stack trace', async () => {
    const file = join(import.meta.dirname, '../fixtures/dead-content.yaml');
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const [args, want] of [
        [['--card', 'never-card=zzz'], /--card: card "never-card" has no option "zzz"; its options: a, b/],
        [['--card', 'never-card'], /--card takes id=option/],
        [['--runs', '1'], /--runs must be a whole number from 2/],
        [['--lang', 'fr'], /--lang must be zh or en/],
      ] as const) {
        err.mockClear();
        expect(await main(['balance', file, '--report', ...args])).toBe(1);
        const said = err.mock.calls.map((c) => String(c[0])).join('\n');
        expect(said).toMatch(want);
        expect(said).not.toMatch(/\n\s+at /);
      }
    } finally {
      err.mockRestore();
    }
  });
});
