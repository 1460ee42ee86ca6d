/**
 * One game of the balance report: a variant (a named strategy or a knob setting, with
 * decision-card options optionally forced) plays one seed, and what the report needs is
 * kept — KPIs, score and the content facts (what fired, surfaced, was contracted).
 * Imports the engine and the bots only: it runs in Node worker threads and in the
 * studio's Web Workers alike.
 */
import type { Scenario } from '../scenario/schema.ts';
import { computeKpis, computeScore, type Action, type GameState, type Kpis } from '../engine/index.ts';
import { botByName, playGame, teamBot, type Bot, type Style } from '../bots/index.ts';
import { ROLES, type Role } from '../scenario/enums.ts';

/** What one variant is: a strategy by name, or a knob setting (the exploit library's). */
export interface Variant {
  /** The name the report shows (unique in a run). */
  key: string;
  strategy?: string;
  style?: Style;
  /** Card id → option id, chosen for the card in every game as soon as it is dealt. */
  forced?: Record<string, string>;
}

/** The content facts of one finished game. */
export interface GameFacts {
  /** Scenario events that fired. */
  events: string[];
  /** Cards dealt, each with the option that applied (null: still pending at the end). */
  cards: [string, string | null][];
  /** Scenario leads that surfaced, became an opportunity, were won (bid won or signed). */
  leads: { surfaced: string[]; opportunity: string[]; won: string[] };
  /** Customers with an active or closed contract, and its value (¥, summed per customer). */
  contracted: Record<string, number>;
  /** Open receivables at the end: invoices open or at law, ¥. */
  openReceivables: number;
}

export interface GameResult { kpis: Kpis; score: number; facts: GameFacts }

export function gameFacts(sc: Scenario, s: GameState): GameFacts {
  const scenarioLeads = new Set(sc.leads.map((l) => l.id));
  const surfaced = Object.keys(s.leads).filter((id) => scenarioLeads.has(id));
  const opportunity = new Set<string>();
  const won = new Set<string>();
  for (const o of Object.values(s.opportunities)) {
    if (!scenarioLeads.has(o.lead)) continue;
    opportunity.add(o.lead);
    if (o.status === 'won' || o.status === 'signed') won.add(o.lead);
  }
  const contracted: Record<string, number> = {};
  for (const k of Object.values(s.contracts)) {
    if (k.status === 'active' || k.status === 'closed') contracted[k.customer] = (contracted[k.customer] ?? 0) + k.price;
  }
  let openReceivables = 0;
  for (const i of Object.values(s.invoices)) if (i.status === 'open' || i.status === 'legal') openReceivables += i.amount;
  return {
    events: [...s.firedEvents],
    cards: Object.entries(s.cards).map(([id, c]) => [id, c.status === 'done' ? c.option : null]),
    leads: { surfaced, opportunity: [...opportunity], won: [...won] },
    contracted,
    openReceivables,
  };
}

/**
 * A bot that answers the forced cards with the forced option as soon as they are dealt
 * (at the start of the role's turn) and otherwise plays exactly as `bot`, which is never
 * shown its own choice for a forced card (told it was refused). Same dice as `bot`.
 */
export function withForcedCards(bot: Bot, forced: Record<string, string>): Bot {
  return {
    strategy: bot.strategy,
    diceKey: bot.diceKey ?? bot.strategy,
    *turn(t): Generator<Action, void, boolean> {
      for (const c of t.view().pendingCards) {
        const option = forced[c.id];
        if (option !== undefined && c.options.includes(option)) yield { kind: 'chooseCard', role: t.role, card: c.id, option };
      }
      const inner = bot.turn(t);
      try {
        let step = inner.next();
        while (!step.done) {
          const a = step.value;
          if (a.kind === 'chooseCard' && forced[a.card] !== undefined) {
            step = inner.next(false);
            continue;
          }
          const ok: boolean = yield a;
          step = inner.next(ok);
        }
      } finally {
        inner.return(undefined);
      }
    },
  };
}

export function variantBots(v: Variant): Record<Role, Bot> {
  const bot = v.style ? teamBot(v.style) : v.strategy ? botByName(v.strategy) : null;
  if (!bot) throw new Error(`unknown strategy "${v.strategy ?? v.key}"`);
  const b = v.forced && Object.keys(v.forced).length ? withForcedCards(bot, v.forced) : bot;
  return Object.fromEntries(ROLES.map((r) => [r, b])) as Record<Role, Bot>;
}

export function playVariant(sc: Scenario, v: Variant, seeds: readonly string[]): GameResult[] {
  const bots = variantBots(v);
  return seeds.map((seed) => {
    const { state } = playGame(sc, seed, bots);
    const kpis = computeKpis(sc, state);
    return { kpis, score: computeScore(sc, kpis), facts: gameFacts(sc, state) };
  });
}
