/**
 * Which variants a balance report plays: par (`iron-triangle`), the named strategies,
 * one ablation per behaviour, one variant per decision-card option (par with that option
 * forced) and the exploit library's doing-less strategies. All play the same seeds, so
 * every comparison is paired. A variant whose bots are the same as an earlier one's is
 * played once (`same` maps it to the one played).
 */
import type { Scenario } from '../scenario/schema.ts';
import { BEHAVIOURS, STRATEGIES, ablationName, styleByName } from '../bots/index.ts';
import type { Variant } from './play.ts';

import { PAR, PAR_OWN_RULE, cardVariantKey } from './names.ts';

export { PAR, PAR_OWN_RULE, cardVariantKey };

/** A doing-less strategy of the exploit library, as plain data (the library lives with the CLI). */
export interface ExploitEntry { name: string; description: string; style: NonNullable<Variant['style']> }

export interface PlanOptions {
  /** Cards forced to one option in every game of the report (`--card id=option`). */
  forced?: Record<string, string>;
  /** Play one variant per card option (default true). */
  cardOptions?: boolean;
  /** Play the ablations (default true). */
  ablations?: boolean;
  exploits?: readonly ExploitEntry[];
}

export interface Plan {
  variants: Variant[];
  named: string[];
  ablations: { behaviour: string; key: string }[];
  cardOptions: { card: string; option: string; key: string }[];
  exploits: { name: string; description: string; key: string }[];
  /** The variant a card option is compared with (par, or par with its own card rule when cards are forced). */
  cardBaseline: string;
}

/** Checks `--card id=option` pairs against the scenario: a clear message naming what is wrong. */
export function checkForced(sc: Scenario, forced: Record<string, string>): string | null {
  for (const [card, option] of Object.entries(forced)) {
    const c = sc.cards.find((x) => x.id === card);
    if (!c) return `unknown card "${card}"; the scenario's cards: ${sc.cards.map((x) => x.id).join(', ') || '(none)'}`;
    if (!c.options.some((o) => o.id === option)) return `card "${card}" has no option "${option}"; its options: ${c.options.map((o) => o.id).join(', ')}`;
  }
  return null;
}

/** A canonical text of what a variant's bots are, so identical ones are played once. */
function identity(v: Variant): string {
  const st = v.style ?? (v.strategy ? styleByName(v.strategy) : null);
  const style = st ? JSON.stringify([...Object.entries(st).filter(([k]) => k !== 'name' && k !== 'dice').sort(), st.dice ?? st.name]) : v.strategy;
  return `${style}|${JSON.stringify(Object.entries(v.forced ?? {}).sort())}`;
}

export interface Planned { plan: Plan; same: Record<string, string> }

export function plan(sc: Scenario, o: PlanOptions = {}): Planned {
  const forced = o.forced ?? {};
  const hasForced = Object.keys(forced).length > 0;
  const variants: Variant[] = [];
  const seen = new Map<string, string>();
  const same: Record<string, string> = {};
  const add = (v: Variant): void => {
    const id = identity(v);
    const first = seen.get(id);
    if (first !== undefined) same[v.key] = first;
    else {
      seen.set(id, v.key);
      variants.push(v);
    }
  };
  const withForced = (extra: Record<string, string> = {}) => ({ ...forced, ...extra });
  const named = [PAR, ...STRATEGIES.filter((s) => s !== PAR)];
  for (const s of named) add({ key: s, strategy: s, forced: withForced() });
  const ablations = o.ablations === false ? [] : BEHAVIOURS.map((b) => ({ behaviour: b, key: ablationName(b) }));
  for (const a of ablations) add({ key: a.key, strategy: a.key, forced: withForced() });
  const cardBaseline = hasForced ? PAR_OWN_RULE : PAR;
  if (hasForced) add({ key: PAR_OWN_RULE, strategy: PAR });
  const cardOptions: Plan['cardOptions'] = [];
  if (o.cardOptions !== false) {
    for (const c of sc.cards) {
      for (const opt of c.options) {
        const key = cardVariantKey(c.id, opt.id);
        cardOptions.push({ card: c.id, option: opt.id, key });
        add({ key, strategy: PAR, forced: { ...forced, [c.id]: opt.id } });
      }
    }
  }
  const exploits = (o.exploits ?? []).map((e) => ({ name: e.name, description: e.description, key: `exploit:${e.name}` }));
  for (const [i, e] of (o.exploits ?? []).entries()) add({ key: exploits[i]!.key, style: e.style, forced: withForced() });
  return { plan: { variants, named, ablations, cardOptions, exploits, cardBaseline }, same };
}
