/**
 * `check` and `lint` on the format-2 content: one located message per mistake in the new
 * effects and triggers — unknown ids with "did you mean", a spawnLead of a lead that
 * surfaces by itself, either/or fields, a split that does not add up, a field that does
 * not apply to the fact — in en and zh; and the warnings about content that never shows.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { lintScenarioText } from '../../src/scenario/lint.ts';

const TEXT = readFileSync(fileURLToPath(new URL('../fixtures/effects-v2.yaml', import.meta.url)), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const edit = (from: string, to: string) => {
  expect(TEXT.split(from).length, `"${from}" occurs once in the fixture`).toBe(2);
  return TEXT.replace(from, to);
};

/** [what the author wrote instead, the code expected, a line that holds it, words the en message or hint has] */
const MISTAKES: [string, string, string, string, RegExp][] = [
  ['{ kind: spawnLead, lead: qj-referral }', '{ kind: spawnLead, lead: qj-referal }', 'check.unknownRef', 'qj-referal', /did you mean "qj-referral"/],
  ['{ kind: spawnLead, lead: qj-referral }', '{ kind: spawnLead, lead: qj-plant }', 'check.leadNotScripted', 'lead: qj-plant }', /source: inbound/],
  ['{ kind: paymentTerms, customer: hexi, netDays: 60 }', '{ kind: paymentTerms, customer: hexi, lead: hx-line, netDays: 60 }', 'check.bothGiven', 'lead: hx-line, netDays', /"customer" or "lead", not both/],
  ['{ kind: paymentTerms, customer: hexi, netDays: 60 }', '{ kind: paymentTerms, netDays: 60 }', 'check.neitherGiven', 'kind: paymentTerms, netDays', /"customer" or "lead"/],
  ['{ kind: paymentTerms, customer: hexi, netDays: 60 }', '{ kind: paymentTerms, customer: hexi }', 'check.needsTermsChange', 'kind: paymentTerms, customer: hexi }', /split.*netDays/],
  ['deliveryBp: 9000, acceptanceBp: 1000', 'deliveryBp: 9000, acceptanceBp: 2000', 'check.splitSum', 'acceptanceBp: 2000', /11000/],
  ['{ kind: creditRating, customer: hexi, delta: -1 }', '{ kind: creditRating, customer: hexi }', 'check.neitherGiven', 'kind: creditRating, customer: hexi }', /"rating" or "delta"/],
  ['{ kind: creditRating, customer: hexi, rating: C }', '{ kind: creditRating, customer: hexy, rating: C }', 'check.unknownRef', 'customer: hexy', /did you mean "hexi"/],
  ['{ kind: spawnTicket, customer: qingjiang, ticket: complaint, severity: 2 }', '{ kind: spawnTicket, customer: qingjiang, ticket: complain, severity: 2 }', 'check.badChoice', 'ticket: complain,', /did you mean "complaint"/],
  ['severity: 1, product: flow }', 'severity: 1, product: flwo }', 'check.unknownRef', 'product: flwo', /did you mean "flow"/],
  ['{ on: { fact: dealLost } }', '{ on: { fact: dealLots } }', 'check.badChoice', 'fact: dealLots', /did you mean "dealLost"/],
  ['{ on: { fact: dealLost } }', '{ on: { fakt: dealLost } }', 'check.unknownField', 'fakt: dealLost', /did you mean "fact"/],
  ['{ on: { fact: dealLost } }', '{ on: { fact: dealLost, days: 3 } }', 'check.fieldNotForFact', 'fact: dealLost, days', /only for invoiceOverdue/],
  ['{ on: { fact: invoiceOverdue, days: 14 } }', '{ on: { fact: invoiceOverdue, days: 14, lead: hx-line } }', 'check.fieldNotForFact', 'days: 14, lead', /only for dealWon, dealLost/],
  ['{ on: { fact: dealWon, lead: hx-line } }', '{ on: { fact: dealWon, lead: hx-lin } }', 'check.unknownRef', 'lead: hx-lin }', /did you mean "hx-line"/],
  ['{ on: { fact: dealWon, customer: qingjiang } }', '{ on: { fact: dealWon, customer: qingjang } }', 'check.unknownRef', 'customer: qingjang', /did you mean "qingjiang"/],
];

describe('check: format-2 mistakes', () => {
  it('the fixture itself is clean', () => {
    expect(loadScenarioText(TEXT, 'effects-v2.yaml').ok).toBe(true);
    expect(lintScenarioText(TEXT, 'effects-v2.yaml')).toEqual({ ok: true, warnings: [] });
  });

  it.each(MISTAKES)('%s → %s: one message, at its line, in en and zh', (from, to, code, needle, words) => {
    const text = edit(from, to);
    for (const lang of ['en', 'zh'] as const) {
      const r = loadScenarioText(text, 'x.yaml', lang);
      if (r.ok) throw new Error(`"${to}" loaded`);
      expect(r.issues.map((i) => i.code)).toEqual([code]);
      expect(r.issues[0]!.line).toBe(lineOf(text, needle));
      if (lang === 'en') expect(`${r.issues[0]!.message} ${r.issues[0]!.hint ?? ''}`).toMatch(words);
      else expect(r.issues[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('lint: format-2 content that never shows', () => {
  it('a scripted lead no effect surfaces, and a fact looked for only after the end', () => {
    const text = edit('      - { kind: spawnLead, lead: qj-referral }', '      - { kind: cash, amount: 5 }').replace('{ on: { fact: dealLost } }', '{ on: { fact: dealLost, fromWeek: 21 } }');
    const r = lintScenarioText(text, 'x.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([
      ['lint.scriptedNeverSpawned', lineOf(text, 'id: qj-referral')],
      ['lint.neverFires', lineOf(text, 'fromWeek: 21')],
    ]);
  });
});
