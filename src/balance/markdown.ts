/**
 * The balance report as markdown, in zh or en: tables with the numbers, and text charts
 * (bars, interval plots) in code blocks. The JSON form is `BalanceReportData` itself.
 */
import type { Lang } from '../i18n/index.ts';
import { formatMoney, formatPct, kpiLabel } from '../i18n/index.ts';
import { formatKpi } from '../i18n/debrief.ts';
import { bt } from '../i18n/balance-report.ts';
import type { Estimate } from '../cli/stats.ts';
import { barChart, forest } from './charts.ts';
import type { BalanceReportData, ReportKpi, TargetKey, TargetRow } from './report.ts';
import { PAR, PAR_OWN_RULE } from './names.ts';

const fix = (x: number, d = 0) => (Math.round(x * 10 ** d) / 10 ** d).toFixed(d);
const signed = (x: number, d = 0) => (x > 0 ? '+' : x < 0 ? '−' : '±') + fix(Math.abs(x), d);
const sig = (e: Estimate) => e.lo > 0 || e.hi < 0;
/** A score difference with its interval: "+20 [11, 30] ✓". */
export const scoreDelta = (e: Estimate): string => (e.n === 0 ? '—' : `${signed(e.mean)} [${signed(e.lo)}, ${signed(e.hi)}]${sig(e) ? ' ✓' : ''}`);
const pct = (lang: Lang, x: number) => formatPct(lang, x);
const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const code = (s: string) => (s ? ['```text', s, '```'].join('\n') : '');

/** A KPI delta in the KPI's own unit. */
function kpiDelta(lang: Lang, k: ReportKpi, e: Estimate): string {
  const f = (x: number) => (x < 0 ? '−' : '+') + formatKpi(lang, k, Math.abs(x));
  return `${kpiLabel(lang, k)} ${f(e.mean)} [${f(e.lo)}, ${f(e.hi)}]`;
}

const TARGET_AS: Record<TargetKey, ReportKpi | 'badDebtShare'> = {
  winRateBp: 'winRate', revenue: 'revenue', grossMarginBp: 'grossMarginPct', collectionCycleDays: 'collectionCycleDays', csat: 'csat',
  docCycleHalfDays: 'docCycleDays', complaintRateBp: 'complaintRate', badDebtBp: 'badDebtShare',
};
function targetValue(lang: Lang, t: TargetRow, x: number): string {
  const k = TARGET_AS[t.target];
  return k === 'badDebtShare' ? pct(lang, x) : formatKpi(lang, k, x);
}
const targetLabel = (lang: Lang, t: TargetRow) => {
  const k = TARGET_AS[t.target];
  return `${k === 'badDebtShare' ? kpiLabel(lang, 'badDebt') + ' %' : kpiLabel(lang, k)} (\`${t.target}\`)`;
};

export function reportMarkdown(r: BalanceReportData, lang: Lang): string {
  const out: string[] = [];
  const h = (key: Parameters<typeof bt>[1]) => out.push('', `## ${bt(lang, key)}`, '');
  const txt = (t: { zh: string; en: string }) => t[lang];
  out.push(`# ${bt(lang, 'title', { title: `${txt(r.scenario.title)} (${r.scenario.id} v${r.scenario.version})` })}`, '');
  out.push(bt(lang, 'meta', { runs: r.runs, prefix: r.seedPrefix, last: r.runs - 1, variants: r.variants, games: r.games, workers: r.workers, seconds: fix(r.seconds, 1) }));
  const forced = Object.entries(r.forced);
  if (forced.length) out.push('', bt(lang, 'forced', { list: forced.map(([c, o]) => `\`${c}=${o}\``).join(', ') }));

  h('h.strategies');
  out.push(bt(lang, 'n.strategies'), '');
  out.push(code(barChart(r.strategies.map((s) => ({ label: s.name, value: s.score.mean, text: `${fix(s.score.mean)} ±${fix((s.score.hi - s.score.lo) / 2)}` })))), '');
  const kpis: ReportKpi[] = ['winRate', 'revenue', 'grossMarginPct', 'collectedPct', 'collectionCycleDays', 'csat', 'complaintRate', 'docCycleDays'];
  out.push(table(
    [bt(lang, 'c.strategy'), bt(lang, 'c.score'), bt(lang, 'c.vsPar'), ...kpis.map((k) => kpiLabel(lang, k))],
    r.strategies.map((s) => [s.name, fix(s.score.mean), s.delta ? scoreDelta(s.delta) : '—', ...kpis.map((k) => (s.kpis[k].n ? formatKpi(lang, k, s.kpis[k].mean) : '—'))]),
  ));

  h('h.targets');
  out.push(bt(lang, 'n.targets'), '');
  const shown = r.strategies.map((s) => s.name).filter((n) => n !== 'random');
  out.push(table(
    [bt(lang, 'c.target'), bt(lang, 'c.goal'), ...shown.map((n) => `${n}: ${bt(lang, 'c.mean')} / ${bt(lang, 'c.met')}`)],
    r.targets.map((t) => [targetLabel(lang, t), `${t.better > 0 ? '≥' : '≤'} ${targetValue(lang, t, t.value)}`, ...shown.map((n) => {
      const s = t.byStrategy[n]!;
      return s.mean.n ? `${targetValue(lang, t, s.mean.mean)} / ${pct(lang, s.met)}` : `— / ${pct(lang, s.met)}`;
    })]),
  ), '');
  out.push(code(barChart(r.targets.map((t) => ({ label: t.target, value: t.byStrategy[PAR]?.met ?? 0, text: `${PAR}: ${pct(lang, t.byStrategy[PAR]?.met ?? 0)}` })), 20)));

  h('h.objectives');
  out.push(bt(lang, 'n.objectives'), '');
  out.push(table(
    ['#', bt(lang, 'c.objective'), bt(lang, 'c.behaviour'), bt(lang, 'c.effect'), bt(lang, 'c.demonstrated'), bt(lang, 'c.kpis')],
    r.objectives.map((o) => [
      String(o.index + 1), txt(o.text), o.behaviour ? `\`${o.behaviour}\`` : bt(lang, 'n.noBehaviour'),
      o.effect ? scoreDelta(o.effect.score) : '—', o.behaviour ? bt(lang, o.demonstrated ? 'yes' : 'no') : '—',
      o.effect ? o.effect.kpis.slice(0, 3).map((d) => kpiDelta(lang, d.kpi, d.delta)).join('; ') || bt(lang, 'none') : '—',
    ]),
  ));

  if (r.ablations.length) {
    h('h.ablations');
    out.push(bt(lang, 'n.ablations'), '');
    out.push(code(forest(r.ablations.map((a) => ({ label: a.behaviour, lo: a.score.lo, mean: a.score.mean, hi: a.score.hi, text: scoreDelta(a.score) })))));
  }

  h('h.cards');
  const baseline = forced.length ? PAR_OWN_RULE : PAR;
  out.push(bt(lang, 'n.cards', { baseline }), '');
  for (const c of r.cards) {
    out.push(`### \`${c.id}\` — ${txt(c.title)} (${c.role}; ${bt(lang, 'c.dealt')} ${pct(lang, c.par)}, ${bt(lang, 'c.dealtAny')} ${pct(lang, c.any)})`, '');
    out.push(table(
      [bt(lang, 'c.option'), bt(lang, 'c.chosen'), bt(lang, 'c.forcedScore'), bt(lang, 'c.forcedDelta', { baseline })],
      c.options.map((o) => [`\`${o.option}\` ${txt(o.label)}`, pct(lang, o.chosenByPar), o.score ? fix(o.score.mean) : '—', o.delta ? scoreDelta(o.delta) : '—']),
    ), '');
    const plotted = c.options.filter((o) => o.delta && o.delta.n > 0);
    if (plotted.length) out.push(code(forest(plotted.map((o) => ({ label: o.option, lo: o.delta!.lo, mean: o.delta!.mean, hi: o.delta!.hi, text: scoreDelta(o.delta!) })), 28)), '');
  }

  h('h.events');
  out.push(bt(lang, 'n.events'), '');
  out.push(table([bt(lang, 'c.event'), bt(lang, 'c.fired'), bt(lang, 'c.firedAny')], r.events.map((e) => [`\`${e.id}\` ${txt(e.news)}`, pct(lang, e.par), pct(lang, e.any)])), '');
  out.push(code(barChart(r.events.map((e) => ({ label: e.id, value: e.any, text: pct(lang, e.any) })), 20)));

  h('h.leads');
  out.push(bt(lang, 'n.leads'), '');
  out.push(table(
    [bt(lang, 'c.lead'), bt(lang, 'c.customer'), bt(lang, 'c.surfaced'), bt(lang, 'c.opportunity'), bt(lang, 'c.won'), bt(lang, 'c.surfacedAny')],
    r.leads.map((l) => [`\`${l.id}\``, l.customer, pct(lang, l.par), pct(lang, l.opportunity), pct(lang, l.won), pct(lang, l.any)]),
  ), '');
  out.push(code(barChart(r.leads.map((l) => ({ label: l.id, value: l.won, text: `${bt(lang, 'c.won')} ${pct(lang, l.won)}` })), 20)));

  h('h.customers');
  out.push(bt(lang, 'n.customers'), '');
  out.push(table(
    [bt(lang, 'c.customer'), bt(lang, 'c.contracted'), bt(lang, 'c.value'), bt(lang, 'c.contractedAny')],
    r.customers.map((c) => [`\`${c.id}\` ${txt(c.name)}`, pct(lang, c.par), formatMoney(lang, Math.round(c.meanValue)), pct(lang, c.any)]),
  ), '');
  out.push(code(barChart(r.customers.map((c) => ({ label: c.id, value: c.par, text: pct(lang, c.par) })), 20)));

  h('h.receivables');
  out.push(table([bt(lang, 'c.strategy'), bt(lang, 'c.open')], r.strategies.map((s) => [s.name, `${formatMoney(lang, Math.round(s.openReceivables.mean))} ±${formatMoney(lang, Math.round((s.openReceivables.hi - s.openReceivables.lo) / 2))}`])), '');
  out.push(code(barChart(r.strategies.map((s) => ({ label: s.name, value: s.openReceivables.mean, text: formatMoney(lang, Math.round(s.openReceivables.mean)) })), 20)));

  if (r.exploits.checked > 0) {
    h('h.exploits');
    out.push(bt(lang, 'n.exploits', { checked: r.exploits.checked }), '');
    if (r.exploits.beatsPar.length === 0) out.push(bt(lang, 'n.exploitsNone'));
    else {
      out.push(bt(lang, 'n.exploitsSome', { n: r.exploits.beatsPar.length }), '');
      for (const e of r.exploits.beatsPar) out.push(`- \`${e.name}\` ${scoreDelta(e.delta)}: ${e.description}`);
    }
  }

  h('h.dead');
  const d = r.dead;
  if (d.events.length + d.cards.length + d.leads.length === 0) out.push(bt(lang, 'n.deadNone'));
  else out.push(bt(lang, 'n.dead', { games: r.games }), '');
  const list = (ids: string[]) => ids.map((i) => `\`${i}\``).join(', ');
  if (d.events.length) out.push(`- **${bt(lang, 'dead.events', { list: list(d.events) })}**`);
  if (d.cards.length) out.push(`- **${bt(lang, 'dead.cards', { list: list(d.cards) })}**`);
  if (d.leads.length) out.push(`- **${bt(lang, 'dead.leads', { list: list(d.leads) })}**`);
  if (d.customers.length) out.push('', `- ${bt(lang, 'dead.customers', { list: list(d.customers) })}`);
  return out.join('\n') + '\n';
}
