/**
 * Rules zod cannot express alone: unique ids, references that must point at something,
 * and totals that must add up. Each problem carries the field path so the loader can
 * name its line:column.
 */
import type { Effect, Scenario, Trigger } from './schema.ts';

export interface RefIssue {
  path: (string | number)[];
  message: string;
  hint?: string;
}

export function crossCheck(s: Scenario): RefIssue[] {
  const issues: RefIssue[] = [];
  const ids = (list: readonly { id: string }[], where: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) issues.push({ path: [where, i, 'id'], message: `duplicate id "${x.id}" in ${where}`, hint: 'ids must be unique' });
      seen.add(x.id);
    });
    return seen;
  };
  const products = ids(s.products, 'products');
  const competitors = ids(s.competitors, 'competitors');
  const customers = ids(s.customers, 'customers');
  const leads = ids(s.leads, 'leads');
  ids(s.events, 'events');
  ids(s.cards, 'cards');
  const stakeholdersOf = new Map(s.customers.map((c) => [c.id, new Set(c.stakeholders.map((x) => x.id))]));
  const need = (set: Set<string>, id: string, path: (string | number)[], kind: string) => {
    if (!set.has(id)) {
      const known = [...set].slice(0, 8).join(', ');
      issues.push({ path, message: `"${id}" is not a known ${kind} id`, hint: known ? `known ${kind} ids: ${known}` : `declare the ${kind} first` });
    }
  };
  s.customers.forEach((c, ci) => {
    const seen = new Set<string>();
    c.stakeholders.forEach((st, si) => {
      if (seen.has(st.id)) issues.push({ path: ['customers', ci, 'stakeholders', si, 'id'], message: `duplicate stakeholder id "${st.id}"` });
      seen.add(st.id);
    });
    const pains = new Set<string>();
    c.pains.forEach((p, pi) => {
      if (pains.has(p.id)) issues.push({ path: ['customers', ci, 'pains', pi, 'id'], message: `duplicate pain id "${p.id}"` });
      pains.add(p.id);
      need(products, p.product, ['customers', ci, 'pains', pi, 'product'], 'product');
    });
    if (!c.stakeholders.some((x) => x.role === 'decisionMaker')) {
      issues.push({ path: ['customers', ci, 'stakeholders'], message: 'a decision chain needs a stakeholder with role "decisionMaker"' });
    }
  });
  s.leads.forEach((l, li) => {
    need(customers, l.customer, ['leads', li, 'customer'], 'customer');
    need(products, l.product, ['leads', li, 'product'], 'product');
    l.competitors.forEach((c, k) => need(competitors, c, ['leads', li, 'competitors', k], 'competitor'));
    if (l.availableFrom > s.weeks) issues.push({ path: ['leads', li, 'availableFrom'], message: `week ${l.availableFrom} is after the last week (${s.weeks})` });
  });
  const checkTrigger = (t: Trigger, path: (string | number)[]) => {
    if ('atWeek' in t) {
      if (t.atWeek > s.weeks) issues.push({ path: [...path, 'atWeek'], message: `week ${t.atWeek} is after the last week (${s.weeks})` });
      return;
    }
    if (t.when.customer !== undefined) need(customers, t.when.customer, [...path, 'when', 'customer'], 'customer');
    if (t.when.metric === 'customerSatisfaction' && t.when.customer === undefined) {
      issues.push({ path: [...path, 'when'], message: 'metric "customerSatisfaction" needs a customer', hint: 'add customer: <id>' });
    }
    if (t.when.below === undefined && t.when.above === undefined) {
      issues.push({ path: [...path, 'when'], message: 'a condition needs "below" or "above"' });
    }
  };
  const checkEffect = (e: Effect, path: (string | number)[]) => {
    switch (e.kind) {
      case 'competitorPriceCut': return need(competitors, e.competitor, [...path, 'competitor'], 'competitor');
      case 'budgetCut': return need(leads, e.lead, [...path, 'lead'], 'lead');
      case 'qualityIncident': return need(products, e.product, [...path, 'product'], 'product');
      case 'satisfaction': return need(customers, e.customer, [...path, 'customer'], 'customer');
      case 'stakeholderLeaves':
      case 'support': {
        need(customers, e.customer, [...path, 'customer'], 'customer');
        const st = stakeholdersOf.get(e.customer);
        if (st) need(st, e.stakeholder, [...path, 'stakeholder'], `stakeholder of ${e.customer}`);
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
    const opts = new Set<string>();
    card.options.forEach((o, oi) => {
      if (opts.has(o.id)) issues.push({ path: ['cards', i, 'options', oi, 'id'], message: `duplicate option id "${o.id}"` });
      opts.add(o.id);
      o.effects.forEach((e, k) => checkEffect(e, ['cards', i, 'options', oi, 'effects', k]));
    });
  });
  const w = s.score.weights;
  const total = w.winRate + w.revenue + w.grossMargin + w.collection + w.satisfaction + w.process + w.complaints + w.badDebt;
  if (total !== 100) issues.push({ path: ['score', 'weights'], message: `weights add up to ${total}, not 100` });
  return issues;
}
