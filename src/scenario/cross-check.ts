/**
 * Rules zod cannot express alone: unique ids, references that must point at something,
 * and totals that must add up. Each problem carries the field path so the loader can
 * name its line:column, and a "did you mean" when an id is misspelt.
 */
import { MAX_DEAL_YUAN, type Effect, type Scenario, type Trigger } from './schema.ts';
import type { AuthoringKey } from '../i18n/authoring.ts';
import type { FieldPath, Problem } from './problem.ts';
import { closest } from './suggest.ts';

type Path = (string | number)[];

export function crossCheck(s: Scenario): Problem[] {
  const issues: Problem[] = [];
  /** Ids of a list; a repeat is reported at the second one, with the line of the first. */
  const unique = (list: readonly { id: string }[], where: Path) => {
    const first = new Map<string, number>();
    list.forEach((x, i) => {
      const j = first.get(x.id);
      if (j !== undefined) {
        issues.push({ path: [...where, i, 'id'], code: 'check.duplicateId', params: { id: x.id, field: String(where.at(-1)) }, lineOf: { first: [...where, j, 'id'] } });
      } else first.set(x.id, i);
    });
    return new Set(first.keys());
  };
  const products = unique(s.products, ['products']);
  const competitors = unique(s.competitors, ['competitors']);
  const customers = unique(s.customers, ['customers']);
  const leads = unique(s.leads, ['leads']);
  unique(s.events, ['events']);
  unique(s.cards, ['cards']);
  const stakeholdersOf = new Map(s.customers.map((c) => [c.id, new Set(c.stakeholders.map((x) => x.id))]));
  const need = (set: Set<string>, id: string, path: Path, kind: AuthoringKey, kindParams: Record<string, string> = {}) => {
    if (set.has(id)) return;
    const guess = closest(id, [...set]);
    const known = [...set].slice(0, 8).join(', ');
    issues.push({
      path, code: 'check.unknownRef', params: { id, kind, ...kindParams },
      hint: guess ? { code: 'hint.didYouMean', params: { guess } } : known ? { code: 'hint.known', params: { list: known } } : { code: 'hint.declareFirst' },
    });
  };
  s.customers.forEach((c, ci) => {
    unique(c.stakeholders, ['customers', ci, 'stakeholders']);
    unique(c.pains, ['customers', ci, 'pains']);
    c.pains.forEach((p, pi) => need(products, p.product, ['customers', ci, 'pains', pi, 'product'], 'kind.product'));
    if (!c.stakeholders.some((x) => x.role === 'decisionMaker')) issues.push({ path: ['customers', ci, 'stakeholders'], code: 'check.noDecisionMaker' });
  });
  const afterEnd = (week: number, path: Path) => {
    if (week > s.weeks) issues.push({ path, code: 'check.afterLastWeek', params: { week, weeks: s.weeks } });
  };
  s.leads.forEach((l, li) => {
    need(customers, l.customer, ['leads', li, 'customer'], 'kind.customer');
    need(products, l.product, ['leads', li, 'product'], 'kind.product');
    l.competitors.forEach((c, k) => need(competitors, c, ['leads', li, 'competitors', k], 'kind.competitor'));
    afterEnd(l.availableFrom, ['leads', li, 'availableFrom']);
    // A deal past the limit would make the game's money sums inexact (see MAX_DEAL_YUAN).
    const p = s.products.find((x) => x.id === l.product);
    const each = p ? Math.max(p.listPrice, p.unitCost) : 0;
    if (each * l.quantity > MAX_DEAL_YUAN) {
      issues.push({
        path: ['leads', li, 'quantity'], code: 'check.dealTooBig',
        params: { quantity: l.quantity, product: l.product, price: each, value: each * l.quantity, max: MAX_DEAL_YUAN, units: Math.floor(MAX_DEAL_YUAN / each) },
      });
    }
  });
  const scripted = new Set(s.leads.filter((l) => l.source === 'scripted').map((l) => l.id));
  const checkTrigger = (t: Trigger, path: Path) => {
    if ('atWeek' in t) return afterEnd(t.atWeek, [...path, 'atWeek']);
    if ('on' in t) return checkFact(t.on, [...path, 'on']);
    if (t.when.customer !== undefined) need(customers, t.when.customer, [...path, 'when', 'customer'], 'kind.customer');
    if (t.when.metric === 'customerSatisfaction' && t.when.customer === undefined) issues.push({ path: [...path, 'when'], code: 'check.needsCustomer' });
    if (t.when.below === undefined && t.when.above === undefined) issues.push({ path: [...path, 'when'], code: 'check.needsBound' });
  };
  const checkFact = (on: Extract<Trigger, { on: unknown }>['on'], path: Path) => {
    if (on.customer !== undefined) need(customers, on.customer, [...path, 'customer'], 'kind.customer');
    if (on.lead !== undefined) need(leads, on.lead, [...path, 'lead'], 'kind.lead');
    const isDeal = on.fact === 'dealWon' || on.fact === 'dealLost';
    if (on.lead !== undefined && !isDeal) issues.push({ path, key: 'lead', code: 'check.fieldNotForFact', params: { field: 'lead', fact: on.fact }, hint: { code: 'hint.factField', params: { field: 'lead', facts: 'dealWon, dealLost' } } });
    if (on.days !== undefined && on.fact !== 'invoiceOverdue') issues.push({ path, key: 'days', code: 'check.fieldNotForFact', params: { field: 'days', fact: on.fact }, hint: { code: 'hint.factField', params: { field: 'days', facts: 'invoiceOverdue' } } });
  };
  /** Exactly one of two optional fields (`customer` or `lead`, `rating` or `delta`). */
  const oneOf = (e: Record<string, unknown>, a: string, b: string, path: Path) => {
    if ((e[a] === undefined) === (e[b] === undefined)) issues.push({ path, code: e[a] === undefined ? 'check.neitherGiven' : 'check.bothGiven', params: { a, b } });
  };
  const checkEffect = (e: Effect, path: Path) => {
    switch (e.kind) {
      case 'paymentTerms': {
        oneOf(e, 'customer', 'lead', path);
        if (e.customer !== undefined) need(customers, e.customer, [...path, 'customer'], 'kind.customer');
        if (e.lead !== undefined) need(leads, e.lead, [...path, 'lead'], 'kind.lead');
        if (e.split === undefined && e.netDays === undefined) issues.push({ path, code: 'check.needsTermsChange' });
        if (e.split) {
          const total = e.split.advanceBp + e.split.deliveryBp + e.split.acceptanceBp + e.split.retentionBp;
          if (total !== 10000) issues.push({ path: [...path, 'split'], code: 'check.splitSum', params: { total } });
        }
        return;
      }
      case 'creditRating':
        oneOf(e, 'rating', 'delta', path);
        return need(customers, e.customer, [...path, 'customer'], 'kind.customer');
      case 'spawnLead': {
        const l = s.leads.find((x) => x.id === e.lead);
        if (l && l.source !== 'scripted') return void issues.push({ path: [...path, 'lead'], code: 'check.leadNotScripted', params: { lead: e.lead, source: l.source } });
        return need(scripted, e.lead, [...path, 'lead'], 'kind.scriptedLead');
      }
      case 'spawnTicket':
        need(customers, e.customer, [...path, 'customer'], 'kind.customer');
        if (e.product !== undefined) need(products, e.product, [...path, 'product'], 'kind.product');
        return;
      case 'competitorPriceCut': return need(competitors, e.competitor, [...path, 'competitor'], 'kind.competitor');
      case 'budgetCut': return need(leads, e.lead, [...path, 'lead'], 'kind.lead');
      case 'qualityIncident': return need(products, e.product, [...path, 'product'], 'kind.product');
      case 'satisfaction': return need(customers, e.customer, [...path, 'customer'], 'kind.customer');
      case 'stakeholderLeaves':
      case 'support': {
        need(customers, e.customer, [...path, 'customer'], 'kind.customer');
        const st = stakeholdersOf.get(e.customer);
        if (st) need(st, e.stakeholder, [...path, 'stakeholder'], 'kind.stakeholder', { customer: e.customer });
        return;
      }
      default: return;
    }
  };
  s.events.forEach((ev, i) => {
    checkTrigger(ev.trigger, ['events', i, 'trigger']);
    ev.effects.forEach((e, k) => checkEffect(e, ['events', i, 'effects', k]));
  });
  s.cards.forEach((card, i) => {
    checkTrigger(card.trigger, ['cards', i, 'trigger']);
    unique(card.options, ['cards', i, 'options']);
    card.options.forEach((o, oi) => o.effects.forEach((e, k) => checkEffect(e, ['cards', i, 'options', oi, 'effects', k])));
  });
  const w = s.score.weights;
  const total = w.winRate + w.revenue + w.grossMargin + w.collection + w.satisfaction + w.process + w.complaints + w.badDebt;
  if (total !== 100) issues.push({ path: ['score', 'weights'], code: 'check.weights', params: { total } });
  return issues;
}

export type { FieldPath };
