/**
 * No internal ids where a player reads: a whole tutorial and flagship game by bots,
 * replayed with every feed line, every action label and the rejection of every action
 * tried against every object the game holds, in both languages — none may contain an
 * id such as opp1, k2, inv3, ord4, t7 or rep11.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { applyActionInPlace, candidateActions, createGame, replay, type Action, type GameEvent } from '../../src/engine/index.ts';
import { branchLog } from '../../src/debrief/index.ts';
import { debriefReport, formatDebrief } from '../../src/cli/debrief.ts';
import { makeSave } from '../../src/save/format.ts';
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

/**
 * The CLI debrief names things as the screen does (`makeNames`, `Names.ref`): its
 * scorecard, turning points (what was done, par's alternative, what carried it — events
 * of branches whose records exist in no game the player saw) in both languages, for a
 * finished game and one stopped halfway.
 */
/** Every event of a game, in order. */
function collectEvents(sc: ReturnType<typeof bundled>['scenario'], seed: string, log: readonly Action[]): GameEvent[] {
  const state = createGame(sc, seed);
  const out: GameEvent[] = [];
  for (const a of log) {
    const r = applyActionInPlace(sc, state, a);
    if (r.ok) out.push(...r.events);
  }
  return out;
}

describe('the CLI debrief names things, never ids', () => {
  // The whole team played by people (siloed: par disagrees often), so every role's
  // decisions — bids on opportunities, installs of orders, dunning of invoices — are in it.
  for (const [name, strategy] of [['tutorial', 'greedy-discount'], ['flagship', 'siloed'], ['flagship', 'greedy-discount']] as const) {
    for (const weeks of [null, 20] as const) {
      it(`${name}, the team played ${strategy}-style, ${weeks === null ? 'finished' : `stopped at week ${weeks}`}`, { timeout: 120_000 }, () => {
        const { scenario: sc, contentHash } = bundled(name);
        const seed = `ids-cli-${name}-${strategy}`;
        const { log: whole } = playGame(sc, seed, botsFor(strategy)!);
        const log = weeks === null ? whole : branchLog(whole, weeks);
        const r = replay(sc, seed, log);
        const save = makeSave(sc, contentHash, seed, log, r.weekHashes, r.state, { AR: 'player', SR: 'player', FR: 'player' });
        const report = debriefReport(sc, save, { confirm: 12, continuations: 4, top: 12 });
        // However few points the analysis finds, every decision on a record is worded
        // once: each as "what was done" and as "par's alternative", with the game's own
        // events (whose ids are the player's records) as "what carried it".
        const onRecords = log.filter((a) => /"(opportunity|order|invoice|ticket|contract)"/.test(JSON.stringify(a)));
        const events = collectEvents(sc, seed, log);
        const x = { mean: 1, lo: 0.5, hi: 1.5, n: 4 };
        const delta = { score: x, bidsWon: x, revenue: x, grossMarginPct: x, collected: x, collectedPct: x };
        const kinds = new Set<string>();
        for (const [i, a] of onRecords.entries()) {
          if (!('role' in a) || kinds.has(a.kind)) continue;
          kinds.add(a.kind);
          const e = events.find((ev) => /opportunity|order|invoice|ticket|contract/.test(Object.keys(ev).join()) && !kinds.has(`ev:${ev.type}`));
          if (e) kinds.add(`ev:${e.type}`);
          report.turningPoints.points.push({ index: i, week: 1, role: a.role, original: a, replacement: onRecords[(i + 1) % onRecords.length]!, delta, because: e ? { kind: 'gained', event: e, continuations: 4, of: 4 } : null });
        }
        expect(kinds.size).toBeGreaterThan(4);
        for (const lang of LANGS) {
          const text = formatDebrief(lang, sc, report, () => r.state);
          expect(text.split('\n').length).toBeGreaterThan(14);
          expect(text.split('\n').filter((l) => ID.test(l))).toEqual([]);
        }
      });
    }
  }
});
