/**
 * Issue 11 item 4: `cli lint`. Each small scenario below is the clean minimal example
 * with one mistake, and must give exactly its own warning, located at the field, in zh
 * and en. The bundled scenarios lint clean.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { lintScenarioText } from '../../src/scenario/lint.ts';

const ROOT = join(import.meta.dirname, '../..');
const minimal = readFileSync(join(ROOT, 'docs/examples/minimal.yaml'), 'utf8');
const once = (text: string, from: string, to: string) => {
  expect(text.split(from).length, `"${from}" occurs once`).toBe(2);
  return text.replace(from, to);
};
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const lint = (text: string, lang: 'zh' | 'en' = 'en') => {
  const r = lintScenarioText(text, 'x.yaml', lang);
  if (!r.ok) throw new Error(`does not load: ${r.issues.map((i) => `${i.line} ${i.message}`).join('; ')}`);
  return r.warnings;
};
const SECOND_CUSTOMER = `
  - id: corner
    name: { zh: 街角诊所, en: Corner Clinic }
    industry: { zh: 医疗, en: Healthcare }
    sizeYuan: 250000
    rating: C
    pledgeRatioBp: 0
    payment: { reliabilityBp: 8000, delayDays: 14, defaultRiskBp: 0 }
    terms: { maxAdvanceBp: 0, netDays: 30 }
    cashPosition: 60
    satisfaction: 60
    stakeholders:
      - { id: boss, name: { zh: 林医生, en: Dr Lin }, title: { zh: 所长, en: Owner }, role: decisionMaker, influence: 9, stance: 0 }
leads:`;
const withCorner = (lead: string) => once(once(minimal, '\nleads:', SECOND_CUSTOMER), '\nevents:', `${lead}\nevents:`);
const CORNER_LEAD = `
  - { id: corner-lead, customer: corner, source: seminar, availableFrom: 2, product: monitor, quantity: 2, budget: 130000, startWeek: 6, bidAfterWeeks: 2 }`;

/** [warning code, broken scenario, needle on the line it must point at] */
const CASES: [string, string, string][] = [
  ['lint.unitCostAboveList', once(minimal, 'unitCost: 38000', 'unitCost: 60000'), 'unitCost: 60000'],
  ['lint.budgetUnreachable', once(minimal, 'budget: 620000', 'budget: 400000'), 'budget: 400000'],
  ['lint.startAfterEnd', once(minimal, 'startWeek: 8', 'startWeek: 20'), 'startWeek: 20'],
  ['lint.tenderAfterEnd', once(minimal, 'bidAfterWeeks: 3', 'bidAfterWeeks: 14'), 'bidAfterWeeks: 14'],
  ['lint.customerNoLeads', once(minimal, '\nleads:', SECOND_CUSTOMER.replace('sizeYuan: 250000', 'sizeYuan: 2500000')), 'id: corner'],
  ['lint.neverAdmitted', withCorner(CORNER_LEAD), 'sizeYuan: 250000'],
  ['lint.neverAdmitted', once(minimal, 'rating: A', 'rating: D'), 'rating: D'],
  ['lint.stakeholderGone', once(once(minimal, 'trigger: { atWeek: 2 }', 'trigger: { atWeek: 4 }'), '      - { kind: competitorPriceCut, competitor: rival, bp: 300 }', '      - { kind: competitorPriceCut, competitor: rival, bp: 300 }\n      - { kind: stakeholderLeaves, customer: nanhu, stakeholder: he }'), 'stakeholder: he, delta: 20'],
  ['lint.roleDaysZero', once(minimal, '- { kind: cash, amount: -10000 }', '- { kind: roleDays, role: FR, delta: -5, weeks: 2 }'), 'delta: -5'],
  ['lint.missingTranslation', once(minimal, 'en: Too many false alarms', 'en: " "'), 'alarms, text'],
  ['lint.untranslated', once(minimal, 'zh: 康达医疗, en: Kangda Medical', 'zh: Kangda Medical, en: Kangda Medical'), 'zh: Kangda Medical'],
  ['lint.chineseInEnglish', once(minimal, 'en: Dean Chen }', 'en: 陈院长 }'), 'en: 陈院长'],
  ['lint.neverFires', once(minimal, 'trigger: { atWeek: 2 }', 'trigger: { when: { metric: cash, below: 0, fromWeek: 20 } }'), 'fromWeek: 20'],
  ['lint.neverFires', once(minimal, 'trigger: { atWeek: 2 }', 'trigger: { when: { metric: customerSatisfaction, customer: nanhu, above: 100 } }'), 'above: 100'],
  ['lint.neverFires', once(minimal, 'trigger: { atWeek: 2 }', 'trigger: { when: { metric: bidsWon, below: 3, above: 2 } }'), 'below: 3, above: 2'],
];

describe('cli lint', () => {
  it('the minimal example lints clean', () => {
    expect(lint(minimal)).toEqual([]);
    expect(lint(withCorner(CORNER_LEAD).replace('sizeYuan: 250000', 'sizeYuan: 2500000').replace('rating: C', 'rating: B'))).toEqual([]);
  });
  it.each(CASES.map(([code, text, needle], i) => [`${i}: ${code}`, code, text, needle] as const))('%s: exactly its warning, at the field, in both languages', (_n, code, text, needle) => {
    for (const lang of ['en', 'zh'] as const) {
      const w = lint(text, lang);
      expect(w.map((x) => `${x.code} ${x.path}`), lang).toHaveLength(1);
      expect(w[0]!.code).toBe(code);
      expect(w[0]!.severity).toBe('warning');
      expect(w[0]!.line, `${code} line`).toBe(lineOf(text, needle));
      expect(w[0]!.message).not.toMatch(/\{\w+\}|lint\.|kind\./);
      if (lang === 'zh') expect(w[0]!.message).toMatch(/[\u4E00-\u9FFF]/);
      else expect(`${w[0]!.message} ${w[0]!.hint ?? ''}`).not.toMatch(/[\u4E00-\u9FFF]/);
    }
  });
  it('the reason a customer is never admitted is named', () => {
    expect(lint(withCorner(CORNER_LEAD))[0]!.message).toMatch(/size ¥250000 is below the company minimum ¥1000000/);
    expect(lint(once(minimal, 'rating: A', 'rating: D'))[0]!.message).toMatch(/above its rating-D credit limit ¥0/);
    // The same customer may prepay: admission then always passes.
    expect(lint(once(once(minimal, 'rating: A', 'rating: D'), 'maxAdvanceBp: 3000', 'maxAdvanceBp: 10000'))).toEqual([]);
  });
  it('the bundled scenarios lint clean from the command line, and --strict and --lang work', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'lint', ...args], { cwd: ROOT, encoding: 'utf8' });
    const r = run('scenarios/tutorial.yaml', 'scenarios/flagship.yaml');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 file(s), 0 with errors, 0 warning(s)');
    const dir = join(ROOT, 'test-results');
    const bad = join(dir, 'lint-unit-cost.yaml');
    mkdirSync(dir, { recursive: true });
    writeFileSync(bad, CASES[0]![1]);
    const w = run(bad, '--lang', 'zh');
    expect(w.status).toBe(0);
    expect(w.stdout).toMatch(new RegExp(`lint-unit-cost\\.yaml:${lineOf(CASES[0]![1], 'unitCost: 60000')}:\\d+  products\\[0\\]\\.unitCost\\n    警告：单位成本`));
    expect(run(bad, '--strict').status).toBe(1);
    expect(run(bad, '--lang', 'fr').stderr).toMatch(/--lang must be/);
  });
});
