/**
 * The UI's one door to text: the language in force, scenario names in that language,
 * and the catalogue's sentences. Components call `tx.ui('key')`, `tx.action(a)` … and
 * never hold a string of their own, so switching language re-renders everything and
 * changes nothing in the game.
 */
import type { Scenario, Text } from '../scenario/schema.ts';
import type { Action, GameEvent, GameState, Rejection, Role } from '../engine/index.ts';
import * as i18n from '../i18n/index.ts';
import { makeNames } from '../i18n/names.ts';

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
