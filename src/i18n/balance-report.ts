/** Looks up the balance report's strings (its own catalogue: see balance-report.en.ts). */
import type { Lang } from './index.ts';
import { balanceReportEn, type BalanceReportKey } from './balance-report.en.ts';
import { balanceReportZh } from './balance-report.zh.ts';

export type { BalanceReportKey };
const CATALOGUES: Record<Lang, Record<BalanceReportKey, string>> = { en: balanceReportEn, zh: balanceReportZh };

export function bt(lang: Lang, key: BalanceReportKey, params: Record<string, string | number> = {}): string {
  return CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
