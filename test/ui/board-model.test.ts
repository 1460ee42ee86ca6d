/**
 * The board's model: what the team sees, as tokens on the LTC highway. At the end of the
 * game the board shows the year's cash instead of an empty road.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { playerView } from '../../src/engine/index.ts';
import { boardModel, type BoardText } from '../../src/ui/board-model.ts';

const text: BoardText = {
  laneTitles: {} as BoardText['laneTitles'],
  customer: (id) => id,
  money: (n) => String(n),
  week: (n) => `W${n}`,
  ticket: (k, s) => `${k}${s}`,
};

describe('board model', () => {
  it('at the end of the game every paid invoice stays in the cash lane', () => {
    const { scenario } = bundled('flagship');
    const { state } = playGame(scenario, 'board-end', botsFor('iron-triangle')!);
    expect(state.finished).toBe(true);
    const v = playerView(scenario, state, 'AR');
    const paid = v.invoices.filter((i) => i.status === 'paid');
    expect(paid.length).toBeGreaterThan(1);
    const model = boardModel(v, text, null, []);
    const cash = model.tokens.filter((t) => t.lane === 'cash').map((t) => t.id).sort();
    expect(cash).toEqual(paid.map((i) => i.id).sort());
    // Mid-game only the last week's payments linger there.
    const mid = structuredClone(state);
    mid.finished = false;
    const midModel = boardModel(playerView(scenario, mid, 'AR'), text, null, []);
    expect(midModel.tokens.filter((t) => t.lane === 'cash').length).toBeLessThan(cash.length);
  });
});
