/**
 * The catalogue is complete and clean: both languages have the same keys and
 * placeholders, every rejection code and event type the engine can produce (found by
 * scanning src/engine) has its own sentence, Chinese has no stray English and English
 * no Chinese, and every action kind gets a distinct label.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';
import * as i18n from '../../src/i18n/index.ts';
import type { Lang, Names } from '../../src/i18n/index.ts';
import type { Action, GameEvent, InvoiceStatus, LeadGrade, Milestone, OpportunityStatus, Order, Contract, Ticket, TicketKind, VetoReason } from '../../src/engine/state.ts';
import { ROLES, STAKEHOLDER_ROLES } from '../../src/scenario/schema.ts';
import { TERMS_PRESETS } from '../../src/engine/legal.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LANGS: Lang[] = ['zh', 'en'];
const CAT: Record<Lang, Record<string, string>> = { zh, en };

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}
const engineSource = tsFiles(join(ROOT, 'src/engine')).map((f) => readFileSync(f, 'utf8')).join('\n');

/** Keys of an object literal's source text (`a: x, b, c: f(1, 2)`), depth-aware. */
function literalKeys(body: string | undefined): string[] {
  if (!body) return [];
  const keys: string[] = [];
  let depth = 0;
  let start = 0;
  const parts: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  for (const part of parts) {
    const m = /^\s*(\w+)\s*(?::|$)/.exec(part);
    if (m) keys.push(m[1]!);
  }
  return keys;
}

/** code → param names, as the engine passes them. */
function scanRejections(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (code: string, keys: string[]) => {
    const set = found.get(code) ?? new Set<string>();
    keys.forEach((k) => set.add(k));
    found.set(code, set);
  };
  for (const m of engineSource.matchAll(/reject\(\s*'(\w+)'\s*(?:,\s*\{([^}]*)\})?/g)) add(m[1]!, literalKeys(m[2]));
  for (const m of engineSource.matchAll(/code:\s*'(\w+)'(?:\s*,\s*params:\s*\{([^}]*)\})?/g)) add(m[1]!, literalKeys(m[2]));
  // reject(cond ? 'a' : 'b', { … })
  for (const m of engineSource.matchAll(/reject\(\s*[\w.]+\s*\?\s*'(\w+)'\s*:\s*'(\w+)'\s*(?:,\s*\{([^}]*)\})?/g)) {
    add(m[1]!, literalKeys(m[3]));
    add(m[2]!, literalKeys(m[3]));
  }
  // termsProblem() returns a code that setTerms passes to reject(): every terms* literal in its body
  // (`return 'termsSum'`, `return offered ? null : 'termsNotOffered'`, …).
  const termsProblem = /export function termsProblem\([^)]*\)[^{]*\{([\s\S]*?)\n\}/.exec(engineSource)?.[1];
  if (!termsProblem) throw new Error('catalogue scan: termsProblem() not found in src/engine');
  for (const m of termsProblem.matchAll(/'(terms[A-Z]\w*)'/g)) add(m[1]!, []);
  return found;
}

/** type → data keys, as the engine emits them. */
function scanEvents(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const m of engineSource.matchAll(/emit\(\s*ctx\s*,\s*'(\w+)'\s*(?:,\s*\{([^}]*)\})?/g)) {
    found.set(m[1]!, [...new Set([...(found.get(m[1]!) ?? []), ...literalKeys(m[2])])]);
  }
  return found;
}

/** Sample ids avoid runs of 3+ Latin letters so Chinese output can be checked for stray English. */
const SAMPLE: Record<string, string | number | boolean> = {
  customer: 'c1', lead: 'l1', opportunity: 'o1', contract: 'k1', order: 'd1', invoice: 'i1', ticket: 't1', stakeholder: 's1',
  pain: 'p1', product: 'x1', card: 'q1', option: 'q2', event: 'e1', winner: 'w1', role: 'SR', activity: 'seminar', grade: 'credible',
  reason: 'noFit', kind: 'repair', cause: 'defect', milestone: 'advance', rating: 'B', why: 'late', with: 'SR+FR', status: 'lost',
  need: 2, left: 1, max: 5000, days: 60, overdue: 3, price: 1234000, amount: 456000, cost: 30000, penalty: 12000, recovered: 200000,
  lost: 50000, sizeYuan: 80000000, cash: 2500000, chanceBp: 4500, discountBp: 1000, advanceBp: 3000, pledgeRatioBp: 8500,
  fromBp: 400, toBp: 200, approvalHalfDays: 3, netDays: 30, leads: 2, gain: 15, fit: 72, readyDay: 33, quantity: 4, daysLate: 9,
  invoices: 2, times: 2, cashPosition: 35, untilWeek: 14, weeks: 2, late: 1, severity: 2, qty: 5, arrivesWeek: 7, delta: -8,
  repeat: true, insured: true, overBudget: true, defaulted: false, inSla: true,
};
/** Values that depend on which code / event carries the field. */
const SAMPLE_BY: Record<string, string | number | boolean> = {
  'opportunityClosed.status': 'lost', 'orderNotReady.status': 'production', 'invoiceNotOpen.status': 'paid',
  'leadJunk.reason': 'noFit', 'contractVetoed.reason': 'creditLimit', 'overdueAnalyzed.cause': 'ours',
};
const sampleFor = (what: string, keys: Iterable<string>) => Object.fromEntries([...keys].map((k) => [k, SAMPLE_BY[`${what}.${k}`] ?? SAMPLE[k] ?? 3]));

function names(lang: Lang): Names {
  const z = lang === 'zh';
  return {
    customer: () => (z ? '华东石化' : 'East China Petro'),
    stakeholder: () => (z ? '李工' : 'Li Gong'),
    product: () => (z ? '智能流量计' : 'Smart flowmeter'),
    competitor: () => (z ? '友商甲' : 'Rival A'),
    card: () => (z ? '价格战' : 'Price war'),
    option: () => (z ? '跟进降价' : 'Match the cut'),
    pain: () => (z ? '停机频繁' : 'Frequent downtime'),
    customerOf: () => 'c1',
    stakeholderRole: () => 'technicalEvaluator',
    news: () => (z ? '原材料涨价' : 'Raw material prices rise'),
  };
}

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
const ZH_ALLOWED = new Set(['AR', 'SR', 'FR', 'LTC', 'ITR', 'KPI', 'DSO', 'SLA', 'PDF', 'CSV', 'JSON', 'ID', 'W']);
/** CJK ideographs, CJK punctuation (、。「」…) and full-width forms (（），：). */
const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
const strayLatin = (s: string) => (s.replace(PLACEHOLDER, '').match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ZH_ALLOWED.has(w));

describe('catalogue shape', () => {
  it('zh and en have the same keys, all non-empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const lang of LANGS) for (const [k, v] of Object.entries(CAT[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
  });

  it('zh and en use the same placeholders in every key', () => {
    for (const k of Object.keys(en)) expect(placeholders(CAT.zh[k]!), k).toEqual(placeholders(CAT.en[k]!));
  });

  it('zh has no run of 3+ Latin letters except allowed abbreviations and placeholders', () => {
    const bad = Object.entries(zh).flatMap(([k, v]) => strayLatin(v).map((w) => `${k}: ${w}`));
    expect(bad).toEqual([]);
  });

  it('en has no CJK characters or full-width punctuation', () => {
    const bad = Object.entries(en).filter(([, v]) => CJK.test(v)).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('t() fills placeholders and falls back visibly', () => {
    expect(i18n.t('zh', 'ui.play.endWeek')).toBe('结束本周');
    expect(i18n.t('en', 'ui.play.handOver', { role: 'SR' })).toBe('Hand over to SR');
    expect(i18n.t('en', 'ui.play.week', { week: 3 })).toBe('Week 3 of {weeks}');
    expect(i18n.t('en', 'no.such.key' as never)).toBe('no.such.key');
  });

  it('has every ui.* key the UI code asks for', () => {
    const uiSource = tsFiles(join(ROOT, 'src/ui')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const used = new Set([...uiSource.matchAll(/'(ui\.[A-Za-z]+\.[A-Za-z.]+)'/g)].map((m) => m[1]!));
    const missing = [...used].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });
});

describe('rejections', () => {
  const scanned = scanRejections();

  it('the scan finds the codes the engine is known to produce', () => {
    for (const c of [
      'badAction', 'gameOver', 'notEnoughDays', 'termsShare', 'termsSum', 'termsNetDays', 'termsNotOffered', 'discountRange', 'partsQty',
      'customerRequired', 'customerNotAllowed', 'unknownActivity',
    ]) {
      expect(scanned.has(c), c).toBe(true);
    }
  });

  it('REJECTION_CODES is exactly the set of codes in src/engine', () => {
    expect([...i18n.REJECTION_CODES].sort()).toEqual([...scanned.keys()].sort());
  });

  it('every code has a specific sentence in both languages, filled from the params the engine sends', () => {
    for (const [code, keys] of scanned) {
      for (const lang of LANGS) {
        const text = i18n.describeRejection(lang, { code, params: sampleFor(code, keys) as Record<string, string | number> }, names(lang));
        expect(text, `${lang} ${code}`).not.toBe(i18n.t(lang, 'rej.generic', { code }));
        expect(text, `${lang} ${code}`).not.toContain(code);
        expect(text, `${lang} ${code}: unfilled placeholder`).not.toMatch(PLACEHOLDER);
        if (lang === 'en') expect(CJK.test(text), text).toBe(false);
        else expect(strayLatin(text), text).toEqual([]);
      }
    }
  });

  it('reads as specified for notEnoughDays', () => {
    const r = { code: 'notEnoughDays', params: { role: 'AR', need: 2, left: 1 } };
    expect(i18n.describeRejection('zh', r, names('zh'))).toBe('客户经理本周只剩 1 天，需要 2 天。');
    expect(i18n.describeRejection('en', r, names('en'))).toBe('AR has 1 day left this week; this needs 2 days.');
  });

  it('an unknown code gets a generic sentence that names the code', () => {
    for (const lang of LANGS) expect(i18n.describeRejection(lang, { code: 'fooBar' }, names(lang))).toContain('fooBar');
  });
});

describe('events', () => {
  const scanned = scanEvents();

  it('the scan finds the events the engine is known to emit', () => {
    for (const t of ['bidWon', 'bidLate', 'bidNonCompliant', 'orderHeldForAdvance', 'orderReleased', 'satisfaction']) expect(scanned.has(t), t).toBe(true);
  });

  it('EVENT_TYPES is exactly the set of event types in src/engine', () => {
    expect([...i18n.EVENT_TYPES].sort()).toEqual([...scanned.keys()].sort());
  });

  it('every event type gets a feed line in both languages, filled from the data the engine sends', () => {
    for (const [type, keys] of scanned) {
      const event = { type, week: 5, ...sampleFor(type, keys) } as GameEvent;
      expect(i18n.isQuietEvent(event), type).toBe(false);
      for (const lang of LANGS) {
        const text = i18n.describeEvent(lang, event, names(lang));
        expect(text, `${lang} ${type}`).toBeTypeOf('string');
        expect(text!.length, `${lang} ${type}`).toBeGreaterThan(0);
        expect(text, `${lang} ${type}: unfilled placeholder`).not.toMatch(PLACEHOLDER);
        expect(text, `${lang} ${type}: generic`).not.toBe(i18n.t(lang, 'ev.unknown', { type }));
        if (lang === 'en') expect(CJK.test(text!), text!).toBe(false);
        else expect(strayLatin(text!), text!).toEqual([]);
      }
    }
  });

  it('is deliberately quiet only for install tickets (listed in isQuietEvent)', () => {
    const opened: GameEvent = { type: 'ticketOpened', week: 4, ticket: 't1', kind: 'install', customer: 'c1', severity: 2, cause: 'delivery' };
    const resolved: GameEvent = { type: 'ticketResolved', week: 5, ticket: 't1', kind: 'install', customer: 'c1', inSla: true };
    for (const lang of LANGS) {
      expect(i18n.describeEvent(lang, opened, names(lang))).toBeNull();
      expect(i18n.describeEvent(lang, resolved, names(lang))).toBeNull();
      expect(i18n.describeEvent(lang, { ...opened, kind: 'repair', cause: 'defect' }, names(lang))).not.toBeNull();
    }
  });

  it('reads as specified for bidWon', () => {
    const e: GameEvent = { type: 'bidWon', week: 6, opportunity: 'o1', customer: 'c1', price: 1200000, chanceBp: 4500 };
    expect(i18n.describeEvent('zh', e, names('zh'))).toBe('赢得华东石化的投标（¥120万，赢率 45%）');
    expect(i18n.describeEvent('en', e, names('en'))).toBe("Won East China Petro's tender (¥1.2M, win chance 45%)");
  });

  it('a lost bid says why, in both languages', () => {
    const e: GameEvent = { type: 'bidLost', week: 6, opportunity: 'o1', customer: 'c1', chanceBp: 3000, winner: 'x1', overBudget: true, factors: 'overBudget+rivalPrice+noFrPlan', cheapest: 'x1' };
    for (const lang of LANGS) {
      const text = i18n.describeEvent(lang, e, names(lang))!;
      expect(text).toContain(i18n.t(lang, 'ev.lossFactor.noFrPlan'));
      expect(text).toContain(i18n.t(lang, 'ev.lossFactor.rivalPrice', { rival: names(lang).competitor('x1') }));
      expect(text).not.toMatch(PLACEHOLDER);
    }
    const plain = { ...e, overBudget: false, factors: '' };
    expect(i18n.describeEvent('en', plain, names('en'))).not.toContain('weighed');
  });

  it('an unknown event type still gets a line', () => {
    expect(i18n.describeEvent('en', { type: 'somethingNew', week: 1 }, names('en'))).toContain('somethingNew');
  });
});

describe('actions', () => {
  const terms = { advanceBp: 3000, deliveryBp: 6000, acceptanceBp: 1000, retentionBp: 0, netDays: 30 };
  const EXAMPLES: Record<Action['kind'], Action> = {
    marketing: { kind: 'marketing', role: 'AR', activity: 'seminar' },
    qualifyLead: { kind: 'qualifyLead', role: 'AR', lead: 'l1' },
    dropLead: { kind: 'dropLead', role: 'AR', lead: 'l1' },
    visit: { kind: 'visit', role: 'AR', opportunity: 'o1', stakeholder: 's1', with: ['SR'] },
    discover: { kind: 'discover', role: 'AR', opportunity: 'o1' },
    creditCheck: { kind: 'creditCheck', role: 'AR', customer: 'c1' },
    setTerms: { kind: 'setTerms', role: 'AR', opportunity: 'o1', terms, insured: true },
    designSolution: { kind: 'designSolution', role: 'SR', opportunity: 'o1' },
    submitBid: { kind: 'submitBid', role: 'SR', opportunity: 'o1', discountBp: 1000 },
    abandon: { kind: 'abandon', role: 'AR', opportunity: 'o1' },
    feasibility: { kind: 'feasibility', role: 'FR', opportunity: 'o1' },
    technicalExchange: { kind: 'technicalExchange', role: 'SR', customer: 'c1' },
    solutionWorkshop: { kind: 'solutionWorkshop', role: 'SR', lead: 'l1' },
    siteSurvey: { kind: 'siteSurvey', role: 'FR', opportunity: 'o1' },
    preventiveMaintenance: { kind: 'preventiveMaintenance', role: 'FR', customer: 'c1' },
    prepareInstallation: { kind: 'prepareInstallation', role: 'FR', order: 'd1' },
    install: { kind: 'install', role: 'FR', order: 'd1' },
    acceptance: { kind: 'acceptance', role: 'FR', order: 'd1' },
    workTicket: { kind: 'workTicket', role: 'FR', ticket: 't1' },
    feedRootCause: { kind: 'feedRootCause', role: 'SR', ticket: 't1' },
    orderParts: { kind: 'orderParts', role: 'FR', qty: 5 },
    sendReconciliation: { kind: 'sendReconciliation', role: 'AR', customer: 'c1' },
    dun: { kind: 'dun', role: 'AR', invoice: 'i1' },
    analyzeOverdue: { kind: 'analyzeOverdue', role: 'AR', invoice: 'i1' },
    legalAction: { kind: 'legalAction', role: 'AR', invoice: 'i1' },
    claimInsurance: { kind: 'claimInsurance', role: 'AR', invoice: 'i1' },
    writeOff: { kind: 'writeOff', role: 'AR', invoice: 'i1' },
    blacklist: { kind: 'blacklist', role: 'AR', customer: 'c1' },
    chooseCard: { kind: 'chooseCard', role: 'AR', card: 'q1', option: 'q2' },
    endWeek: { kind: 'endWeek' },
  };

  it('every kind gets a non-empty label, different from every other kind, in both languages', () => {
    for (const lang of LANGS) {
      const labels = Object.values(EXAMPLES).map((a) => i18n.describeAction(lang, a, names(lang)));
      for (const l of labels) {
        expect(l.trim()).not.toBe('');
        expect(l).not.toMatch(PLACEHOLDER);
        if (lang === 'en') expect(CJK.test(l), l).toBe(false);
        else expect(strayLatin(l), l).toEqual([]);
      }
      expect(new Set(labels).size).toBe(labels.length);
      const kinds = Object.keys(EXAMPLES) as Action['kind'][];
      expect(new Set(kinds.map((k) => i18n.actionKindLabel(lang, k))).size).toBe(kinds.length);
      for (const k of kinds) expect(i18n.actionKindLabel(lang, k)).not.toBe(k);
    }
  });

  it('reads as specified', () => {
    const zhN = names('zh');
    expect(i18n.describeAction('zh', EXAMPLES.visit, zhN)).toBe('与方案经理一起拜访 李工（技术评估）');
    expect(i18n.describeAction('zh', EXAMPLES.submitBid, zhN)).toBe('投标，折扣 10%');
    expect(i18n.describeAction('zh', EXAMPLES.setTerms, zhN)).toBe('付款条款：预付款30% + 信用保险');
    expect(i18n.describeAction('zh', EXAMPLES.marketing, zhN)).toBe('举办技术研讨会');
    expect(i18n.describeAction('zh', EXAMPLES.endWeek, zhN)).toBe('结束本周');
    expect(i18n.describeAction('en', EXAMPLES.endWeek, names('en'))).toBe('End the week');
  });

  it('names every terms preset and describes custom terms', () => {
    const presets = { prepaid: '预付', advance: '预付款30%', standard: '标准', loose: '宽松' };
    for (const [preset, t] of Object.entries(TERMS_PRESETS)) {
      const a: Action = { kind: 'setTerms', role: 'AR', opportunity: 'o1', terms: t, insured: false };
      expect(i18n.describeAction('zh', a, names('zh'))).toBe(`付款条款：${presets[preset as keyof typeof presets]}`);
    }
    const custom: Action = { kind: 'setTerms', role: 'AR', opportunity: 'o1', terms: { ...terms, advanceBp: 2000, acceptanceBp: 2000, netDays: 45 }, insured: false };
    expect(i18n.describeAction('en', custom, names('en'))).toBe('Payment terms: 20% advance · 60% on delivery · 20% on acceptance · net 45 days');
  });

  it('a visit without customerOf still labels the stakeholder by id', () => {
    const plain: Names = { ...names('en'), customerOf: undefined, stakeholderRole: undefined };
    expect(i18n.describeAction('en', EXAMPLES.visit, plain)).toBe('Visit s1 with SR');
  });
});

describe('names and formats', () => {
  const all = <T extends string>(r: Record<T, 1>) => Object.keys(r) as T[];
  const kpiSource = readFileSync(join(ROOT, 'src/engine/kpis.ts'), 'utf8');
  const kpiKeys = [.../export interface Kpis \{([^}]*)\}/.exec(kpiSource)![1]!.matchAll(/(\w+):/g)].map((m) => m[1]!);

  it('every enum value has a name in both languages', () => {
    const cases: [string, string[], (lang: Lang, v: never) => string][] = [
      ['role', [...ROLES], i18n.roleName as never],
      ['srole', [...STAKEHOLDER_ROLES], i18n.stakeholderRoleName as never],
      ['kpi', [...kpiKeys, 'score', 'cash'], i18n.kpiLabel as never],
      ['kpiHint', [...kpiKeys, 'score', 'cash'], i18n.kpiHint as never],
      ['lane', ['lead', 'opportunity', 'bid', 'contract', 'order', 'invoice', 'cash', 'ticket'], i18n.laneTitle as never],
      ['ticketKind', all<TicketKind>({ install: 1, repair: 1, partsRequest: 1, partsReturn: 1, complaint: 1 }), i18n.ticketKindName as never],
      ['ticketCause', all<Ticket['cause']>({ delivery: 1, defect: 1, late: 1, breach: 1, acceptance: 1, spares: 1, return: 1, veto: 1, scripted: 1 }), i18n.ticketCauseName as never],
      ['leadGrade', all<LeadGrade>({ primary: 1, credible: 1, opportunity: 1, junk: 1, expired: 1, dropped: 1 }), i18n.leadGradeName as never],
      ['oppStatus', all<OpportunityStatus>({ open: 1, bidding: 1, won: 1, lost: 1, noBid: 1, signed: 1, vetoed: 1 }), i18n.opportunityStatusName as never],
      ['orderStatus', all<Order['status']>({ approving: 1, awaitingAdvance: 1, production: 1, shipping: 1, install: 1, acceptance: 1, accepted: 1 }), i18n.orderStatusName as never],
      ['contractStatus', all<Contract['status']>({ approving: 1, active: 1, vetoed: 1, closed: 1 }), i18n.contractStatusName as never],
      ['invoiceStatus', all<InvoiceStatus>({ open: 1, paid: 1, legal: 1, claimed: 1, writtenOff: 1 }), i18n.invoiceStatusName as never],
      ['milestone', all<Milestone>({ advance: 1, delivery: 1, acceptance: 1, retention: 1 }), i18n.milestoneName as never],
      ['veto', all<VetoReason>({ negativeMargin: 1, tooSmall: 1, pledgeRatio: 1, blacklisted: 1, creditLimit: 1, creditBudget: 1 }), i18n.vetoReasonName as never],
    ];
    for (const [what, values, fn] of cases) {
      for (const lang of LANGS) {
        for (const v of values) expect(fn(lang, v as never), `${lang} ${what}.${v}`).not.toBe(v);
      }
    }
    // Satisfaction reasons: every `why` the engine passes to changeSatisfaction.
    const whys = [...engineSource.matchAll(/changeSatisfaction\([^;]*'(\w+)'\)/g)].map((m) => m[1]!);
    expect(whys.length).toBeGreaterThan(5);
    expect(whys).toEqual(expect.arrayContaining(['onTime', 'solutionFit', 'relationship', 'grievance']));
    for (const w of whys) for (const lang of LANGS) expect(i18n.satisfactionReasonName(lang, w), w).not.toBe(w);
  });

  it('roles read as AR 客户经理 / Account manager (AR)', () => {
    expect(i18n.roleName('zh', 'AR')).toBe('AR 客户经理');
    expect(i18n.roleName('en', 'AR')).toBe('Account manager (AR)');
    expect(i18n.roleName('zh', 'SR', 'short')).toBe('方案经理');
  });

  it('formats money in 万/亿 and K/M/B', () => {
    const zhM = (y: number) => i18n.formatMoney('zh', y);
    const enM = (y: number) => i18n.formatMoney('en', y);
    expect([850, 8500, 1234000, 99999600, 123456789].map(zhM)).toEqual(['¥850', '¥8,500', '¥123.4万', '¥1亿', '¥1.23亿']);
    expect([850, 45600, 999600, 1234000, 2.5e9, -45000].map(enM)).toEqual(['¥850', '¥45.6K', '¥1M', '¥1.23M', '¥2.5B', '-¥45K']);
  });

  it('formats percentages, days and lists', () => {
    expect(i18n.formatPct('en', 0.4512)).toBe('45.1%');
    expect(i18n.formatPct('zh', 0.41)).toBe('41%');
    expect(i18n.formatDays('en', 1)).toBe('1 day');
    expect(i18n.formatDays('en', 12.46)).toBe('12.5 days');
    expect(i18n.formatDays('zh', 3)).toBe('3 天');
    expect(i18n.formatList('zh', ['方案经理', '交付经理'])).toBe('方案经理和交付经理');
    expect(i18n.formatList('en', ['SR', 'FR', 'AR'])).toBe('SR, FR and AR');
  });
});
