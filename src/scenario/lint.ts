/**
 * Warnings about a scenario that loads but is probably not what its author meant: a
 * product sold at a loss, a budget no bid can meet, a customer who can never do
 * business, a stakeholder referred to after leaving, a role left without days, a text
 * left untranslated, a trigger that can never fire. Each is a catalogue key with the
 * field it concerns, so it is located and worded like the loader's errors.
 *
 * The engine's menus (the deepest discount, the advances the terms menu offers) are read
 * from the rules, so a warning cannot disagree with what the game allows.
 */
import type { Scenario, Trigger, Effect } from './schema.ts';
import type { FieldPath, Problem, ScenarioIssue } from './problem.ts';
import { renderProblem } from './problem.ts';
import { loadScenarioDetail } from './load.ts';
import type { AuthoringLang } from '../i18n/authoring.ts';
import { MAX_DISCOUNT_BP } from '../engine/rules/opportunities.ts';
import { TERMS_PRESETS } from '../engine/rules/position.ts';

type Path = (string | number)[];
const bpOf = (amount: number, bp: number): number => Math.floor((amount * bp) / 10000);
/** CJK ideographs, CJK punctuation and full-width forms: what an English text must not contain. */
const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

export function lintScenario(s: Scenario): Problem[] {
  const out: Problem[] = [];
  const product = new Map(s.products.map((p) => [p.id, p]));
  const lowestPrice = (productId: string, quantity: number) => bpOf((product.get(productId)?.listPrice ?? 0) * quantity, 10000 - MAX_DISCOUNT_BP);

  s.products.forEach((p, i) => {
    if (p.unitCost >= p.listPrice) out.push({ path: ['products', i, 'unitCost'], code: 'lint.unitCostAboveList', params: { product: p.id, cost: p.unitCost, list: p.listPrice } });
  });

  s.leads.forEach((l, i) => {
    const lowest = lowestPrice(l.product, l.quantity);
    if (!l.junk && l.budget < lowest) out.push({ path: ['leads', i, 'budget'], code: 'lint.budgetUnreachable', params: { budget: l.budget, lowest } });
    if (l.startWeek > s.weeks) out.push({ path: ['leads', i, 'startWeek'], code: 'lint.startAfterEnd', params: { week: l.startWeek, weeks: s.weeks } });
    // Qualified the week it surfaces at the earliest, its tender still closes after the
    // game: it can never be won or lost (deadlines keep the customer's timetable).
    const deadline = l.availableFrom + l.bidAfterWeeks;
    if (!l.junk && l.source !== 'scripted' && l.availableFrom <= s.weeks && deadline > s.weeks) {
      out.push({ path: ['leads', i, 'bidAfterWeeks'], code: 'lint.tenderAfterEnd', params: { lead: l.id, from: l.availableFrom, deadline, weeks: s.weeks, max: Math.max(1, s.weeks - l.availableFrom) } });
    }
  });

  const company = s.company;
  const advances = Object.values(TERMS_PRESETS).map((t) => t.advanceBp);
  s.customers.forEach((c, i) => {
    const leads = s.leads.filter((l) => l.customer === c.id);
    if (leads.length === 0) {
      out.push({ path: ['customers', i, 'id'], code: 'lint.customerNoLeads', params: { customer: c.id } });
      return;
    }
    const real = leads.filter((l) => !l.junk);
    if (real.length === 0 || c.terms.maxAdvanceBp >= 10000) return; // prepaid business always passes admission
    const params = { customer: c.id };
    if (c.sizeYuan < company.minCustomerSize) {
      out.push({ path: ['customers', i, 'sizeYuan'], code: 'lint.neverAdmitted', params: { ...params, reason: 'lint.reason.tooSmall', size: c.sizeYuan, min: company.minCustomerSize } });
      return;
    }
    if (c.pledgeRatioBp > company.maxPledgeRatioBp) {
      out.push({ path: ['customers', i, 'pledgeRatioBp'], code: 'lint.neverAdmitted', params: { ...params, reason: 'lint.reason.pledge', pledge: c.pledgeRatioBp, max: company.maxPledgeRatioBp } });
      return;
    }
    const advance = Math.max(...advances.filter((a) => a < 10000 && a <= c.terms.maxAdvanceBp));
    const unsecured = Math.min(...real.map((l) => bpOf(lowestPrice(l.product, l.quantity), 10000 - advance)));
    const limit = bpOf(company.creditBudget, company.ratingLimitBp[c.rating]);
    if (unsecured > limit) {
      out.push({ path: ['customers', i, 'rating'], code: 'lint.neverAdmitted', params: { ...params, reason: 'lint.reason.creditLimit', unsecured, rating: c.rating, limit } });
    }
  });

  stakeholdersGone(s, out);

  const visitEffects = (visit: (e: Effect, path: Path) => void) => {
    s.events.forEach((ev, i) => ev.effects.forEach((e, k) => visit(e, ['events', i, 'effects', k])));
    s.cards.forEach((card, i) => card.options.forEach((o, oi) => o.effects.forEach((e, k) => visit(e, ['cards', i, 'options', oi, 'effects', k]))));
  };
  const spawned = new Set<string>();
  visitEffects((e) => {
    if (e.kind === 'spawnLead') spawned.add(e.lead);
  });
  s.leads.forEach((l, i) => {
    if (l.source === 'scripted' && !spawned.has(l.id)) out.push({ path: ['leads', i, 'source'], code: 'lint.scriptedNeverSpawned', params: { lead: l.id } });
  });
  visitEffects((e, path) => {
    if (e.kind !== 'roleDays') return;
    const base = company.days[e.role];
    if (base + e.delta <= 0) out.push({ path: [...path, 'delta'], code: 'lint.roleDaysZero', params: { role: e.role, days: Math.max(0, base + e.delta), weeks: e.weeks, base } });
  });

  texts(s, [], out);

  const never = (t: Trigger, path: Path, kind: 'kind.event' | 'kind.card') => {
    if ('atWeek' in t) return; // a week after the last is an error (check)
    if ('on' in t) {
      if (t.on.fromWeek > s.weeks) out.push({ path: [...path, 'on'], code: 'lint.neverFires', params: { weeks: s.weeks, kind, reason: 'lint.reason.fromWeek', week: t.on.fromWeek } });
      return;
    }
    const w = t.when;
    const at = [...path, 'when'];
    const push = (reason: string, extra: Record<string, string | number>) => out.push({ path: at, code: 'lint.neverFires', params: { weeks: s.weeks, kind, reason, metric: w.metric, ...extra } });
    if (w.fromWeek > s.weeks) return push('lint.reason.fromWeek', { week: w.fromWeek });
    if (w.below !== undefined && w.above !== undefined && w.below - w.above < 2) return push('lint.reason.emptyRange', { below: w.below, above: w.above });
    if (w.metric !== 'cash' && w.below !== undefined && w.below <= 0) return push('lint.reason.belowMin', { min: 0 });
    if (w.metric === 'customerSatisfaction' && w.above !== undefined && w.above >= 100) return push('lint.reason.aboveMax', { max: 100 });
  };
  s.events.forEach((ev, i) => never(ev.trigger, ['events', i, 'trigger'], 'kind.event'));
  s.cards.forEach((c, i) => never(c.trigger, ['cards', i, 'trigger'], 'kind.card'));
  return out;
}

/** The first week a trigger can fire. */
const earliestWeek = (t: Trigger): number => ('atWeek' in t ? t.atWeek : 'on' in t ? t.on.fromWeek : t.when.fromWeek);

/**
 * An event that fires in a fixed week and removes a stakeholder: every effect on that
 * person from content that can only come later (a later week, or the same week further
 * down the events, or a card, dealt after the events) does nothing.
 */
function stakeholdersGone(s: Scenario, out: Problem[]): void {
  const left = new Map<string, { week: number; event: number; by: string }>();
  s.events.forEach((ev, i) => {
    if (!('atWeek' in ev.trigger)) return;
    for (const e of ev.effects) {
      if (e.kind !== 'stakeholderLeaves') continue;
      const key = `${e.customer}/${e.stakeholder}`;
      const prev = left.get(key);
      if (!prev || ev.trigger.atWeek < prev.week) left.set(key, { week: ev.trigger.atWeek, event: i, by: ev.id });
    }
  });
  if (left.size === 0) return;
  const check = (e: Effect, path: FieldPath, week: number, eventIndex: number | null) => {
    if (e.kind !== 'support' && e.kind !== 'stakeholderLeaves') return;
    const gone = left.get(`${e.customer}/${e.stakeholder}`);
    if (!gone || gone.event === eventIndex) return;
    const later = week > gone.week || (week === gone.week && (eventIndex === null || eventIndex > gone.event));
    if (later) out.push({ path: [...path, 'stakeholder'], code: 'lint.stakeholderGone', params: { stakeholder: e.stakeholder, customer: e.customer, week: gone.week, by: gone.by } });
  };
  s.events.forEach((ev, i) => ev.effects.forEach((e, k) => check(e, ['events', i, 'effects', k], earliestWeek(ev.trigger), i)));
  s.cards.forEach((card, i) => card.options.forEach((o, oi) => o.effects.forEach((e, k) => check(e, ['cards', i, 'options', oi, 'effects', k], earliestWeek(card.trigger), null))));
}

/** Every `{ zh, en }` text in the scenario: blank, untranslated, or Chinese in the English. */
function texts(node: unknown, path: Path, out: Problem[]): void {
  if (Array.isArray(node)) {
    node.forEach((x, i) => texts(x, [...path, i], out));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 2 && typeof o.zh === 'string' && typeof o.en === 'string') {
    const { zh, en } = o as { zh: string; en: string };
    if (zh.trim() === '') out.push({ path: [...path, 'zh'], code: 'lint.missingTranslation', params: { language: 'zh' } });
    if (en.trim() === '') out.push({ path: [...path, 'en'], code: 'lint.missingTranslation', params: { language: 'en' } });
    if (zh.trim() === '' || en.trim() === '') return;
    if (CJK.test(en)) out.push({ path: [...path, 'en'], code: 'lint.chineseInEnglish' });
    else if (zh === en && /[A-Za-z]{3,}/.test(zh)) out.push({ path: [...path, 'zh'], code: 'lint.untranslated' });
    return;
  }
  for (const k of keys) texts(o[k], [...path, k], out);
}

/** What a balance run never saw fire (src/balance/report.ts `dead`): ids of events, cards and leads. */
export interface DeadContent { events: readonly string[]; cards: readonly string[]; leads: readonly string[] }

/**
 * Content that never fired in any of `games` games of a balance run (`cli lint --runs N`,
 * the studio after a Balance report): a warning at the trigger (events, cards) or at the
 * week a lead becomes available. Measured, not proved: more games may find it alive.
 */
export function lintDeadContent(s: Scenario, dead: DeadContent, games: number): Problem[] {
  const out: Problem[] = [];
  const params = (kind: string, id: string) => ({ kind, id, games });
  s.events.forEach((e, i) => dead.events.includes(e.id) && out.push({ path: ['events', i, 'trigger'], code: 'lint.deadContent', params: params('kind.event', e.id) }));
  s.cards.forEach((c, i) => dead.cards.includes(c.id) && out.push({ path: ['cards', i, 'trigger'], code: 'lint.deadContent', params: params('kind.card', c.id) }));
  s.leads.forEach((l, i) => dead.leads.includes(l.id) && out.push({ path: ['leads', i, 'availableFrom'], code: 'lint.deadContent', params: params('kind.lead', l.id) }));
  return out;
}

export type LintResult = { ok: true; warnings: ScenarioIssue[] } | { ok: false; issues: ScenarioIssue[] };

/** Load and lint a scenario text: the loader's errors if it does not load, else the warnings, in file order. */
export function lintScenarioText(text: string, file: string, lang: AuthoringLang = 'en', measured?: { dead: DeadContent; games: number }): LintResult {
  const { result, locate } = loadScenarioDetail(text, file, lang);
  if (!result.ok) return { ok: false, issues: result.issues };
  const problems = lintScenario(result.scenario);
  if (measured) problems.push(...lintDeadContent(result.scenario, measured.dead, measured.games));
  const warnings = problems.map((p) => renderProblem(p, file, lang, locate, 'warning'));
  warnings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: true, warnings };
}
