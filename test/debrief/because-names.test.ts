/**
 * What carried a turning point is worded with the player's names, never a branch's
 * record id: a record of a deal becomes the deal, and a record of no deal (a spare-parts
 * ticket for the installed base) is left out of the sentence rather than named by an id
 * that means nothing — or something else — in the player's game.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { createGame, type GameEvent } from '../../src/engine/index.ts';
import { tally } from '../../src/debrief/consequence.ts';
import { turningPointText } from '../../src/i18n/debrief.ts';
import { makeNames } from '../../src/i18n/names.ts';
import type { TurningPoint } from '../../src/debrief/types.ts';

describe('what carried a turning point, in the player’s words', () => {
  it('a ticket of no deal is left out, and the sentence still reads', () => {
    const { scenario: sc } = bundled('flagship');
    const s = createGame(sc, 'because-1');
    const customer = sc.customers[0]!.id;
    s.tickets.t7 = { id: 't7', kind: 'partsRequest', customer, order: null, product: null, severity: 3, cause: 'spares', openedWeek: 3, slaWeek: 5, status: 'open', resolvedWeek: null, breached: true, rootCauseFed: false };
    const breach: GameEvent = { type: 'slaBreached', week: 5, ticket: 't7', customer, kind: 'partsRequest' };
    const [example] = [...tally([breach], s).values()].map((x) => x.example);
    expect(example!.ticket).toBeNull();
    const x = { mean: -5, lo: -8, hi: -2, n: 8 };
    const tp: TurningPoint = {
      index: 0, week: 2, role: 'FR', original: null, replacement: { kind: 'orderParts', role: 'FR', qty: 5 },
      delta: { score: x, bidsWon: x, revenue: x, grossMarginPct: x, collected: x, collectedPct: x },
      because: { kind: 'avoided', event: example!, continuations: 6, of: 8 },
    };
    for (const lang of ['en', 'zh'] as const) {
      const text = turningPointText(lang, tp, makeNames(sc, lang, () => s)).because!;
      expect(text).toContain(sc.customers[0]!.name[lang]);
      expect(text).not.toMatch(/\bt7\b|\s{2}| [,.;:)]/);
    }
  });
});
