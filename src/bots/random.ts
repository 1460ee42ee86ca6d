/**
 * `random`: a uniformly curious new hire. Picks a kind of legal action at random, then
 * one action of that kind, until the role's days are spent. Walking away (abandon,
 * drop, blacklist, write-off, court) is rare, so the random player still reaches
 * bids, deliveries and cash and exercises the whole engine.
 */
import type { Bot } from './types.ts';
import { daysLeft, type Action } from '../engine/index.ts';

const RARE = new Set(['abandon', 'dropLead', 'blacklist', 'writeOff', 'legalAction']);
const RARE_BP = 300;
const END_TURN_BP = 500;

export const randomBot: Bot = {
  strategy: 'random',
  decide(sc, s, role, legal, dice) {
    const card = legal.find((a) => a.kind === 'chooseCard');
    if (card && dice.chance(5000)) return legal.filter((a) => a.kind === 'chooseCard')[dice.int(2)] ?? card;
    if (daysLeft(sc, s, role) === 0 || dice.chance(END_TURN_BP)) return null;
    const allowRare = dice.chance(RARE_BP);
    const byKind = new Map<string, Action[]>();
    for (const a of legal) {
      if (a.kind === 'endWeek' || a.kind === 'chooseCard' || (RARE.has(a.kind) && !allowRare)) continue;
      const list = byKind.get(a.kind) ?? [];
      list.push(a);
      byKind.set(a.kind, list);
    }
    const kinds = [...byKind.keys()];
    if (kinds.length === 0) return null;
    const pool = byKind.get(kinds[dice.int(kinds.length)]!)!;
    return pool[dice.int(pool.length)]!;
  },
};
