/**
 * `random`: a uniformly curious new hire. Picks a kind of legal action at random, then
 * one action of that kind, until the role's days are spent. Walking away (abandon,
 * drop, blacklist, write-off, court) is rare, so the random player still reaches
 * bids, deliveries and cash and exercises the whole engine.
 */
import type { Bot } from './types.ts';
import type { Action } from '../engine/index.ts';

const RARE = new Set(['abandon', 'dropLead', 'blacklist', 'writeOff', 'legalAction']);
const RARE_BP = 300;
const END_TURN_BP = 500;
const MAX_ACTIONS = 40;

export const randomBot: Bot = {
  strategy: 'random',
  *turn(t) {
    for (let i = 0; i < MAX_ACTIONS; i++) {
      const legal = t.legal();
      const cards = legal.filter((a) => a.kind === 'chooseCard');
      if (cards.length && t.dice.chance(5000)) {
        yield cards[t.dice.int(cards.length)]!;
        continue;
      }
      if (t.daysLeft() === 0 || t.dice.chance(END_TURN_BP)) return;
      const allowRare = t.dice.chance(RARE_BP);
      const byKind = new Map<string, Action[]>();
      for (const a of legal) {
        if (a.kind === 'endWeek' || a.kind === 'chooseCard' || (RARE.has(a.kind) && !allowRare)) continue;
        // A person's days are theirs: no bringing them along.
        if (a.kind === 'visit' && a.with.some((r) => t.humans.has(r))) continue;
        const list = byKind.get(a.kind) ?? [];
        list.push(a);
        byKind.set(a.kind, list);
      }
      const kinds = [...byKind.keys()];
      if (kinds.length === 0) return;
      const pool = byKind.get(kinds[t.dice.int(kinds.length)]!)!;
      yield pool[t.dice.int(pool.length)]!;
    }
  },
};
