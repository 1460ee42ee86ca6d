/**
 * No internal ids where a player reads: a whole tutorial and flagship game by bots,
 * replayed with every feed line, every action label and the rejection of every action
 * tried against every object the game holds, in both languages — none may contain an
 * id such as opp1, k2, inv3, ord4, t7 or rep11.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { applyActionInPlace, candidateActions, createGame, type Action } from '../../src/engine/index.ts';
import { validate } from '../../src/engine/apply.ts';
import type { GameState } from '../../src/engine/state.ts';
import { ROLES } from '../../src/scenario/schema.ts';
import { describeAction, describeEvent, describeRejection, type Lang } from '../../src/i18n/index.ts';
import { makeNames } from '../../src/i18n/names.ts';

const ID = /\b(opp|k|inv|ord|t|rep)\d+\b/;
const LANGS: Lang[] = ['zh', 'en'];

/** Actions on every object in the game, most of them refused (closed, wrong step, wrong role). */
function probes(s: GameState): Action[] {
  const out: Action[] = [];
  for (const o of Object.keys(s.opportunities)) {
    out.push({ kind: 'submitBid', role: 'SR', opportunity: o, discountBp: 0 }, { kind: 'abandon', role: 'AR', opportunity: o }, { kind: 'designSolution', role: 'SR', opportunity: o }, { kind: 'feasibility', role: 'FR', opportunity: o }, { kind: 'discover', role: 'AR', opportunity: o });
  }
  for (const o of Object.keys(s.orders)) out.push({ kind: 'install', role: 'FR', order: o }, { kind: 'acceptance', role: 'FR', order: o });
  for (const i of Object.keys(s.invoices)) {
    for (const kind of ['dun', 'analyzeOverdue', 'legalAction', 'claimInsurance', 'writeOff'] as const) out.push({ kind, role: 'AR', invoice: i });
  }
  for (const t of Object.keys(s.tickets)) {
    out.push({ kind: 'workTicket', role: 'FR', ticket: t }, { kind: 'workTicket', role: 'AR', ticket: t }, { kind: 'feedRootCause', role: 'SR', ticket: t });
  }
  out.push({ kind: 'install', role: 'FR', order: 'ord999' }, { kind: 'dun', role: 'AR', invoice: 'inv999' });
  return out;
}

describe('player text names things, never ids', () => {
  for (const name of ['tutorial', 'flagship']) {
    it(`${name}: feed lines, action labels and rejections in zh and en`, { timeout: 120_000 }, () => {
      const { scenario: sc } = bundled(name);
      const { log } = playGame(sc, `ids-${name}`, botsFor('iron-triangle')!);
      const state = createGame(sc, `ids-${name}`);
      const names = Object.fromEntries(LANGS.map((l) => [l, makeNames(sc, l, () => state)])) as Record<Lang, ReturnType<typeof makeNames>>;
      const bad: string[] = [];
      let lines = 0;
      const check = (text: string | null, what: string) => {
        lines++;
        if (text && ID.test(text)) bad.push(`${what}: ${text}`);
      };
      for (const a of log) {
        if (a.kind === 'endWeek' && state.week % 4 === 0) {
          for (const role of ROLES) {
            for (const p of [...candidateActions(sc, state, role), ...probes(state)]) {
              const rej = validate(sc, state, p);
              for (const l of LANGS) {
                if (!/999$/.test(JSON.stringify(p).replace(/"}$/, ''))) check(describeAction(l, p, names[l]), `action ${p.kind}`);
                if (rej) check(describeRejection(l, rej, names[l], p), `rejection ${rej.code}`);
              }
            }
          }
        }
        const r = applyActionInPlace(sc, state, a);
        expect(r.ok, JSON.stringify(a)).toBe(true);
        if (!r.ok) continue;
        for (const e of r.events) for (const l of LANGS) check(describeEvent(l, e, names[l]), `event ${e.type}`);
      }
      expect(lines).toBeGreaterThan(1000);
      expect([...new Set(bad)].slice(0, 20)).toEqual([]);
    });
  }
});
