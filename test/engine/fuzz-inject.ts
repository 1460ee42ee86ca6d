/**
 * The facilitator's inject (src/engine/rules/inject.ts) for the fuzzer: scenario events by
 * id (real, unknown, prototype keys, already fired), announcements (plain, markup, too
 * long, empty, control characters, bidi overrides, wrong types), both or neither field.
 */
import type { Scenario } from '../../src/scenario/schema.ts';
import type { Dice } from '../../src/engine/rng.ts';
import { INJECT_TEXT_MAX } from '../../src/engine/action-schema.ts';

const TEXTS: unknown[] = [
  '客户 A 宣布预算冻结', 'Customer A freezes its budget', '<img src=x onerror=alert(1)>', '**bold** & <b>', ' ', '', 'x'.repeat(INJECT_TEXT_MAX),
  'x'.repeat(INJECT_TEXT_MAX + 1), 'line\nbreak', 'tab\there', 'nul\u0000', 'esc\u001b[31m', 'c1\u0085', 'bidi\u202e', 'sep\u2028', 12, null, [], {},
];

/** One inject, legal or not; `ids` are other things' ids (and prototype keys) to put where an event id goes. */
export function injectAttempt(d: Dice, sc: Scenario, ids: readonly string[]): unknown {
  const pick = <T>(list: readonly T[]): T => list[d.int(list.length)]!;
  const events = sc.events.map((e) => e.id);
  const text = () => ({ zh: pick(TEXTS), en: pick(TEXTS) });
  switch (d.int(6)) {
    case 0: case 1: return events.length ? { kind: 'inject', event: pick(events) } : { kind: 'inject', event: 'nope' };
    case 2: return { kind: 'inject', event: pick(ids) };
    case 3: return { kind: 'inject', text: d.int(2) ? { zh: pick(TEXTS.slice(0, 3)), en: pick(TEXTS.slice(0, 3)) } : text() };
    case 4: return d.int(2) ? { kind: 'inject' } : { kind: 'inject', event: pick(events.length ? events : ['nope']), text: text() };
    default: return { kind: 'inject', role: pick(['AR', 'SR', 'FR']), text: text(), extra: d.int(2) ? 1 : undefined };
  }
}
