/**
 * The generated parts of docs/authoring.md: the field reference (from the scenario JSON
 * Schema's descriptions), the rules in numbers (from the engine's own constants) and the
 * worked example (docs/examples/minimal.yaml). Each sits between marker comments in the
 * hand-written guide; `npm run docs:authoring` rewrites them and a test checks that the
 * committed file is what this writes, so the guide cannot drift from the schema or rules.
 */
import { schemaFields, type FieldDoc } from './schema-doc.ts';
import { MARKETING } from '../engine/rules/leads.ts';
import { DISCOUNT_MENU, PAIN_REVEAL_BP, VISIT_SUPPORT } from '../engine/rules/opportunities.ts';
import { TERMS_PRESETS, WEIGHTS, STATUS_QUO_SCORE, BIDDER_BASELINE } from '../engine/rules/position.ts';
import { ADVANCE_NET_DAYS, RECONCILE_WINDOW_DAYS, DUN_BONUS_BP, LOW_SATISFACTION_DELAY_DAYS, LEGAL, INSURANCE, WRITE_OFF_MIN_OVERDUE_DAYS, DISTRESS_CASH } from '../engine/rules/cash.ts';
import { CREDIT_CHECK_COST, INSURANCE_PREMIUM_BP, PENALTY_BP_PER_WEEK, VETO_SATISFACTION } from '../engine/rules/contracts.ts';
import { MAX_PENALTY_BP, LATE_COMPLAINT_WEEKS, RETENTION_WEEKS, REPEAT_SATISFACTION, ACCEPTANCE_DEFECT_WEIGHT } from '../engine/rules/delivery.ts';
import { SLA_WEEKS, ROOT_CAUSE_KEEP_BP, PARTS_REQUEST_BP, PARTS_MENU, BREACH_SATISFACTION, DEFECT_SATISFACTION } from '../engine/rules/service.ts';

const pct = (bp: number) => `${bp / 100}%`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const json = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** The guide's field reference: one table per part of the file; effects and triggers once each. */
export function fieldReference(schema: unknown): string {
  const sections = new Map<string, FieldDoc[]>();
  const add = (section: string, f: FieldDoc) => {
    const list = sections.get(section) ?? [];
    list.push(f);
    sections.set(section, list);
  };
  for (const f of schemaFields(schema)) {
    // A text's own zh/en are the same everywhere: documented once, above the tables.
    if (/\.(zh|en)$/.test(f.path)) continue;
    if (f.path.startsWith('cards[].options[].effects[]') || f.path.startsWith('cards[].trigger.')) continue;
    const effect = /^events\[\]\.effects\[\] \(kind: (\w+)\)\.(.+)$/.exec(f.path);
    if (effect) { add('effects', { ...f, path: `${effect[1]}.${effect[2]}` }); continue; }
    if (f.path.startsWith('events[].trigger.')) { add('trigger', { ...f, path: f.path.slice('events[].trigger.'.length) }); continue; }
    const top = f.path.split(/[.[]/)[0]!;
    add(f.path === top && !['company', 'briefing', 'score'].includes(top) && !/^(products|competitors|customers|leads|events|cards)$/.test(top) ? 'top' : top, f);
  }
  const out: string[] = [
    'Every field of `scenarios/scenario.schema.json`, with the description your editor shows on hover.',
    'Paths: `a.b` is field `b` inside `a`; `a[]` is each entry of the list `a`. A text field is `{ zh, en }`:',
    '`zh` is Simplified Chinese and `en` English, both required, 1–2000 characters each.',
    'Effects and triggers are documented once below, and work the same in events and in decision cards.',
  ];
  for (const [section, fields] of sections) {
    const title = section === 'effects' ? 'Effects (`events[].effects[]`, `cards[].options[].effects[]`), by kind' : section === 'trigger' ? 'Triggers (`events[].trigger`, `cards[].trigger`)' : section === 'top' ? 'The scenario' : `\`${section}\``;
    out.push('', `### ${title}`, '', '| Field | Type | Range | Default | Meaning | Example |', '|---|---|---|---|---|---|');
    for (const f of fields) {
      const def = f.default === undefined ? '' : `\`${json(f.default)}\``;
      const ex = f.examples.length ? `\`${cell(json(f.examples[0]))}\`` : '';
      out.push(`| \`${f.path}\`${f.required ? '' : ' (optional)'} | ${cell(f.type)} | ${cell(f.range)} | ${def} | ${cell(f.description)} | ${ex} |`);
    }
  }
  return out.join('\n');
}

/** The engine's fixed numbers an author designs around, read from the rules themselves. */
export function rulesInNumbers(): string {
  const m = MARKETING;
  const rows: [string, string][] = [
    ['Seminar / exhibition', `${m.seminar.days} / ${m.exhibition.days} AR days; up to ${m.seminar.maxLeads} / ${m.exhibition.maxLeads} leads of that source, each surfacing with ${pct(m.seminar.chanceBp)} / ${pct(m.exhibition.chanceBp)}`],
    ['Executive / reference visit', `${m.executiveVisit.days} / ${m.referenceVisit.days} AR days at one customer; up to ${m.executiveVisit.maxLeads} lead of that source and customer, ${pct(m.executiveVisit.chanceBp)}`],
    ['Visit support', `+${VISIT_SUPPORT.base}, +${VISIT_SUPPORT.perExtraPerson} per companion, +${VISIT_SUPPORT.srWithTechnical} SR with a technical evaluator or influencer, +${VISIT_SUPPORT.frWithBuyers} FR with procurement, finance or the decision maker`],
    ['Pain discovery per visit', `technical pain ${pct(PAIN_REVEAL_BP.technicalWithSr)} with SR, ${pct(PAIN_REVEAL_BP.technicalWithoutSr)} without; business pain ${pct(PAIN_REVEAL_BP.business)}`],
    ['Discount menu (SR)', DISCOUNT_MENU.map(pct).join(', ')],
    ['Terms menu (AR)', Object.entries(TERMS_PRESETS).map(([k, t]) => `${k}: advance ${pct(t.advanceBp)}, delivery ${pct(t.deliveryBp)}, acceptance ${pct(t.acceptanceBp)}, retention ${pct(t.retentionBp)}, net ${t.netDays} days`).join('; ')],
    ['Bid position weights', Object.entries(WEIGHTS).map(([k, w]) => `${k} ${w}%`).join(', ')],
    ['Win chance', `(ours + ${BIDDER_BASELINE}) ÷ (ours + ${BIDDER_BASELINE} + Σ(rival strength + ${BIDDER_BASELINE})); with no rival the field is ${STATUS_QUO_SCORE}`],
    ['Credit check', `¥${CREDIT_CHECK_COST}, 1 AR day; a contract for an unchecked customer waits 1 day longer for approval`],
    ['Credit insurance', `premium ${pct(INSURANCE_PREMIUM_BP)} of the price; claim ${pct(INSURANCE.recoveryBp)} of an invoice ${INSURANCE.minOverdueDays}+ days overdue`],
    ['Vetoed contract', `customer satisfaction ${VETO_SATISFACTION}`],
    ['Late delivery', `penalty ${pct(PENALTY_BP_PER_WEEK)} of the price per week late, at most ${pct(MAX_PENALTY_BP)}; ${LATE_COMPLAINT_WEEKS}+ weeks late opens a complaint`],
    ['Invoices', `advance due ${ADVANCE_NET_DAYS} days after signing; others after the contract's net days; retention ${RETENTION_WEEKS} weeks after acceptance`],
    ['Reconciliation notice', `up to ${RECONCILE_WINDOW_DAYS} days before due; the invoice is then paid from its due date instead of after the customer's delayDays`],
    ['Dunning', `+${pct(DUN_BONUS_BP)} weekly payment chance per dunning (two count)`],
    ['Low satisfaction', `below 50: unreconciled invoices are paid ${LOW_SATISFACTION_DELAY_DAYS} days later`],
    ['Default', `possible while the customer's cashPosition is below ${DISTRESS_CASH} and it owes us`],
    ['Legal action', `${LEGAL.minOverdueDays}+ days overdue; costs ${pct(LEGAL.costBp)} (at least ¥${LEGAL.minCost}); judgement after ${LEGAL.weeks} weeks recovers ${pct(LEGAL.recoveryBp)} (${pct(LEGAL.recoveryIfDefaultedBp)} from a defaulted customer); ends the relationship`],
    ['Write-off', `${WRITE_OFF_MIN_OVERDUE_DAYS}+ days overdue`],
    ['Ticket SLA', Object.entries(SLA_WEEKS).map(([sev, w]) => `severity ${sev}: ${w} week${w > 1 ? 's' : ''}`).join(', ') + `; a breach costs ${BREACH_SATISFACTION} satisfaction and opens a complaint`],
    ['Defects', `each costs ${DEFECT_SATISFACTION} satisfaction; acceptance pass chance falls by ${ACCEPTANCE_DEFECT_WEIGHT} × the defect rate; root-cause feedback keeps ${pct(ROOT_CAUSE_KEEP_BP)} of the rate`],
    ['Spares', `each customer with installed kit asks for a spare part with ${pct(PARTS_REQUEST_BP)} a week; FR orders ${PARTS_MENU.join(', ')}`],
    ['Repeat business', `satisfaction ${REPEAT_SATISFACTION}+ at an acceptance can bring the same lead again`],
  ];
  return ['| Rule | Value |', '|---|---|', ...rows.map(([a, b]) => `| ${a} | ${cell(b)} |`)].join('\n');
}

const block = (name: string) => new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);

/** The guide with its generated parts rewritten; throws when a marker is missing. */
export function authoringDoc(current: string, schema: unknown, exampleYaml: string): string {
  const parts: Record<string, string> = {
    'field-reference': fieldReference(schema),
    'rules': rulesInNumbers(),
    'example': ['```yaml', exampleYaml.trimEnd(), '```'].join('\n'),
  };
  let out = current;
  for (const [name, text] of Object.entries(parts)) {
    const re = block(name);
    if (!re.test(out)) throw new Error(`docs/authoring.md has no <!-- generated:${name} --> … <!-- /generated:${name} --> block`);
    out = out.replace(re, (_m, a: string, b: string) => `${a}${text}\n${b}`);
  }
  return out;
}
