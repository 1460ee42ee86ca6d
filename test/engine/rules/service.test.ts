import { describe, expect, it } from 'vitest';
import {
  BREACH_SATISFACTION, COMPLAINT_BREACH_SATISFACTION, GRIEVANCE_PER_WEEK, MAX_PARTS_ORDER, PARTS_MENU, PARTS_REQUEST_BP, PART_RETURN_BP, ROOT_CAUSE_KEEP_BP,
  SLA_WEEKS,
} from '../../../src/engine/rules/service.ts';
import { TICKET_IN_SLA_SATISFACTION } from '../../../src/engine/rules/delivery.ts';
import { canonicalJson, type GameState, type Ticket } from '../../../src/engine/index.ts';
import {
  act, acceptOrder, clone, endWeek, installDeal, newGame, refused, seeds, signDeal, ticketsOf, types, type Overrides,
} from './fixture.ts';

/** Poke: kit installed at the customer (awaiting acceptance), so it can develop defects. */
function installedBase(state: GameState, customer = 'beta', product = 'valve', id = 'ord-base') {
  state.orders[id] = {
    id, contract: `k-${id}`, customer, product, quantity: 1, remaining: 0, readyDay: 0, halfDays: 1, earliestDoneWeek: 1,
    status: 'acceptance', producedWeek: 1, installedWeek: 1, acceptedWeek: null, lateWeeks: 0, prepared: false,
  };
}

function ticket(state: GameState, t: Partial<Ticket> & Pick<Ticket, 'id' | 'kind'>): Ticket {
  const full: Ticket = {
    customer: 'beta', order: null, product: 'valve', severity: 2, openedWeek: state.week, slaWeek: state.week + 2, status: 'open',
    resolvedWeek: null, breached: false, cause: 'defect', rootCauseFed: false, ...t,
  };
  state.tickets[full.id] = full;
  return full;
}

function world(o: Overrides = {}, seed?: string) {
  return newGame(o, seed);
}

describe('defects', () => {
  it('installed kit develops repair tickets at the product’s defect rate; none at rate 0', () => {
    const broken = world({ product: { valve: { defectRateBp: 10000 } } });
    installedBase(broken.state);
    endWeek(broken.sc, broken.state, 3);
    const repairs = ticketsOf(broken.state, (t) => t.kind === 'repair');
    expect(repairs).toHaveLength(3);
    for (const t of repairs) {
      expect(t).toMatchObject({ customer: 'beta', order: 'ord-base', product: 'valve', cause: 'defect' });
      // SLA by severity: the most severe must be fixed soonest
      expect(t.slaWeek - t.openedWeek).toBe(SLA_WEEKS[t.severity]);
    }
    expect(broken.state.stats.ticketsOpened).toBeGreaterThanOrEqual(3);

    const sound = world();
    installedBase(sound.state);
    endWeek(sound.sc, sound.state, 3);
    expect(ticketsOf(sound.state, (t) => t.kind === 'repair')).toEqual([]);
  });

  it('severities vary, and a critical (severity-1) fault makes the customer complain at once', () => {
    const count = { 1: 0, 2: 0, 3: 0 };
    for (const seed of seeds(20)) {
      const { sc, state } = world({ product: { valve: { defectRateBp: 10000 } } }, seed);
      installedBase(state);
      for (let w = 0; w < 10; w++) {
        const ev = endWeek(sc, state);
        const opened = ev.filter((e) => e.type === 'ticketOpened');
        const repair = opened.find((e) => e.kind === 'repair' && e.cause === 'defect')!;
        count[repair.severity as 1 | 2 | 3]++;
        const defectComplaint = opened.filter((e) => e.kind === 'complaint' && e.cause === 'defect');
        expect(defectComplaint).toHaveLength(repair.severity === 1 ? 1 : 0);
      }
    }
    expect(count[1] + count[2] + count[3]).toBe(200);
    expect(count[1]).toBeGreaterThan(0);
    expect(count[2]).toBeGreaterThan(count[1]);
    expect(count[3]).toBeGreaterThan(count[1]);
  });

  it('customers with installed kit sometimes ask for spare parts; others never do', () => {
    let requests = 0;
    for (const seed of seeds(20)) {
      const { sc, state } = world({}, seed);
      installedBase(state);
      endWeek(sc, state, 20);
      const req = ticketsOf(state, (t) => t.kind === 'partsRequest');
      for (const t of req) {
        expect(t.customer).toBe('beta');
        expect(t.severity).toBe(3);
      }
      requests += req.length;
    }
    // PARTS_REQUEST_BP per customer-week over 400 customer-weeks
    expect(requests).toBeGreaterThan(0);
    expect(Math.abs(requests / 400 - PARTS_REQUEST_BP / 10000)).toBeLessThan(0.03);
  });
});

describe('working tickets', () => {
  it('a repair takes an FR day, a part from the shelf and the service day cost, and pleases the customer', () => {
    const { sc, state } = world();
    const t = ticket(state, { id: 't1', kind: 'repair' });
    const sat = state.customers.beta!.satisfaction;
    const cash = state.cash;
    const ev = act(sc, state, { kind: 'workTicket', role: 'FR', ticket: 't1' });
    expect(t.status).toBe('resolved');
    expect(t.resolvedWeek).toBe(1);
    expect(state.daysUsed.FR).toBe(1);
    expect(state.partsInventory).toBe(1);
    expect(state.cash).toBe(cash - 500); // parts were paid for when ordered
    expect(state.ledger.service).toBe(-500);
    expect(state.stats.serviceCost).toBe(500 + 300);
    expect(state.stats.ticketsInSla).toBe(1);
    expect(TICKET_IN_SLA_SATISFACTION).toBeGreaterThan(0);
    expect(state.customers.beta!.satisfaction).toBe(sat + TICKET_IN_SLA_SATISFACTION);
    expect(state.customers.beta!.satisfactionDrivers).toEqual({ ticketResolved: TICKET_IN_SLA_SATISFACTION });
    expect(types(ev)).toContain('ticketResolved');
    expect(refused(sc, state, { kind: 'workTicket', role: 'FR', ticket: 't1' }).code).toBe('ticketClosed');
  });

  it('a repair or a parts request needs a part in inventory; ordered parts arrive after the lead time', () => {
    const { sc, state } = world({ company: { partsInventory: 0, partLeadWeeks: 1 } });
    ticket(state, { id: 't1', kind: 'repair', severity: 3, slaWeek: 10 });
    ticket(state, { id: 't2', kind: 'partsRequest', severity: 3, slaWeek: 10, cause: 'spares', product: null });
    expect(refused(sc, state, { kind: 'workTicket', role: 'FR', ticket: 't1' }).code).toBe('noParts');
    expect(refused(sc, state, { kind: 'workTicket', role: 'FR', ticket: 't2' }).code).toBe('noParts');
    act(sc, state, { kind: 'orderParts', role: 'FR', qty: 5 });
    expect(state.cash).toBe(sc.company.startingCash - 5 * 300);
    expect(state.ledger.parts).toBe(-5 * 300);
    expect(state.partsOnOrder).toEqual([{ qty: 5, arrivesWeek: 2 }]);
    endWeek(sc, state); // week 1 ends: not yet
    expect(state.partsInventory).toBe(0);
    expect(refused(sc, state, { kind: 'workTicket', role: 'FR', ticket: 't1' }).code).toBe('noParts');
    endWeek(sc, state); // week 2 ends: delivered
    expect(state.partsInventory).toBe(5);
    expect(state.partsOnOrder).toEqual([]);
    act(sc, state, { kind: 'workTicket', role: 'FR', ticket: 't1' });
    act(sc, state, { kind: 'workTicket', role: 'FR', ticket: 't2' });
    expect(state.partsInventory).toBe(3);
  });

  it('parts come in the menu’s batch sizes: each is accepted, anything else refused (partsQty) without a change', () => {
    const { sc, state } = world();
    expect(Math.max(...PARTS_MENU)).toBe(MAX_PARTS_ORDER);
    for (const qty of PARTS_MENU) {
      const w = clone(state);
      act(sc, w, { kind: 'orderParts', role: 'FR', qty });
      expect(w.partsOnOrder).toEqual([{ qty, arrivesWeek: 1 + sc.company.partLeadWeeks }]);
      expect(w.ledger.parts).toBe(-qty * sc.company.partCost);
    }
    for (const qty of [0, 2, 3, 7, MAX_PARTS_ORDER + 1, 20, -1]) {
      const before = canonicalJson(state);
      const r = refused(sc, state, { kind: 'orderParts', role: 'FR', qty });
      expect(r, String(qty)).toEqual({ code: 'partsQty', params: { max: MAX_PARTS_ORDER } });
      expect(canonicalJson(state)).toBe(before);
    }
  });

  it('each ticket has its owner: FR for technical tickets, AR for complaints, install by installing', () => {
    const { sc, state } = world();
    ticket(state, { id: 'r', kind: 'repair' });
    ticket(state, { id: 'c', kind: 'complaint', cause: 'late' });
    ticket(state, { id: 'i', kind: 'install', cause: 'delivery' });
    expect(refused(sc, state, { kind: 'workTicket', role: 'AR', ticket: 'r' })).toEqual({ code: 'wrongRoleForTicket', params: { ticket: 'r', role: 'FR' } });
    expect(refused(sc, state, { kind: 'workTicket', role: 'FR', ticket: 'c' })).toEqual({ code: 'wrongRoleForTicket', params: { ticket: 'c', role: 'AR' } });
    expect(refused(sc, state, { kind: 'workTicket', role: 'FR', ticket: 'i' }).code).toBe('useInstall');
    expect(refused(sc, state, { kind: 'workTicket', role: 'FR', ticket: 'zz' }).code).toBe('unknownTicket');
  });

  it('a complaint can only be answered once the customer’s underlying tickets are fixed', () => {
    const { sc, state } = world();
    const r = ticket(state, { id: 'r', kind: 'partsRequest', cause: 'spares', product: null });
    const c = ticket(state, { id: 'c', kind: 'complaint', cause: 'breach' });
    ticket(state, { id: 'other', kind: 'repair', customer: 'acme' }); // another customer's trouble does not block
    expect(refused(sc, state, { kind: 'workTicket', role: 'AR', ticket: 'c' }).code).toBe('fixUnderlyingFirst');
    act(sc, state, { kind: 'workTicket', role: 'FR', ticket: r.id });
    const sat = state.customers.beta!.satisfaction;
    act(sc, state, { kind: 'workTicket', role: 'AR', ticket: c.id });
    expect(c.status).toBe('resolved');
    expect(state.customers.beta!.satisfaction).toBe(sat + TICKET_IN_SLA_SATISFACTION);
    expect(state.partsInventory).toBe(1); // a complaint uses no part
  });

  it('a parts return puts the part back on the shelf', () => {
    const { sc, state } = world();
    ticket(state, { id: 'ret', kind: 'partsReturn', severity: 3, cause: 'return' });
    act(sc, state, { kind: 'workTicket', role: 'FR', ticket: 'ret' });
    expect(state.partsInventory).toBe(3);
  });

  it('about one repair in five sends a part back for return', () => {
    const base = world();
    ticket(base.state, { id: 'r', kind: 'repair' });
    let returns = 0;
    const n = 300;
    for (const seed of seeds(n)) {
      const s = clone(base.state);
      s.seed = seed; // a different seed is different luck
      act(base.sc, s, { kind: 'workTicket', role: 'FR', ticket: 'r' });
      const ret = ticketsOf(s, (t) => t.kind === 'partsReturn');
      if (ret.length) {
        returns++;
        expect(ret[0]).toMatchObject({ customer: 'beta', severity: 3, cause: 'return' });
      }
    }
    expect(returns).toBeGreaterThan(0);
    expect(Math.abs(returns / n - PART_RETURN_BP / 10000)).toBeLessThan(0.08);
  });
});

describe('SLA', () => {
  it('a ticket not fixed by its SLA week breaches: satisfaction drops and the customer complains', () => {
    const { sc, state } = world();
    const t = ticket(state, { id: 'r', kind: 'repair', severity: 1, slaWeek: 2 });
    const sat = state.customers.beta!.satisfaction;
    endWeek(sc, state); // week 1 ends: still within SLA
    expect(t.breached).toBe(false);
    expect(state.customers.beta!.satisfaction).toBe(sat); // no grievance while within SLA
    const ev = endWeek(sc, state); // week 2 ends: breached
    expect(t.breached).toBe(true);
    expect(types(ev)).toContain('slaBreached');
    // the breach, and the first week of grievance over it (one per customer, however many tickets)
    expect(state.customers.beta!.satisfaction).toBe(sat + BREACH_SATISFACTION + GRIEVANCE_PER_WEEK);
    const complaints = ticketsOf(state, (x) => x.kind === 'complaint');
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatchObject({ cause: 'breach', customer: 'beta', status: 'open', openedWeek: 2 });
    expect(state.stats.complaints).toBe(1);
    // breaches once only
    endWeek(sc, state);
    expect(ticketsOf(state, (x) => x.kind === 'complaint')).toHaveLength(1);
    // fixing it late brings no satisfaction and does not count as in SLA
    const before = state.customers.beta!.satisfaction;
    act(sc, state, { kind: 'workTicket', role: 'FR', ticket: 'r' });
    expect(state.customers.beta!.satisfaction).toBe(before);
    expect(state.stats.ticketsInSla).toBe(0);
  });

  it('an ignored complaint costs satisfaction but breeds no further complaint', () => {
    const { sc, state } = world();
    const c = ticket(state, { id: 'c', kind: 'complaint', slaWeek: 1, cause: 'late' });
    const sat = state.customers.beta!.satisfaction;
    endWeek(sc, state);
    expect(c.breached).toBe(true);
    expect(state.customers.beta!.satisfaction).toBe(sat + COMPLAINT_BREACH_SATISFACTION + GRIEVANCE_PER_WEEK);
    expect(ticketsOf(state, (x) => x.kind === 'complaint')).toHaveLength(1);
  });

  it('an install ticket breaches if FR does not install within two weeks of arrival', () => {
    const { sc, state } = world();
    const { contract } = signDeal(sc, state);
    const ord = Object.values(state.orders).find((o) => o.contract === contract)!;
    while (ord.status !== 'install') endWeek(sc, state);
    endWeek(sc, state, 2);
    const inst = ticketsOf(state, (t) => t.kind === 'install')[0]!;
    expect(inst.breached).toBe(true);
    expect(ticketsOf(state, (t) => t.kind === 'complaint' && t.cause === 'breach')).toHaveLength(1);
  });
});

describe('root-cause feedback', () => {
  it('SR feeding a resolved repair’s root cause back cuts the product’s defect rate, once per ticket', () => {
    const { sc, state } = world({ product: { valve: { defectRateBp: 1000 } } });
    const t = ticket(state, { id: 'r', kind: 'repair' });
    expect(refused(sc, state, { kind: 'feedRootCause', role: 'SR', ticket: 'r' }).code).toBe('notAResolvedRepair');
    act(sc, state, { kind: 'workTicket', role: 'FR', ticket: 'r' });
    act(sc, state, { kind: 'feedRootCause', role: 'SR', ticket: 'r' });
    expect(t.rootCauseFed).toBe(true);
    expect(ROOT_CAUSE_KEEP_BP).toBeLessThan(10000);
    expect(state.defectRateBp.valve).toBe(Math.floor((1000 * ROOT_CAUSE_KEEP_BP) / 10000));
    expect(state.defectRateBp.meter).toBe(0);
    expect(state.daysUsed.SR).toBe(1);
    expect(refused(sc, state, { kind: 'feedRootCause', role: 'SR', ticket: 'r' }).code).toBe('rootCauseAlreadyFed');
    ticket(state, { id: 'c', kind: 'complaint', status: 'resolved' });
    expect(refused(sc, state, { kind: 'feedRootCause', role: 'SR', ticket: 'c' }).code).toBe('notAResolvedRepair');
  });

  it('fewer defects follow', () => {
    let fed = 0;
    let unfed = 0;
    for (const seed of seeds(30)) {
      for (const feed of [true, false]) {
        const { sc, state } = world({ product: { valve: { defectRateBp: 5000 } } }, seed);
        if (feed) {
          for (const id of ['a', 'b', 'c']) {
            ticket(state, { id, kind: 'repair' });
            state.partsInventory = 5;
            act(sc, state, { kind: 'workTicket', role: 'FR', ticket: id });
            act(sc, state, { kind: 'feedRootCause', role: 'SR', ticket: id });
          }
        }
        for (const t of Object.values(state.tickets)) delete state.tickets[t.id];
        installedBase(state);
        endWeek(sc, state, 10);
        const n = ticketsOf(state, (t) => t.kind === 'repair').length;
        if (feed) fed += n;
        else unfed += n;
      }
    }
    expect(fed).toBeLessThan(unfed * 0.75);
  });
});

describe('repeat business', () => {
  function installed(sat: number) {
    const { sc, state } = world();
    const { contract } = signDeal(sc, state);
    const ord = installDeal(sc, state, contract);
    state.customers.beta!.satisfaction = sat;
    return { sc, state, ord };
  }

  it('a very happy customer comes back after acceptance with a credible repeat lead', () => {
    const { sc, state, ord } = installed(95);
    const ev = acceptOrder(sc, state, ord.id);
    expect(state.customers.beta!.satisfaction).toBe(100);
    const repeat = Object.values(state.leads).filter((l) => l.repeat);
    expect(repeat).toHaveLength(1);
    const lead = repeat[0]!;
    expect(lead).toMatchObject({ template: 'beta-valves', customer: 'beta', grade: 'credible', junk: null, surfacedWeek: state.week });
    expect(lead.id).not.toBe('beta-valves');
    expect(ev.some((e) => e.type === 'leadSurfaced' && e.repeat === true)).toBe(true);
    // credible already: one qualification opens the new opportunity
    act(sc, state, { kind: 'qualifyLead', role: 'AR', lead: lead.id });
    expect(Object.values(state.opportunities).filter((o) => o.lead === lead.id)).toHaveLength(1);
  });

  it('a merely satisfied customer does not', () => {
    const { sc, state, ord } = installed(60);
    acceptOrder(sc, state, ord.id);
    expect(Object.values(state.leads).filter((l) => l.repeat)).toEqual([]);
  });

  it('resolved tickets lift satisfaction towards the repeat-business threshold', () => {
    const { sc, state } = world();
    state.customers.beta!.satisfaction = 60;
    for (const id of ['a', 'b', 'c']) ticket(state, { id, kind: 'partsReturn', cause: 'return' });
    for (const id of ['a', 'b', 'c']) act(sc, state, { kind: 'workTicket', role: 'FR', ticket: id });
    expect(state.customers.beta!.satisfaction).toBe(60 + 3 * TICKET_IN_SLA_SATISFACTION);
  });
});
