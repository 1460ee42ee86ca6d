/**
 * Scenario ids → display names in a language, for sentences built by the catalogue
 * (index.ts). Shared by the browser UI and the CLI's debrief report.
 */
import type { Scenario, Text } from '../scenario/schema.ts';
import type { GameState } from '../engine/state.ts';
import { enumName, t, type Lang, type Names } from './index.ts';

/**
 * Scenario ids → names in `lang`. With the game state (`state`), labels can also say
 * whose a lead, order, invoice or ticket is, and what a lead is.
 */
export function makeNames(sc: Scenario | null, lang: Lang, state: () => GameState | null = () => null): Names {
  const pick = (x: Text | undefined, id: string) => (x ? x[lang] : id);
  const customerOf = (ref: string): string | null => {
    const s = state();
    if (!s) return sc?.leads.find((l) => l.id === ref)?.customer ?? null;
    return (s.leads[ref] ?? s.opportunities[ref] ?? s.contracts[ref] ?? s.orders[ref] ?? s.invoices[ref] ?? s.tickets[ref])?.customer ?? null;
  };
  const names: Names = {
    customer: (id) => pick(sc?.customers.find((c) => c.id === id)?.name, id),
    stakeholder: (cid, id) => pick(sc?.customers.find((c) => c.id === cid)?.stakeholders.find((s) => s.id === id)?.name, id),
    product: (id) => pick(sc?.products.find((p) => p.id === id)?.name, id),
    competitor: (id) => pick(sc?.competitors.find((c) => c.id === id)?.name, id),
    card: (id) => pick(sc?.cards.find((c) => c.id === id)?.title, id),
    option: (cid, oid) => pick(sc?.cards.find((c) => c.id === cid)?.options.find((o) => o.id === oid)?.label, oid),
    pain: (cid, pid) => pick(sc?.customers.find((c) => c.id === cid)?.pains.find((p) => p.id === pid)?.text, pid),
    customerOf,
    stakeholderRole: (cid, id) => sc?.customers.find((c) => c.id === cid)?.stakeholders.find((s) => s.id === id)?.role ?? null,
    news: (id) => pick(sc?.events.find((e) => e.id === id)?.news, id),
    lead: (id) => {
      const l = state()?.leads[id] ?? sc?.leads.find((x) => x.id === id);
      return l ? t(lang, 'fmt.lead', { product: names.product(l.product), quantity: l.quantity }) : id;
    },
    ref: (id) => {
      const s = state();
      if (!s) return id;
      const deal = (x: { product: string; quantity: number } | undefined) => (x ? t(lang, 'fmt.lead', { product: names.product(x.product), quantity: x.quantity }) : null);
      const o = s.opportunities[id] ?? s.contracts[id] ?? s.orders[id];
      if (o) return deal(o) ?? id;
      const inv = s.invoices[id];
      if (inv) {
        const d = deal(s.contracts[inv.contract]);
        return t(lang, 'fmt.invoice', { deal: d ?? names.customer(inv.customer), milestone: enumName(lang, 'milestone', inv.milestone).toLowerCase() });
      }
      const tk = s.tickets[id];
      if (tk) {
        const what = tk.product ? names.product(tk.product) : names.customer(tk.customer);
        return t(lang, 'fmt.ticket', { what, week: tk.openedWeek });
      }
      return id;
    },
  };
  return names;
}

