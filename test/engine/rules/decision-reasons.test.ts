/**
 * Consequences say why: a won tender carries the factors of the customer's decision (as
 * a lost one does), in the terms the team can see, and the feed words them; a
 * stakeholder's support never drops without a line saying so; a visit says where the
 * stakeholder now stands, in the band the power map shows.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../../helpers.ts';
import { botsFor, playGame } from '../../../src/bots/index.ts';
import { applyActionInPlace, createGame, stanceOf, winFactors, type GameEvent, type Position } from '../../../src/engine/index.ts';
import { WEAK_TERM } from '../../../src/engine/rules/position.ts';
import { describeEvent, t, type Lang } from '../../../src/i18n/index.ts';
import { makeNames } from '../../../src/i18n/names.ts';

const pos = (p: Partial<Position>): Position => ({
  terms: 50, relationship: 50, needs: 50, fit: 50, price: 50, delivery: 50, overBudget: false, compliant: true, ours: 50, competitors: [], winChanceBp: 5000, ...p,
});

describe('why a bid won', () => {
  it('names the strong parts of our position, the largest contribution first, at most three', () => {
    expect(winFactors(pos({ relationship: 90, fit: 70, price: 80, competitors: [{ id: 'x', score: 60, price: 1 }] }), true)).toEqual(['relationship', 'fit', 'price']);
    // Price counts against rivals only; the delivery date only with FR's plan behind it.
    expect(winFactors(pos({ price: 80, delivery: 90 }), false)).toEqual([]);
    expect(winFactors(pos({ delivery: 90 }), true)).toEqual(['delivery']);
    // Terms count when better than the norm (50); every other part from WEAK_TERM.
    expect(winFactors(pos({ terms: 51, needs: WEAK_TERM }), true)).toEqual(['needs', 'terms']);
    expect(winFactors(pos({ needs: WEAK_TERM - 1 }), true)).toEqual([]);
  });

  const { scenario: sc } = bundled('flagship');
  const seed = 'reasons-1';
  const { log } = playGame(sc, seed, botsFor('iron-triangle')!);
  const state = createGame(sc, seed);
  const events: GameEvent[] = [];
  const drops: string[] = [];
  for (const a of log) {
    const before = Object.fromEntries(Object.entries(state.customers).map(([cid, c]) => [cid, Object.fromEntries(Object.entries(c.stakeholders).map(([sid, st]) => [sid, st.support]))]));
    const r = applyActionInPlace(sc, state, a);
    if (!r.ok) throw new Error(r.rejection.code);
    events.push(...r.events);
    for (const [cid, c] of Object.entries(state.customers)) {
      for (const [sid, st] of Object.entries(c.stakeholders)) {
        if (st.support >= before[cid]![sid]!) continue;
        // A drop is explained by the same step's events: rivals courting, or a scripted event or card.
        const said = r.events.some((e) => (e.type === 'supportDrifted' && e.customer === cid && String(e.stakeholders).split('+').includes(sid)) || e.type === 'scriptedEvent' || e.type === 'cardResolved');
        if (!said) drops.push(`${a.kind} week ${state.week}: ${cid}/${sid}`);
      }
    }
  }
  const names = (l: Lang) => makeNames(sc, l, () => state);

  it("a won tender's event carries its factors and the feed words them in both languages", () => {
    const won = events.filter((e) => e.type === 'bidWon');
    expect(won.length).toBeGreaterThan(2);
    for (const e of won) {
      expect(typeof e.factors).toBe('string');
      expect(typeof e.against).toBe('string');
    }
    const withWhy = won.filter((e) => e.factors !== '');
    expect(withWhy.length).toBeGreaterThan(0);
    for (const e of withWhy) {
      for (const lang of ['en', 'zh'] as const) {
        const text = describeEvent(lang, e, names(lang))!;
        const [head] = t(lang, 'ev.bidWon.why', { text: '', why: '' }).split(/[:：]/);
        expect(text).toContain(head!.replace(/^[.。]\s*/, ''));
        for (const f of String(e.factors).split('+')) {
          const rival = e.cheapest ? names(lang).competitor(String(e.cheapest)) : '';
          expect(text).toContain(t(lang, `ev.winFactor.${f}` as never, { rival }));
        }
      }
    }
  });

  it('support never drops without a feed line', () => {
    expect(events.some((e) => e.type === 'supportDrifted')).toBe(true);
    expect(drops).toEqual([]);
    for (const e of events.filter((x) => x.type === 'supportDrifted')) {
      expect(describeEvent('en', e, names('en'))).toMatch(/^Rivals courted .+: support −2/);
      expect(describeEvent('zh', e, names('zh'))).toContain('竞争对手');
    }
  });

  it('a visit says where the stakeholder now stands, in the power map’s band', () => {
    const visits = events.filter((e) => e.type === 'visited');
    expect(visits.length).toBeGreaterThan(0);
    for (const e of visits) {
      const support = Number(e.support);
      const text = describeEvent('en', e, names('en'))!;
      expect(text).toContain(`now ${support > 0 ? '+' : support < 0 ? '−' : ''}${Math.abs(support)} on −100…+100: ${t('en', `stance.${stanceOf(support)}` as never)}`);
    }
  });
});
