/**
 * Issue 13: an id that names an Object.prototype key ("constructor", "toString", …) in
 * any field of any action is refused with a reason — never a crash — on every engine
 * entry point, and leaves the state as it was.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { actionCost, applyAction, applyActionInPlace, cloneState, createGame, customerView, legalActions, opportunityView, stateHash, validate, type Action } from '../../src/engine/index.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { ACTIONS } from '../../src/engine/registry.ts';

/** One action of every kind, each id field filled (the legal actions add real ones). */
const TEMPLATES: Action[] = [
  { kind: 'marketing', role: 'AR', activity: 'executiveVisit', customer: 'x' },
  { kind: 'qualifyLead', role: 'AR', lead: 'x' }, { kind: 'dropLead', role: 'AR', lead: 'x' },
  { kind: 'visit', role: 'AR', opportunity: 'x', stakeholder: 'x', with: ['SR'] },
  { kind: 'discover', role: 'AR', opportunity: 'x' }, { kind: 'creditCheck', role: 'AR', customer: 'x' },
  { kind: 'setTerms', role: 'AR', opportunity: 'x', terms: { advanceBp: 0, deliveryBp: 6000, acceptanceBp: 3000, retentionBp: 1000, netDays: 60 }, insured: false },
  { kind: 'designSolution', role: 'SR', opportunity: 'x' }, { kind: 'submitBid', role: 'SR', opportunity: 'x', discountBp: 0 },
  { kind: 'abandon', role: 'AR', opportunity: 'x' }, { kind: 'feasibility', role: 'FR', opportunity: 'x' },
  { kind: 'install', role: 'FR', order: 'x' }, { kind: 'acceptance', role: 'FR', order: 'x' },
  { kind: 'workTicket', role: 'FR', ticket: 'x' }, { kind: 'feedRootCause', role: 'SR', ticket: 'x' },
  { kind: 'orderParts', role: 'FR', qty: 1 }, { kind: 'sendReconciliation', role: 'AR', customer: 'x' },
  { kind: 'dun', role: 'AR', invoice: 'x' }, { kind: 'analyzeOverdue', role: 'AR', invoice: 'x' },
  { kind: 'legalAction', role: 'AR', invoice: 'x' }, { kind: 'claimInsurance', role: 'AR', invoice: 'x' },
  { kind: 'writeOff', role: 'AR', invoice: 'x' }, { kind: 'blacklist', role: 'AR', customer: 'x' },
  { kind: 'chooseCard', role: 'AR', card: 'x', option: 'x' },
  { kind: 'technicalExchange', role: 'SR', customer: 'x' }, { kind: 'solutionWorkshop', role: 'SR', lead: 'x' },
  { kind: 'siteSurvey', role: 'FR', opportunity: 'x' }, { kind: 'preventiveMaintenance', role: 'FR', customer: 'x' },
  { kind: 'prepareInstallation', role: 'FR', order: 'x' },
  { kind: 'inject', event: 'x' },
];

const PROTO_KEYS = ['hasOwnProperty', 'constructor', '__proto__', 'toString', 'valueOf', 'isPrototypeOf', '__defineGetter__'];
const ID_FIELDS = ['lead', 'opportunity', 'stakeholder', 'customer', 'order', 'invoice', 'ticket', 'card', 'option', 'event'];

describe('ids that name Object.prototype keys', () => {
  it('the templates cover every action kind the engine has (a new kind must be added here)', () => {
    expect(new Set(TEMPLATES.map((t) => t.kind))).toEqual(new Set(Object.keys(ACTIONS)));
  });

  for (const name of ['tutorial', 'flagship']) {
    it(`are refused in every id field of every kind of action (${name}, mid-game)`, () => {
      const { scenario: sc } = bundled(name);
      // A state with something in every record: bots play a third of the year.
      const s = playGame(sc, 'refs', botsFor('iron-triangle')!, undefined, undefined, Math.ceil(sc.weeks / 3)).state;
      const before = stateHash(s);
      const kinds = new Set<string>();
      let tried = 0;
      const all = [...TEMPLATES, ...(['AR', 'SR', 'FR'] as const).flatMap((role) => legalActions(sc, s, role))];
      {
        for (const legal of all) {
          for (const field of ID_FIELDS) {
            if (!(field in legal)) continue;
            kinds.add(`${legal.kind}.${field}`);
            for (const key of PROTO_KEYS) {
              const bad = JSON.parse(JSON.stringify({ ...legal, [field]: key })) as Action;
              tried++;
              expect(() => actionCost(sc, s, bad)).not.toThrow();
              const r = validate(sc, s, bad);
              expect(r, `${JSON.stringify(bad)} was accepted`).not.toBeNull();
              const ui = applyAction(sc, s, bad);
              expect(ui.ok).toBe(false);
              const batch = applyActionInPlace(sc, cloneState(s), bad, true);
              expect(batch.ok).toBe(false);
            }
          }
        }
      }
      expect(stateHash(s)).toBe(before);
      // The check covers the id-bearing kinds this state offers, not a handful.
      expect(kinds.size).toBeGreaterThanOrEqual(name === 'flagship' ? 8 : 4);
      expect(tried).toBeGreaterThan(50);
    });
  }
});

describe('views looked up by a caller\'s id', () => {
  it('customerView and opportunityView refuse prototype keys and unknown ids with a RangeError, not a TypeError', () => {
    const { scenario } = bundled('tutorial');
    const s = createGame(scenario, 'views');
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'nope']) {
      expect(() => customerView(scenario, s, id)).toThrow(RangeError);
      expect(() => opportunityView(scenario, s, id)).toThrow(RangeError);
    }
    expect(customerView(scenario, s, scenario.customers[0]!.id).id).toBe(scenario.customers[0]!.id);
  });
});
