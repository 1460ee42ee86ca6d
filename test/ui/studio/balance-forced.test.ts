/**
 * Issue 11 item 6 in the studio: the Balance panel forces card options as `--card
 * id=option` does. What it sends is only what the draft still has, so the plan the
 * worker makes always passes the CLI's own check.
 */
import { describe, expect, it } from 'vitest';
import { forcedStill } from '../../../src/ui/studio/balance-runner.ts';
import { checkForced, plan, cardVariantKey } from '../../../src/balance/plan.ts';
import { bundled } from '../../helpers.ts';

describe('forced card options in the studio', () => {
  const { scenario: sc } = bundled('flagship');
  it('keeps the choices the draft has and drops those an edit removed', () => {
    const chosen = { 'xc-120-days': 'bill', 'sc-discount': 'trade', 'gone-card': 'a', 'xc-120-dayz': 'hold' };
    const kept = forcedStill(sc, chosen);
    expect(kept).toEqual({ 'xc-120-days': 'bill', 'sc-discount': 'trade' });
    expect(checkForced(sc, kept)).toBeNull();
    expect(forcedStill(sc, { 'xc-120-days': 'maybe' })).toEqual({});
  });
  it('the plan made from them forces them in every variant, and compares options with par playing its own rule', () => {
    const { plan: p } = plan(sc, { forced: forcedStill(sc, { 'xc-120-days': 'bill' }) });
    expect(p.variants.find((v) => v.key === 'iron-triangle')!.forced).toEqual({ 'xc-120-days': 'bill' });
    expect(p.cardBaseline).not.toBe('iron-triangle');
    expect(p.cardOptions.map((c) => c.key)).toContain(cardVariantKey('xc-120-days', 'hold'));
  });
});
