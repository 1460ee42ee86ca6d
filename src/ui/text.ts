/**
 * The UI's one door to text: the language in force, scenario names in that language,
 * and the catalogue's sentences. Components call `tx.ui('key')`, `tx.action(a)` … and
 * never hold a string of their own, so switching language re-renders everything and
 * changes nothing in the game.
 */
import type { Scenario, Text } from '../scenario/schema.ts';
import type { Action, GameEvent, GameState, Rejection, Role, Terms } from '../engine/index.ts';
import * as i18n from '../i18n/index.ts';
import { makeNames } from '../i18n/names.ts';

/** What a KPI with nothing measured shows (its tooltip says so in words). */
export const NOT_MEASURED = '—';

export { makeNames };

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
  /** A rate with nothing measured yet (null) shows as a dash, never as 0% or 100%. */
  pct(x: number | null): string {
    return x === null ? NOT_MEASURED : i18n.formatPct(this.lang, x);
  }
  days(d: number | null): string {
    return d === null ? NOT_MEASURED : i18n.formatDays(this.lang, d);
  }
  /** A satisfaction level (0–100) or a dash when no customer has been served yet. */
  level(x: number | null): string {
    return x === null ? NOT_MEASURED : x.toFixed(0);
  }
  /**
   * A KPI's value (or the score, or cash) as the KPI bar, the week's summary and the end
   * screen show it: money, days, a satisfaction level or a percentage; null is a dash.
   */
  kpiValue(key: string, x: number | null): string {
    if (key === 'revenue' || key === 'cash') return this.money(x ?? 0);
    if (key === 'collectionCycleDays' || key === 'docCycleDays') return this.days(x);
    if (key === 'csat') return this.level(x);
    if (key === 'score') return String(x ?? 0);
    return this.pct(x);
  }
  /** Why a customer's satisfaction moved, in words ("late delivery"). */
  satisfactionReason(why: string): string {
    return i18n.satisfactionReasonName(this.lang, why);
  }
  /** A signed whole number with a real minus sign: "+12", "−5", "0". */
  signed(n: number): string {
    const r = Math.round(n);
    return r > 0 ? `+${r}` : r < 0 ? `\u2212${-r}` : '0';
  }
  /** Payment terms in words: "30% advance · 60% on delivery · 10% on acceptance · net 30 days". */
  terms(t: Terms): string {
    return i18n.describeTerms(this.lang, t);
  }
  /** The menu name of these terms ("Standard"), or null when they are not a preset. */
  termsPreset(t: Terms): string | null {
    const p = i18n.matchTermsPreset(t);
    return p ? i18n.termsPresetName(this.lang, p) : null;
  }
  /** A customer's tender terms in words: "no advance allowed · net 30 days". */
  tenderTerms(norm: { maxAdvanceBp: number; netDays: number }): string {
    const advance = norm.maxAdvanceBp === 0 ? this.ui('ui.detail.tenderNoAdvance') : this.ui('ui.detail.tenderMaxAdvance', { pct: this.pct(norm.maxAdvanceBp / 10000) });
    return [advance, this.ui('terms.netDays', { days: this.days(norm.netDays) })].join(this.ui('fmt.sep'));
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
