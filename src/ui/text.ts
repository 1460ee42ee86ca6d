/**
 * The UI's one door to text: the language in force, scenario names in that language,
 * and the catalogue's sentences. Components call `tx.ui('key')`, `tx.action(a)` … and
 * never hold a string of their own, so switching language re-renders everything and
 * changes nothing in the game.
 */
import type { Scenario, Text } from '../scenario/schema.ts';
import type { Action, GameEvent, GameState, Rejection, Role } from '../engine/index.ts';
import * as i18n from '../i18n/index.ts';

export type Lang = i18n.Lang;
const LANG_KEY = 'iron-triangle.lang';

export function savedLang(): Lang {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    if (v === 'zh' || v === 'en') return v;
  } catch {
    /* storage blocked: fall back to the browser's language */
  }
  return globalThis.navigator?.language?.toLowerCase().startsWith('zh') === false ? 'en' : 'zh';
}
export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    /* storage blocked: the choice lasts this visit only */
  }
}

/**
 * Scenario ids → names in `lang`. With the game state (`state`), labels can also say
 * whose a lead, order, invoice or ticket is, and what a lead is.
 */
export function makeNames(sc: Scenario | null, lang: Lang, state: () => GameState | null = () => null): i18n.Names {
  const pick = (x: Text | undefined, id: string) => (x ? x[lang] : id);
  const customerOf = (ref: string): string | null => {
    const s = state();
    if (!s) return sc?.leads.find((l) => l.id === ref)?.customer ?? null;
    return (s.leads[ref] ?? s.opportunities[ref] ?? s.contracts[ref] ?? s.orders[ref] ?? s.invoices[ref] ?? s.tickets[ref])?.customer ?? null;
  };
  const names: i18n.Names = {
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
      return l ? i18n.t(lang, 'fmt.lead', { product: names.product(l.product), quantity: l.quantity }) : id;
    },
  };
  return names;
}

export class Tx {
  readonly names: i18n.Names;
  constructor(readonly lang: Lang, readonly sc: Scenario | null, state: () => GameState | null = () => null) {
    this.names = makeNames(sc, lang, state);
  }
  ui(key: string, params?: Record<string, string | number>): string {
    return i18n.t(this.lang, key as never, params);
  }
  text(x: Text): string {
    return x[this.lang];
  }
  action(a: Action): string {
    return i18n.describeAction(this.lang, a, this.names);
  }
  rejection(r: Rejection): string {
    return i18n.describeRejection(this.lang, r, this.names);
  }
  event(e: GameEvent): string | null {
    return i18n.describeEvent(this.lang, e, this.names);
  }
  role(r: Role): string {
    return i18n.roleName(this.lang, r);
  }
  kpi(k: string): string {
    return i18n.kpiLabel(this.lang, k as never);
  }
  lane(l: string): string {
    return i18n.laneTitle(this.lang, l as never);
  }
  money(n: number): string {
    return i18n.formatMoney(this.lang, n);
  }
  pct(x: number): string {
    return i18n.formatPct(this.lang, x);
  }
  days(d: number): string {
    return i18n.formatDays(this.lang, d);
  }
  stakeholderRole(r: string): string {
    return i18n.stakeholderRoleName(this.lang, r as never);
  }
  ticketKind(k: string): string {
    return i18n.ticketKindName(this.lang, k as never);
  }
  leadGrade(g: string): string {
    return i18n.leadGradeName(this.lang, g as never);
  }
  opportunityStatus(st: string): string {
    return i18n.opportunityStatusName(this.lang, st as never);
  }
  orderStatus(st: string): string {
    return i18n.orderStatusName(this.lang, st as never);
  }
  invoiceStatus(st: string): string {
    return i18n.invoiceStatusName(this.lang, st as never);
  }
  milestone(m: string): string {
    return i18n.milestoneName(this.lang, m as never);
  }
  list(items: string[]): string {
    return i18n.formatList(this.lang, items);
  }
}
