/**
 * The bots play their story: what each strategy does, read from the actions it took.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { TERMS_PRESETS, type Action } from '../../src/engine/index.ts';

const { scenario } = bundled('flagship');
const SEEDS = ['st0', 'st1', 'st2', 'st3', 'st4', 'st5'];
const logs = new Map<string, Action[][]>();
function logsOf(strategy: string): Action[][] {
  let l = logs.get(strategy);
  if (!l) logs.set(strategy, (l = SEEDS.map((seed) => playGame(scenario, seed, botsFor(strategy)!).log)));
  return l;
}
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
