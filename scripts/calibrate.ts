/**
 * `npm run calibrate`: play the flagship 1,000 paired seeds per strategy (all cores),
 * check it against the published before/after table of seed 000_f40871d1b6b83a80, and
 * write docs/calibration.md. Exit 1 if a target or an ordering does not hold.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SCENARIO_DIR, loadScenarioFile } from '../src/cli/scenario-files.ts';
import { runBalance, progressBar, type KpiKey, type BalanceReport } from '../src/cli/balance.ts';
import { BEHAVIOURS, ablationName, botsFor, playGame } from '../src/bots/index.ts';
import type { Estimate } from '../src/cli/stats.ts';
import { TERMS_PRESETS } from '../src/engine/index.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1000' } } });
const runs = Number(values.runs);
const file = join(SCENARIO_DIR, 'flagship.yaml');
const loaded = loadScenarioFile(file);
if (!loaded.ok) throw new Error('flagship does not load');

/** The seed's table: before (siloed) and after (iron triangle), with the issue's tolerances. */
export const TARGETS: { kpi: KpiKey; label: string; siloed: number; iron: number; tol: (t: number) => number; unit: string }[] = [
  { kpi: 'winRate', label: 'project win rate', siloed: 0.3, iron: 0.41, tol: () => 0.03, unit: '' },
  { kpi: 'collectionCycleDays', label: 'collection cycle (order → cash)', siloed: 90, iron: 60, tol: (t) => t * 0.1, unit: ' d' },
  { kpi: 'complaintRate', label: 'complaint rate', siloed: 0.15, iron: 0.08, tol: () => 0.03, unit: '' },
  { kpi: 'docCycleDays', label: 'document flow time', siloed: 2.0, iron: 0.5, tol: () => 0.3, unit: ' d' },
];
/** For each behaviour, the KPIs where switching it off should hurt, and which way is worse. */
const WORSE: Partial<Record<KpiKey, 1 | -1>> = {
  winRate: -1, revenue: -1, grossMarginPct: -1, collected: -1, collectedPct: -1, collectionCycleDays: 1, dsoDays: 1, badDebt: 1, csat: -1, complaintRate: 1, docCycleDays: 1, score: -1,
};

const strategies = ['random', 'greedy-discount', 'siloed', 'iron-triangle', ...BEHAVIOURS.map(ablationName)];
const pairs = Object.fromEntries(BEHAVIOURS.map((b) => [ablationName(b), 'iron-triangle']));
const started = Date.now();
const report: BalanceReport = await runBalance({
  file, text: readFileSync(file, 'utf8'), scenario: loaded.scenario, scenarioId: 'flagship', runs, strategies, pairs,
  progress: (d, t) => process.stderr.write(progressBar(d, t, started)),
});
process.stderr.write('\n');

const f = (k: KpiKey, x: number) => (k === 'collectionCycleDays' || k === 'csat' ? x.toFixed(1) : k === 'docCycleDays' ? x.toFixed(2) : k === 'score' ? x.toFixed(0) : x.toFixed(3));
const ci = (k: KpiKey, e: Estimate) => `${f(k, e.mean)} [${f(k, e.lo)}, ${f(k, e.hi)}]`;
let ok = true;
const rows = TARGETS.map((t) => {
  const s = report.strategies.siloed![t.kpi];
  const i = report.strategies['iron-triangle']![t.kpi];
  const sOk = Math.abs(s.mean - t.siloed) <= t.tol(t.siloed) + 1e-9;
  const iOk = Math.abs(i.mean - t.iron) <= t.tol(t.iron) + 1e-9;
  ok &&= sOk && iOk;
  return `| ${t.label} (\`${t.kpi}\`) | ${t.siloed}${t.unit} ± ${f(t.kpi, t.tol(t.siloed))} | ${ci(t.kpi, s)} ${sOk ? '✓' : '✗'} | ${t.iron}${t.unit} ± ${f(t.kpi, t.tol(t.iron))} | ${ci(t.kpi, i)} ${iOk ? '✓' : '✗'} |`;
});
// Satisfaction: the case reports it rising by half with coordinated work; we ask for at
// least a third, with the intervals apart.
const SAT_RATIO = 1.3;
const satS = report.strategies.siloed!.csat;
const satI = report.strategies['iron-triangle']!.csat;
const satOk = satI.lo > satS.hi * SAT_RATIO;
ok &&= satOk;
const score = (n: string) => report.strategies[n]!.score;
const apart = (a: string, b: string) => score(a).hi < score(b).lo;
const order1 = apart('random', 'greedy-discount');
const order2 = apart('siloed', 'iron-triangle');
ok &&= order1 && order2;
const fmtAny = (k: KpiKey, x: number) => (k === 'revenue' || k === 'badDebt' || k === 'collected' || k === 'invoiced' ? `${(x / 1e6).toFixed(2)}M` : k === 'dsoDays' || k === 'csat' ? x.toFixed(1) : f(k, x));
const ablationRows = BEHAVIOURS.map((b) => {
  const d = report.differences[ablationName(b)]!.kpis;
  const hurt = (Object.keys(WORSE) as KpiKey[]).filter((k) => k !== 'score' && (WORSE[k]! < 0 ? d[k].hi < 0 : d[k].lo > 0));
  ok &&= hurt.length > 0 && d.score.hi < 0;
  const show = hurt.slice(0, 4).map((k) => `${k} ${d[k].mean >= 0 ? '+' : ''}${fmtAny(k, d[k].mean)} [${fmtAny(k, d[k].lo)}, ${fmtAny(k, d[k].hi)}]`).join('; ');
  return `| \`${b}\` | ${show || '**none** ✗'} | ${f('score', d.score.mean)} [${f('score', d.score.lo)}, ${f('score', d.score.hi)}] ${d.score.hi < 0 ? '✓' : '✗'} |`;
});
const all = ['random', 'greedy-discount', 'siloed', 'iron-triangle'];
const keys: KpiKey[] = ['winRate', 'revenue', 'grossMarginPct', 'collectedPct', 'collectionCycleDays', 'dsoDays', 'badDebt', 'csat', 'complaintRate', 'docCycleDays', 'score'];
const big = keys.map((k) => `| \`${k}\` | ${all.map((n) => fmtAny(k, report.strategies[n]![k].mean)).join(' | ')} |`);

// The siloed bots' story, counted: loose terms and no credit checks, as the seeds tell it.
const STORY_GAMES = 50;
const story = { setTerms: 0, loose: 0, creditChecks: 0, opportunities: 0 };
for (let i = 0; i < STORY_GAMES; i++) {
  const { state, log } = playGame(loaded.scenario, `b${i}`, botsFor('siloed')!);
  story.opportunities += Object.keys(state.opportunities).length;
  for (const a of log) {
    if (a.kind === 'setTerms') {
      story.setTerms++;
      if (a.terms.netDays === TERMS_PRESETS.loose.netDays && a.terms.retentionBp === TERMS_PRESETS.loose.retentionBp) story.loose++;
    }
    if (a.kind === 'creditCheck') story.creditChecks++;
  }
}
const storyOk = story.setTerms > 0 && story.loose === story.setTerms && story.creditChecks === 0;
ok &&= storyOk;

const md = `# Calibration of the flagship scenario

Generated by \`npm run calibrate\` — do not edit by hand. ${runs} paired seeds per strategy
(every strategy plays the same ${runs} worlds, \`b0\` … \`b${runs - 1}\`), ${report.seconds.toFixed(0)} s on this machine.
Intervals are 95% confidence intervals of the mean. Overall: **${ok ? 'all targets hold' : 'SOME TARGETS DO NOT HOLD'}**.

## The published table (seed \`000_f40871d1b6b83a80.txt\`)

| measure | before (target) | \`siloed\` measured | after (target) | \`iron-triangle\` measured |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

Customer satisfaction (mean over customers contracted with; the case reports +50%):
\`siloed\` ${ci('csat', satS)} → \`iron-triangle\` ${ci('csat', satI)}, ${((satI.mean / satS.mean - 1) * 100).toFixed(0)}% higher
(required: at least ${((SAT_RATIO - 1) * 100).toFixed(0)}% with the intervals apart) ${satOk ? '✓' : '✗'}

The \`siloed\` bots play their story (counted over ${STORY_GAMES} games): ${story.setTerms} payment-terms decisions on
${story.opportunities} opportunities, ${story.loose} of them loose (net 45 days, 10% retention);
${story.creditChecks} credit checks ${storyOk ? '✓' : '✗'}

## Composite score ordering

- \`random\` ${ci('score', score('random'))} < \`greedy-discount\` ${ci('score', score('greedy-discount'))}: ${order1 ? 'intervals apart ✓' : '✗'}
- \`siloed\` ${ci('score', score('siloed'))} < \`iron-triangle\` ${ci('score', score('iron-triangle'))}: ${order2 ? 'intervals apart ✓' : '✗'}

| KPI (mean) | ${all.map((n) => `\`${n}\``).join(' | ')} |
| --- | ${all.map(() => '---').join(' | ')} |
${big.join('\n')}

## Ablations: \`iron-triangle\` with one behaviour switched off

Paired differences (ablation − full iron triangle) whose 95% interval excludes zero in
the harmful direction. Every ablation must also lower the composite score with an
interval below zero: no habit of the triangle may be dead weight.

| behaviour off | KPIs that get worse | score change |
| --- | --- | --- |
${ablationRows.join('\n')}

## Why the numbers come out this way

**Win rate (30% → 41%).** The customer decides at the bid deadline with a seeded draw;
the odds are our attractiveness over the whole field's (\`src/engine/rules/position.ts\`).
Attractiveness is built before the bid: relationship coverage weighted by each
stakeholder's influence (joint visits move technical evaluators and buyers further, and
rivals erode stakeholders nobody visits), needs uncovered by visits with SR and by
discovery, a solution designed around those needs, a price inside the confirmed budget,
and a delivery date FR has checked. The siloed AR sees only the decision maker and SR
prices from the list without discovery, so a fifth of its bids land over budget.
Switching off joint visits or discovery alone costs the iron triangle about five points
of win rate.

**Collection cycle (90 → 60 days).** Days from contract signature to each payment,
weighted by amount (\`src/engine/kpis.ts\`). The iron triangle asks a credit-checked
B/C customer for a 30% advance where the customer's tender allows one (large A-rated and
state-owned buyers refuse advances: a bid asking one is disqualified,
\`src/engine/rules/position.ts\`), and sends reconciliation notices inside the 30 days
before each invoice falls due, so the customer's payables run pays on the due date;
without a notice the invoice waits for the customer's own \`delayDays\`, and an unhappy
customer (satisfaction under 50) pays two weeks later still (\`src/engine/rules/cash.ts\`).
An advance is real money: the factory does not start until it is paid
(\`src/engine/rules/contracts.ts\`). Open complaints withhold payment until ITR fixes the
cause. The siloed team offers loose terms (net 45, 10% retention) to win, and pays for
them in cash.

**Customer satisfaction.** Moved by what the customer lives through
(\`satisfactionDrivers\` in each customer's state): how well its people know the team at
signing (relationship coverage), delivery on the promised week or late, whether the
accepted solution answers the needs discovery found (solution fit), faults, tickets
closed within their SLA, and every week a complaint or a breached ticket stays open. The
siloed team starts projects cold with one contact, delivers catalogue configurations
and lets tickets queue.

**Complaint rate (15% → 8%).** Complaints per delivered order
(\`src/engine/rules/service.ts\`, \`delivery.ts\`). Every team suffers the same defects,
and a severity-1 fault always brings a complaint. The siloed team adds complaints it
causes itself: tickets that wait in a queue breach their SLA and become complaints, an
acceptance test fails more often when nobody agreed the criteria before the contract
(no early FR) and such a failure can escalate into a dispute, and a delivery promised
from the catalogue rather than from FR's plan can run late. Root-cause feedback halves
the product line's defect rate, which also lowers acceptance failures.

**Document flow (2 days → 0.5 days).** Each bid, contract and order waits for approval
(\`src/engine/rules/contracts.ts\`) half a day, plus a day when a bid's price is not backed
by a confirmed budget, half a day without FR's delivery plan, a day when finance must run
the credit check itself, and half a day for loose terms. The iron triangle arrives with
all of it done; the siloed team's documents bounce.
`;
mkdirSync(join(import.meta.dirname, '../docs'), { recursive: true });
writeFileSync(join(import.meta.dirname, '../docs/calibration.md'), md);
writeFileSync(join(import.meta.dirname, '../docs/calibration.json'), JSON.stringify(report, null, 1) + '\n');
console.log(`wrote docs/calibration.md (${ok ? 'all targets hold' : 'some targets do not hold'})`);
process.exitCode = ok ? 0 : 1;
