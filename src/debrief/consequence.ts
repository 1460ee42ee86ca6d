/**
 * Which consequence carries a turning point's difference: the "telling" events of each
 * branch (good news and bad news), named by deal so they compare across branches, tallied
 * per continuation, and the one the better branch had more of (or less, for bad news) in
 * most continuations. Split from turning-points.ts, which re-simulates the branches.
 */
import type { GameEvent, GameState } from '../engine/index.ts';
import { dealOf } from './history.ts';
import type { TurningPoint } from './types.ts';

/** Events that tell a story on their own, most telling first: good news and bad news. */
const GOOD = ['insuranceClaimed', 'bidWon', 'installed', 'paymentReceived', 'legalJudgement', 'budgetConfirmed', 'painRevealed'];
const BAD = ['customerDefaulted', 'badDebtWrittenOff', 'contractVetoed', 'bidLost', 'noBid', 'deliveredLate', 'slaBreached', 'acceptanceFailed', 'blacklisted'];
const tellingRank = (type: string) => Math.min(...[GOOD.indexOf(type), BAD.indexOf(type)].filter((i) => i >= 0));

const RECORD_KINDS = ['opportunity', 'contract', 'order', 'invoice', 'ticket'] as const;

/**
 * The deal behind a record, named the same in every branch: its lead's id — or, for
 * repeat business (a lead the branch itself created, `rep…`), the lead it repeats.
 */
function portableDeal(s: GameState, kind: (typeof RECORD_KINDS)[number], id: string): string | null {
  const lead = dealOf(s, kind, id);
  if (lead === null) return null;
  const l = s.leads[lead];
  return l?.repeat ? l.template : lead;
}

/**
 * What an event is about, the same in both branches: the deal (its lead) behind the
 * record it names — record ids differ between branches — or else its customer.
 */
function subjectOf(e: GameEvent, s: GameState): string {
  for (const kind of RECORD_KINDS) {
    const id = e[kind];
    if (typeof id === 'string') return `deal=${portableDeal(s, kind, id) ?? id}`;
  }
  return `customer=${String(e.customer ?? '')}`;
}

/** The money an event moves (yuan), where it names some. */
function moneyOf(e: GameEvent, s: GameState): number {
  switch (e.type) {
    case 'bidWon': return Number(e.price) || 0;
    case 'paymentReceived':
    case 'badDebtWrittenOff': return Number(e.amount) || 0;
    case 'insuranceClaimed':
    case 'legalJudgement': return Number(e.recovered) || 0;
    case 'deliveredLate': return Number(e.penalty) || 0;
    case 'installed': {
      // Revenue is recognised at installation: the order's contract price.
      const o = typeof e.order === 'string' ? s.orders[e.order] : undefined;
      return o ? (s.contracts[o.contract]?.price ?? 0) : 0;
    }
    case 'contractVetoed': return typeof e.contract === 'string' ? (s.contracts[e.contract]?.price ?? 0) : 0;
    default: return 0;
  }
}

interface Tally {
  count: number;
  money: number;
  example: GameEvent;
}
/**
 * The event as the player can read it: a branch's record ids (ord59, inv33) exist in no
 * game the player saw, so each is replaced by its deal — the lead id, which is the same
 * in every branch and in the player's game. A record of no deal (a spare-parts ticket
 * for the installed base) is left out: its branch id would name nothing, or the wrong thing.
 */
function portable(e: GameEvent, s: GameState): GameEvent {
  const out: GameEvent = { ...e };
  for (const kind of RECORD_KINDS) {
    const id = e[kind];
    if (typeof id === 'string') out[kind] = portableDeal(s, kind, id);
  }
  return out;
}

/** The telling events of one branch, by kind and subject. */
export function tally(events: readonly GameEvent[], state: GameState): Map<string, Tally> {
  const m = new Map<string, Tally>();
  for (const e of events) {
    if (!GOOD.includes(e.type) && !BAD.includes(e.type)) continue;
    const key = `${e.type}:${subjectOf(e, state)}`;
    const t = m.get(key) ?? { count: 0, money: 0, example: portable(e, state) };
    t.count++;
    t.money += moneyOf(e, state);
    m.set(key, t);
  }
  return m;
}

/** One paired continuation's telling events: yours and par's. */
export interface PairTally {
  yours: Map<string, Tally>;
  pars: Map<string, Tally>;
}

/**
 * The consequence that carries a difference of sign `direction` (+1: your choice did
 * better; −1: par's would have), across the paired continuations: good news the better
 * branch had more of (`gained`) or bad news it had less of (`avoided`), in that
 * direction in a majority of the continuations (net of those where it went the other
 * way); of those, the most money, then the most consistent, then the most telling kind.
 */
export function consequence(pairs: readonly PairTally[], direction: number): TurningPoint['because'] {
  if (direction === 0 || pairs.length === 0) return null;
  const keys = new Set<string>();
  for (const p of pairs) for (const k of [...p.yours.keys(), ...p.pars.keys()]) keys.add(k);
  let best: { key: string; net: number; support: number; money: number; rank: number; kind: 'gained' | 'avoided'; example: GameEvent } | null = null;
  for (const key of keys) {
    const type = key.slice(0, key.indexOf(':'));
    const good = GOOD.includes(type);
    let support = 0;
    let against = 0;
    let money = 0;
    let example: GameEvent | null = null;
    for (const p of pairs) {
      const y = p.yours.get(key);
      const q = p.pars.get(key);
      const [better, worse] = direction > 0 ? [y, q] : [q, y];
      // How much more of it the better branch had: good news should be more, bad news less.
      const more = (better?.count ?? 0) - (worse?.count ?? 0);
      const helps = good ? more > 0 : more < 0;
      if (helps) {
        support++;
        money += Math.abs((better?.money ?? 0) - (worse?.money ?? 0));
        example ??= (good ? better : worse)!.example;
      } else if (more !== 0) against++;
    }
    const net = support - against;
    if (!example || net * 2 < pairs.length) continue;
    const c = { key, net, support, money: money / pairs.length, rank: tellingRank(type), kind: good ? ('gained' as const) : ('avoided' as const), example };
    if (!best || c.money > best.money || (c.money === best.money && (c.net > best.net || (c.net === best.net && (c.rank < best.rank || (c.rank === best.rank && c.key < best.key)))))) best = c;
  }
  return best ? { kind: best.kind, event: best.example, continuations: best.support, of: pairs.length } : null;
}
