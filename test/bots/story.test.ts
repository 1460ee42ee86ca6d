/**
 * The bots play their story: what each strategy does, read from the actions it took.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame, styleByName, teamBot, type PlayResult, type Style } from '../../src/bots/index.ts';
import { TERMS_PRESETS, applyActionInPlace, createGame, type Action } from '../../src/engine/index.ts';
import { Dice, initialRng } from '../../src/engine/rng.ts';
import { cardChoice } from '../../src/bots/cards.ts';
import type { BotTurn, CardOption } from '../../src/bots/types.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const { scenario } = bundled('flagship');
const SEEDS = ['st0', 'st1', 'st2', 'st3', 'st4', 'st5'];
const games = new Map<string, PlayResult[]>();
function gamesOf(strategy: string): PlayResult[] {
  let g = games.get(strategy);
  if (!g) games.set(strategy, (g = SEEDS.map((seed) => playGame(scenario, seed, botsFor(strategy)!))));
  return g;
}
const logsOf = (strategy: string) => gamesOf(strategy).map((g) => g.log);
const of = <K extends Action['kind']>(log: Action[], kind: K) => log.filter((a): a is Extract<Action, { kind: K }> => a.kind === kind);

describe('siloed', () => {
  it('puts loose terms on every opportunity it bids for, before the bid', () => {
    for (const log of logsOf('siloed')) {
      const bids = of(log, 'submitBid');
      expect(bids.length).toBeGreaterThan(0);
      for (const bid of bids) {
        const terms = log.slice(0, log.indexOf(bid)).find((a) => a.kind === 'setTerms' && a.opportunity === bid.opportunity);
        expect(terms, `terms before the bid on ${bid.opportunity}`).toMatchObject({ terms: TERMS_PRESETS.loose, insured: false });
      }
      expect(of(log, 'creditCheck')).toEqual([]);
    }
  });
});

describe('decision cards', () => {
  const turn = (options: CardOption[], week = 10) =>
    ({
      role: 'SR',
      view: () => ({ week, weeks: 52, customers: [{ id: 'c', stakeholders: [{ id: 'boss', influence: 10, support: 20, present: true }] }] }),
      cardOptions: () => options,
      dice: new Dice(initialRng('cards')),
    }) as unknown as BotTurn;
  const card = (options: CardOption[]) => ({ id: 'any', options: options.map((o) => o.id) });
  const cheapParts: CardOption[] = [
    { id: 'stay', effects: [] },
    { id: 'switch', effects: [{ kind: 'cash', amount: 300000 }, { kind: 'qualityIncident', product: 'p', defectRateBp: 300 }] },
  ];
  const favour: CardOption[] = [
    { id: 'refuse', effects: [{ kind: 'support', customer: 'c', stakeholder: 'boss', delta: -15 }] },
    { id: 'give', effects: [{ kind: 'support', customer: 'c', stakeholder: 'boss', delta: 20 }, { kind: 'cash', amount: -100000 }] },
  ];
  const capacity: CardOption[] = [
    { id: 'wait', effects: [] },
    { id: 'shift', effects: [{ kind: 'cash', amount: -200000 }, { kind: 'capacity', delta: 10 }] },
  ];

  it('iron-triangle weighs what lasts, siloed grabs cash, greedy-discount buys goodwill', () => {
    expect(cardChoice(turn(cheapParts), 'longTerm', card(cheapParts))).toBe('stay');
    expect(cardChoice(turn(cheapParts), 'shortTerm', card(cheapParts))).toBe('switch');
    expect(cardChoice(turn(favour), 'shortTerm', card(favour))).toBe('refuse');
    expect(cardChoice(turn(favour), 'goodwill', card(favour))).toBe('give');
    // Capacity is worth its weeks: early in the year it pays, in the last weeks it does not.
    expect(cardChoice(turn(capacity, 5), 'longTerm', card(capacity))).toBe('shift');
    expect(cardChoice(turn(capacity, 50), 'longTerm', card(capacity))).toBe('wait');
    expect(cardChoice(turn(capacity, 5), 'shortTerm', card(capacity))).toBe('wait');
    expect(cardChoice(turn(capacity), 'first', card(capacity))).toBe('wait');
    expect(cardChoice(turn(capacity), 'none', card(capacity))).toBeNull();
    const t = turn(capacity);
    const rolled = new Set(Array.from({ length: 20 }, () => cardChoice(t, 'dice', card(capacity))));
    expect([...rolled].sort()).toEqual(['shift', 'wait']);
  });

  it('scripted strategies answer every card in the week it is dealt, and not all alike', () => {
    const chosen = new Map<string, Set<string>>();
    for (const strategy of ['iron-triangle', 'siloed', 'greedy-discount']) {
      for (const { log, state } of gamesOf(strategy)) {
        const cards = of(log, 'chooseCard');
        expect(cards.length).toBe(Object.keys(state.cards).length);
        for (const c of cards) {
          const week = 1 + log.slice(0, log.indexOf(c)).filter((a) => a.kind === 'endWeek').length;
          expect(week).toBe(state.cards[c.card]!.week);
          chosen.set(c.card, (chosen.get(c.card) ?? new Set()).add(c.option));
        }
      }
    }
    // Cards dealt in every game by a fixed week are answered differently by the three rules.
    for (const c of scenario.cards.filter((x) => 'atWeek' in x.trigger)) expect(chosen.get(c.id)?.size, c.id).toBeGreaterThan(1);
  });

  it('no rule names a card', () => {
    const source = readFileSync(join(import.meta.dirname, '../../src/bots/cards.ts'), 'utf8') + readFileSync(join(import.meta.dirname, '../../src/bots/team.ts'), 'utf8');
    for (const name of ['flagship', 'tutorial']) for (const c of bundled(name).scenario.cards) expect(source).not.toContain(`'${c.id}'`);
  });
});

describe('marketing that learns from the view', () => {
  /** Each marketing action of par (or a variant), replayed: its week, leads found, and whether its customer had a lead found junk. */
  function marketingOf(style: Style, sc = scenario) {
    const bot = teamBot(style);
    return SEEDS.map((seed) => {
      const { log } = playGame(sc, seed, { AR: bot, SR: bot, FR: bot });
      const s = createGame(sc, seed);
      const out: { week: number; leads: number; cost: number; junkCustomer: boolean }[] = [];
      for (const a of log) {
        const target = a.kind === 'marketing' && 'customer' in a ? a.customer : null;
        const junkCustomer = !!target && Object.values(s.leads).some((l) => l.customer === target && l.grade === 'junk');
        const r = applyActionInPlace(sc, s, a, true);
        const done = r.ok ? r.events.find((e) => e.type === 'marketingDone') : undefined;
        if (done) out.push({ week: s.week, leads: Number(done.leads), cost: Number(done.cost), junkCustomer });
      }
      return out;
    });
  }
  const par = styleByName('iron-triangle')!;
  const blind: Style = { ...par, name: 'iron-triangle-blind-marketing', dice: 'iron-triangle', marketingAim: 'blind' };
  const longestDry = (ms: { week: number; leads: number }[]) => {
    let run = 0, best = 0, prev = -9;
    for (const m of ms) {
      run = m.leads > 0 ? 0 : m.week === prev + 1 ? run + 1 : 1;
      best = Math.max(best, run);
      prev = m.week;
    }
    return best;
  };

  it('par courts no customer whose lead it found junk, and stops when a new lead could no longer pay', () => {
    for (const [sc, games] of [[scenario, marketingOf(par)], [bundled('tutorial').scenario, marketingOf(par, bundled('tutorial').scenario)]] as const) {
      for (const ms of games) {
        expect(ms.filter((m) => m.junkCustomer)).toEqual([]);
        // The quickest lead → installed order: two turns to qualify, a bid window, the decision, the shortest lead time, shipping and installation.
        const quickest = 2 + Math.min(...sc.leads.map((l) => l.bidAfterWeeks)) + 1 + Math.min(...sc.products.map((p) => p.leadTimeWeeks)) + 2;
        for (const m of ms) expect(m.week).toBeLessThanOrEqual(sc.weeks - quickest);
      }
    }
    const blindGames = marketingOf(blind);
    expect(blindGames.flat().some((m) => m.junkCustomer || m.week > scenario.weeks - 8)).toBe(true);
  });

  it('par does not pay week after week for marketing that finds nothing', () => {
    const parGames = marketingOf(par);
    const blindGames = marketingOf(blind);
    const sum = (gs: { cost: number; leads: number }[][], k: 'cost' | 'leads') => gs.flat().reduce((n, m) => n + m[k], 0);
    // Money well spent: par pays less per lead found than the same team marketing blind.
    expect(sum(parGames, 'cost') / sum(parGames, 'leads')).toBeLessThan(sum(blindGames, 'cost') / sum(blindGames, 'leads'));
    expect(sum(parGames, 'cost')).toBeLessThan(sum(blindGames, 'cost'));
    expect(parGames.flat().filter((m) => m.leads === 0).length).toBeLessThan(blindGames.flat().filter((m) => m.leads === 0).length);
    expect(Math.max(...parGames.map(longestDry))).toBeLessThan(Math.max(...blindGames.map(longestDry)));
    expect(sum(parGames, 'leads')).toBeGreaterThan(0);
  });
});
