/** Inbound leads: the customer calls in at `availableFrom`; no marketing needed, no luck involved. */
import { describe, expect, it } from 'vitest';
import { bundled } from '../../helpers.ts';
import { applyActionInPlace, createGame } from '../../../src/engine/index.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

describe('inbound leads', () => {
  it('arrive by themselves in their week, whatever the seed, and only once', () => {
    const sc: Scenario = structuredClone(bundled('tutorial').scenario);
    sc.leads.find((l) => l.id === 'qj-plant')!.availableFrom = 3;
    for (const seed of ['a', 'b', 'c']) {
      const s = createGame(sc, seed);
      expect(Object.keys(s.leads)).toEqual(['xm-resale']); // week 1: only the week-1 lead
      applyActionInPlace(sc, s, { kind: 'endWeek' });
      expect(s.leads['qj-plant']).toBeUndefined();
      const r = applyActionInPlace(sc, s, { kind: 'endWeek' }); // into week 3
      expect(r.ok && r.events.some((e) => e.type === 'leadSurfaced' && e.lead === 'qj-plant')).toBe(true);
      expect(s.leads['qj-plant']).toMatchObject({ surfacedWeek: 3, repeat: false });
      applyActionInPlace(sc, s, { kind: 'endWeek' });
      expect(Object.keys(s.leads).filter((id) => id === 'qj-plant')).toHaveLength(1);
    }
  });

  it('marketing never surfaces them', () => {
    const { scenario: sc } = bundled('tutorial');
    const s = createGame(sc, 'm');
    const before = Object.keys(s.leads).length;
    applyActionInPlace(sc, s, { kind: 'marketing', role: 'AR', activity: 'exhibition' });
    expect(Object.keys(s.leads)).toHaveLength(before);
  });
});
